import { sayIn, type Lang } from '../core/i18n/index.ts';

/** A name kept in both languages (elements, kinds, attributes), in the reader's. */
export const named = (lang: Lang, vi: string | undefined, en: string | undefined) => sayIn(lang, { vi: vi ?? '', en: en ?? '' });

/**
 * The element id of an entry page's form field: a cell `v:LIB_LOANS:2025-03` → `c-LIB_LOANS-2025-03`, its comment
 * box `n:…` → `n-LIB_LOANS-2025-03`, an attribute's status, evidence and file `a:x`, `e:x`, `f:x` → `a-x`, `e-x`,
 * `f-x` (element and attribute codes are [A-Za-z0-9_]).
 */
export const fieldId = (name: string) => (name.startsWith('v:') ? `c-${name.slice(2).replace(':', '-')}` : `${name[0]}-${name.slice(2).replace(':', '-')}`);

/** The page of one cell of an institution: its comment, follow-up flag and history. */
export const cellHref = (institution: string, element: string, period: string) =>
  `/co-so/${encodeURIComponent(institution)}/o/${encodeURIComponent(element)}/${encodeURIComponent(period)}`;

/** Where an attribute's evidence file is downloaded. */
export const evidenceHref = (institution: string, attribute: string, year: number) =>
  `/co-so/${encodeURIComponent(institution)}/minh-chung/${encodeURIComponent(attribute)}/${year}`;
