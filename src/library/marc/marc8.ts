/**
 * MARC-8 → Unicode for the Latin sets: Basic Latin (ASCII) and the Extended Latin set (ANSEL, with the
 * Vietnamese letters Ơ ơ Ư ư Đ đ and the hook-above mark), plus the superscript, subscript and Greek-symbol
 * sets reached by escape sequences. MARC-8 writes a combining mark before its base letter; Unicode after it,
 * so marks are held until the letter comes. The result is NFC. Other scripts (CJK, Cyrillic, Arabic,
 * Hebrew, Greek) are refused with a clear error rather than guessed.
 * Table: Library of Congress, "MARC-8 to Unicode" code tables (Extended Latin, ANSEL).
 */
const SPACING: Record<number, number> = {
  0xa1: 0x0141,
  0xa2: 0x00d8,
  0xa3: 0x0110,
  0xa4: 0x00de,
  0xa5: 0x00c6,
  0xa6: 0x0152,
  0xa7: 0x02b9,
  0xa8: 0x00b7,
  0xa9: 0x266d,
  0xaa: 0x00ae,
  0xab: 0x00b1,
  0xac: 0x01a0,
  0xad: 0x01af,
  0xae: 0x02bc,
  0xb0: 0x02bb,
  0xb1: 0x0142,
  0xb2: 0x00f8,
  0xb3: 0x0111,
  0xb4: 0x00fe,
  0xb5: 0x00e6,
  0xb6: 0x0153,
  0xb7: 0x02ba,
  0xb8: 0x0131,
  0xb9: 0x00a3,
  0xba: 0x00f0,
  0xbc: 0x01a1,
  0xbd: 0x01b0,
  0xc0: 0x00b0,
  0xc1: 0x2113,
  0xc2: 0x2117,
  0xc3: 0x00a9,
  0xc4: 0x266f,
  0xc5: 0x00bf,
  0xc6: 0x00a1,
  0xc7: 0x00df,
  0xc8: 0x20ac,
};
const COMBINING: Record<number, number> = {
  0xe0: 0x0309,
  0xe1: 0x0300,
  0xe2: 0x0301,
  0xe3: 0x0302,
  0xe4: 0x0303,
  0xe5: 0x0304,
  0xe6: 0x0306,
  0xe7: 0x0307,
  0xe8: 0x0308,
  0xe9: 0x030c,
  0xea: 0x030a,
  0xeb: 0xfe20,
  0xec: 0xfe21,
  0xed: 0x0315,
  0xee: 0x030b,
  0xef: 0x0310,
  0xf0: 0x0327,
  0xf1: 0x0328,
  0xf2: 0x0323,
  0xf3: 0x0324,
  0xf4: 0x0325,
  0xf5: 0x0333,
  0xf6: 0x0332,
  0xf7: 0x0326,
  0xf8: 0x031c,
  0xf9: 0x032e,
  0xfa: 0xfe22,
  0xfb: 0xfe23,
  0xfe: 0x0313,
};
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '(': '⁽',
  ')': '⁾',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '(': '₍',
  ')': '₎',
};
const GREEK_SYMBOLS: Record<string, string> = { a: 'α', b: 'β', c: 'γ' };

export class Marc8Error extends Error {}

type G0 = 'ascii' | 'super' | 'sub' | 'greek-symbols';

/** Decodes one field's bytes from MARC-8. Throws Marc8Error on a byte or a character set it cannot read. */
export function decodeMarc8(bytes: Uint8Array): string {
  let out = '';
  let marks = '';
  let g0: G0 = 'ascii';
  const put = (ch: string) => {
    out += ch + marks;
    marks = '';
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x1b) {
      const next = bytes[i + 1];
      // ESC g / b / p / s: Greek symbols, subscript, superscript, back to ASCII (technique 1)
      if (next === 0x67 || next === 0x62 || next === 0x70 || next === 0x73) {
        g0 = next === 0x67 ? 'greek-symbols' : next === 0x62 ? 'sub' : next === 0x70 ? 'super' : 'ascii';
        i += 1;
        continue;
      }
      // ESC ( B, ESC ( E, ESC ) E, ESC ( ! E …: designating Basic or Extended Latin
      let j = i + 1;
      while (j < bytes.length && (bytes[j] === 0x28 || bytes[j] === 0x29 || bytes[j] === 0x2c || bytes[j] === 0x2d || bytes[j] === 0x21 || bytes[j] === 0x24))
        j++;
      const final = bytes[j];
      if (final === 0x42 || final === 0x45) {
        g0 = 'ascii';
        i = j;
        continue;
      }
      throw new Marc8Error(`character set ESC ${String.fromCharCode(...bytes.slice(i + 1, j + 1))} (not Latin) is not supported`);
    }
    if (b < 0x80) {
      const ch = String.fromCharCode(b);
      if (b < 0x20) put(ch);
      else if (g0 === 'super') put(SUPERSCRIPT[ch] ?? ch);
      else if (g0 === 'sub') put(SUBSCRIPT[ch] ?? ch);
      else if (g0 === 'greek-symbols') put(GREEK_SYMBOLS[ch] ?? ch);
      else put(ch);
      continue;
    }
    if (b === 0x88 || b === 0x89) continue; // non-sort begin/end
    if (b === 0x8d) {
      put('\u200d');
      continue;
    }
    if (b === 0x8e) {
      put('\u200c');
      continue;
    }
    const c = COMBINING[b];
    if (c !== undefined) {
      marks += String.fromCharCode(c);
      continue;
    }
    const s = SPACING[b];
    if (s !== undefined) {
      put(String.fromCharCode(s));
      continue;
    }
    throw new Marc8Error(`byte 0x${b.toString(16)} at position ${i} is not a MARC-8 Latin character`);
  }
  if (marks) out += marks;
  return out.normalize('NFC');
}
