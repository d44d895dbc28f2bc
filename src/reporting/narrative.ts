import { z } from 'zod';

/** The sections a reporter writes; numbers come from the indicators, these come from people. */
export const SECTIONS = ['libraries', 'museums', 'culture', 'days', 'difficulties', 'proposals', 'budgetNote'] as const;
export type Section = (typeof SECTIONS)[number];

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
});
export type Narrative = z.infer<typeof NarrativeSchema>;

export const emptyNarrative = (): Narrative => NarrativeSchema.parse({});

export function parseNarrative(json: string): Narrative {
  const r = NarrativeSchema.safeParse(JSON.parse(json));
  return r.success ? r.data : emptyNarrative();
}
