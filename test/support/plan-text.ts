import { parsePlan } from '../../src/plans/parse/index.ts';

/** The text a scan without diacritics gives: marks and đ gone, case kept. */
export const strip = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** A text as written and as a scan without diacritics gives it, named for `it.each`. */
export const both = (text: string): [string, string][] => [
  ['clean', text],
  ['without diacritics', strip(text)],
];

/** The targets the reader finds in a text, each as [year, value or [min, max], kind]. */
export const readTargets = (t: string) => parsePlan(t).targets.map((x) => [x.year, x.value ?? [x.min, x.max], x.kind]);
