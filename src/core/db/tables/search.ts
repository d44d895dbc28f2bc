import type { Generated } from 'kysely';

/** Row types of the tables owned by search/. */
// --- search (src/search) ---------------------------------------------------------------------------
export interface SearchDocumentTable {
  id: Generated<number>;
  kind: string;
  ref_id: number;
  institution_id: number | null;
  unit_id: number | null;
  title: string;
  creator: string | null;
  body: string | null;
  year: number | null;
  language: string | null;
  url: string | null;
  updated_at: string;
  /** Its facet values, `\nfacet=value\n…` (search/facet-keys.ts). */
  facet_keys: string | null;
}

export interface SearchFacetTable {
  facet: string;
  value: string;
  doc_id: number;
}

export interface SearchUnitTable {
  unit_id: number;
  doc_id: number;
}
