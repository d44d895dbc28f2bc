/**
 * ISBN-10 and ISBN-13: check digits by hand (two short sums; a package would add its range tables for
 * hyphenation we do not need). Valid numbers are kept as ISBN-13 digits, so a book is found by either form.
 */
export type IsbnCheck = { ok: true; isbn13: string } | { ok: false; reason: 'format' | 'check-digit' };

export function checkIsbn(input: string): IsbnCheck {
  const s = input
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .match(/^(97[89]\d{10}|\d{9}[\dX])/)?.[0];
  if (!s) return { ok: false, reason: 'format' };
  if (s.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (10 - i) * (s[i] === 'X' ? 10 : Number(s[i]));
    if (sum % 11 !== 0) return { ok: false, reason: 'check-digit' };
    const body = `978${s.slice(0, 9)}`;
    return { ok: true, isbn13: body + check13(body) };
  }
  if (check13(s.slice(0, 12)) !== s[12]) return { ok: false, reason: 'check-digit' };
  return { ok: true, isbn13: s };
}

function check13(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** The ISBN-13 of input when valid, else null (for imports that keep a record without its bad ISBN). */
export const isbn13 = (input: string | null | undefined): string | null => {
  if (!input) return null;
  const r = checkIsbn(input);
  return r.ok ? r.isbn13 : null;
};
