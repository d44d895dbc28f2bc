/**
 * Vietnamese text folding. Unicode decomposition strips tone and vowel marks but leaves
 * `đ`/`Đ` alone (it is a letter of its own, not d + a mark), so it is mapped by hand.
 * Folding also makes old and new tone placement (`hoà` / `hòa`) and NFD input equal.
 */
const MARKS = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** NFC, trimmed, inner white space collapsed: the form text is stored in. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A URL- and code-friendly form: `Thư viện Đắk Hà` → `thu-vien-dak-ha`. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
