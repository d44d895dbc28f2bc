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

/** A run of digits and hyphens shaped like an ISBN (10 or 13 characters once the hyphens are gone, an ISBN-10 may end in X). */
const ISBN_LIKE = /(?<![\p{L}\p{N}-])\d[\d-]{8,16}[\dXx](?![\p{L}\p{N}-])/gu;

/** Text with every valid ISBN in it (hyphenated or not, ISBN-10 or -13) written as its ISBN-13 digits, as catalogues store it. */
export function isbnsAsDigits(text: string): string {
  if (!/\d{3}/.test(text.replace(/-/g, ''))) return text;
  return text.replace(ISBN_LIKE, (m) => {
    const digits = m.replace(/-/g, '');
    if (digits.length !== 10 && digits.length !== 13) return m;
    return isbn13(digits) ?? m;
  });
}
