import { z } from 'zod';

/** The sections a reporter writes; numbers come from the indicators, these come from people. */
export const SECTIONS = ['libraries', 'museums', 'culture', 'days', 'difficulties', 'proposals', 'budgetNote'] as const;
export type Section = (typeof SECTIONS)[number];
/** The signer's fields of the form, kept with the report (and carried to the unit's next report). */
export const SIGNER = ['signerTitle', 'signerName'] as const;

export const NarrativeSchema = z.object({
  libraries: z.string().max(20000).default(''),
  museums: z.string().max(20000).default(''),
  culture: z.string().max(20000).default(''),
  days: z.string().max(20000).default(''),
  difficulties: z.string().max(20000).default(''),
  proposals: z.string().max(20000).default(''),
  budgetNote: z.string().max(20000).default(''),
  /** Next year's estimate, million VND: state budget and social sources (xã hội hóa). */
  budgetState: z.number().min(0).nullable().default(null),
  budgetSocial: z.number().min(0).nullable().default(null),
  /** Who signs the document: the title under the body's ("CHỦ TỊCH", or "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" on two lines) and the name. */
  signerTitle: z.string().max(200).default(''),
  signerName: z.string().max(200).default(''),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

export const emptyNarrative = (): Narrative => NarrativeSchema.parse({});

export function parseNarrative(json: string): Narrative {
  const r = NarrativeSchema.safeParse(JSON.parse(json));
  return r.success ? r.data : emptyNarrative();
}

/** Nothing typed: every section blank and no budget (the signer, carried from the year before, does not count). */
export const isBlankNarrative = (n: Narrative): boolean => SECTIONS.every((s) => n[s].trim() === '') && n.budgetState === null && n.budgetSocial === null;

/** A list item's marker at the start of a line: "- ", "+ ", "• ", "* ", "– ". */
const MARKER = /^[-+•*–]\s*/;

/** The text's lines, trimmed, without their list markers (the document sets its own). */
export const textItems = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(MARKER, '').trim())
    .filter(Boolean);

/**
 * A child's text in its parent's summary, under the child's name: "- Đắk Hà: one line", or when the child's text is a
 * list (itself a summary of the units below it) "- Đắk Hà:" then one "+ " line per item, so names and dashes never
 * stack on one line ("- Đắk Hà: - Đắk Hà: …").
 */
export function childSummary(name: string, text: string): string[] {
  const items = textItems(text);
  if (items.length === 0) return [];
  const list = items.length > 1 || text.split(/\r?\n/).some((l) => MARKER.test(l.trim()));
  return list ? [`- ${name}:`, ...items.map((i) => `+ ${i}`)] : [`- ${name}: ${items[0]}`];
}
