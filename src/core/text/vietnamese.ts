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

/**
 * Vietnamese writes a syllable's final i as i or y after a consonant (`kí`/`ký`, `lí`/`lý`, `mĩ`/`mỹ`, `quí`/`quý`):
 * both spellings are correct, so search reads them alike. Given a folded word (core `fold`: no marks, lower case),
 * the consonant-then-y syllable is written with i: `ky` → `ki`; `y`, `uy` (`thuy`), `ay` (`hay`) are other sounds and stay.
 */
const CONSONANT_Y = /^(?:b|c|d|g|h|k|l|m|n|p|r|s|t|v|x|ch|gh|kh|ng|ngh|nh|ph|th|tr|qu)y$/;

export function foldSpelling(folded: string): string {
  // a cheap test first: only short words ending in y can change
  if (folded.length > 4 || folded.charCodeAt(folded.length - 1) !== 121 || !CONSONANT_Y.test(folded)) return folded;
  return `${folded.slice(0, -1)}i`;
}

/** The other spelling a folded word may have been indexed with before i/y were read alike (`ki` → `ky`), else null. */
export function olderSpelling(folded: string): string | null {
  if (folded.length > 4 || folded.charCodeAt(folded.length - 1) !== 105) return null;
  const y = `${folded.slice(0, -1)}y`;
  return CONSONANT_Y.test(y) ? y : null;
}
