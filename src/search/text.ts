import { fold, foldSpelling } from '../core/text/vietnamese.ts';
import { isbnsAsDigits } from '../core/text/isbn.ts';
import { MAX_WORD, scanWords } from './words.ts';

/**
 * The two forms a search document and a query are compared in:
 * - `folded` — no marks, `đ` → `d` (core `fold`): `thu vien` finds `Thư viện`;
 * - `exact` — marks kept, but NFD input and old/new tone placement made equal: `hoà` and `hòa`
 *   give the same key. A document whose exact key holds the query's exact key ranks first.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Largest number of words a query is read as; more words are a sentence, not a search. */
export const MAX_QUERY_TERMS = 12;
/** Longest query accepted (characters). */
export const MAX_QUERY_LENGTH = 256;
/** Splits text into words (letters and digits of any script), lower-cased, each at most MAX_WORD long. */
function words(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => w.length <= MAX_WORD);
}

/** Text in Latin letters (Vietnamese included) and combining marks only: the fast scanner gives the same words. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: a range of combining marks on purpose (decomposed Vietnamese text passes)
const LATIN_ONLY = /^[\u0000-\u024f\u0300-\u036f\u1e00-\u1eff]*$/;

/** Marks-free words: `Thư viện Đắk Hà` → `thu vien dak ha`. */
export function foldedWords(text: string): string[] {
  if (!LATIN_ONLY.test(text)) return words(fold(text));
  const out: string[] = [];
  scanWords(text.normalize('NFC'), (w) => out.push(w));
  return out;
}

/**
 * The words a document is indexed by and a query searched with: marks-free, with a syllable's final i or y read alike
 * (`kí`/`ký` → `ki`, core `foldSpelling`).
 */
export function searchWords(text: string): string[] {
  return foldedWords(text).map(foldSpelling);
}

/** Exact keys already made (a catalogue's words repeat): emptied when full. */
const exactKeys = new Map<string, string>();

/** One word's exact key: its tone mark moved to the end of the word, recomposed (`hoà`, `hòa` → one key). */
function exactWord(word: string): string {
  let key = exactKeys.get(word);
  if (key === undefined) {
    if (exactKeys.size >= 100_000) exactKeys.clear();
    exactKeys.set(word, (key = exactKey(word)));
  }
  return key;
}

function exactKey(word: string): string {
  const d = word.normalize('NFD');
  const tones = d.match(TONES) ?? [];
  return (d.replace(TONES, '') + tones.join('')).normalize('NFC');
}

/** Words with their marks, tone placement and composition made canonical. */
export function exactWords(text: string): string[] {
  return words(text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')).map(exactWord);
}

/** Exact keys of single words as they stand in stored text (ranking asks for the same words again and again). */
const exactOfWord = new Map<string, string>();

/** The exact key of one word of text (`exactWords(word)[0]`, or '' when it holds none), remembered. */
export function exactWordKey(word: string): string {
  let key = exactOfWord.get(word);
  if (key === undefined) {
    if (exactOfWord.size >= 100_000) exactOfWord.clear();
    exactOfWord.set(word, (key = exactWords(word)[0] ?? ''));
  }
  return key;
}

/** What the indexes hold for one document: words joined by spaces. */
export const foldedText = (text: string): string => searchWords(text).join(' ');

/** A document's words as the index keeps them: its title's, and those of its creator, subjects and body together. */
export function documentTexts(d: { title: string; creator?: string | null; subjects?: string[]; body?: string | null }): { title: string; rest: string } {
  const rest = [d.creator ?? '', ...(d.subjects ?? []), d.body ?? ''].join(' ');
  return { title: foldedText(d.title), rest: foldedText(rest) };
}
export const exactText = (text: string): string => exactWords(text).join(' ');

export interface QueryTerms {
  folded: string[];
  exact: string[];
  /** True when the query carries marks, so exact matches are told apart. */
  marked: boolean;
}

/**
 * Reads a query into its words; duplicates dropped, at most MAX_QUERY_TERMS. An ISBN in it, hyphenated or not, ISBN-10
 * or -13, is read as the ISBN-13 digits the catalogue indexes (`978-604-1-08525-1` → `9786041085251`).
 */
export function queryTerms(query: string): QueryTerms {
  const q = isbnsAsDigits(query);
  const plain = [...new Set(foldedWords(q))].slice(0, MAX_QUERY_TERMS);
  const exact = [...new Set(exactWords(q))].slice(0, MAX_QUERY_TERMS);
  return { folded: [...new Set(plain.map(foldSpelling))], exact, marked: exact.join(' ') !== plain.join(' ') };
}
