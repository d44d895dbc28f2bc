import { foldedWords } from '../search/text.ts';

/** A bibliographic record as the catalogue keeps it, whatever it was read from (MARC, form, CSV, Dublin Core). */
export interface Bib {
  isbn: string | null;
  title: string;
  author: string | null;
  publisher: string | null;
  year: number | null;
  language: string | null;
  material: Material;
  subjects: string[];
  audience: Audience[];
  notes: string | null;
  controlNumber: string | null;
}

export const MATERIALS = ['book', 'serial', 'audio', 'video', 'map', 'music', 'other'] as const;
export type Material = (typeof MATERIALS)[number];
export const AUDIENCES = ['children', 'ethnic-minority', 'accessible'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Languages of Vietnam's ethnic minorities (MARC codes) whose books count for the "ethnic-minority" audience. */
export const MINORITY_LANGUAGES = new Set(['hmn', 'khm', 'cmc', 'tai', 'mkh', 'zha', 'sit', 'mis']);

/**
 * The duplicate key: folded words of the title proper (before ` : subtitle`) and the author's first word (`Nguyễn Nhật Ánh` → `nguyen`),
 * so "Mắt biếc / Nguyễn Nhật Ánh" and "MAT BIEC. Nguyen, Nhat Anh" meet.
 */
export function dedupKey(title: string, author: string | null): string {
  const proper = title.split(/\s[:=/;]\s/)[0] ?? title; // the title proper, without its subtitle
  return `${foldedWords(proper).join(' ')}|${foldedWords(author ?? '')[0] ?? ''}`;
}

/** Strips the ISBD punctuation MARC leaves at the end of a subfield (` /`, ` :`, `,`, `.`). */
export function trimIsbd(s: string): string {
  return s
    .replace(/[\s/:;,=.]+$/u, '')
    .replace(/^\s*\[|\]\s*$/g, '')
    .trim();
}
