/** A thing any capability puts in the one search: a book, a digital resource, a museum object, an event… */
export interface SearchDocument {
  /** What it is: 'book' | 'digital' | 'object' | 'exhibition' | 'event' | 'club' | … */
  kind: string;
  /** The id of the row it describes in its own capability's table. */
  refId: number;
  /** The institution that owns or catalogued it. */
  institutionId?: number | null;
  /** The administrative unit it belongs to; `units` when it is in several (a book held by many libraries). */
  unitId?: number | null;
  units?: number[];
  title: string;
  /** Author, creator, organiser. */
  creator?: string | null;
  /** Everything else worth finding it by (notes, publisher, description). */
  body?: string | null;
  year?: number | null;
  /** ISO 639 code, e.g. 'vie', 'eng', 'hmn'. */
  language?: string | null;
  subjects?: string[];
  /** e.g. 'children', 'ethnic-minority', 'accessible'. */
  audience?: string[];
  /** More facet values by facet name, e.g. { library: ['TV-HUE', 'TV-DAKHA'], type: ['book'] }. */
  facets?: Record<string, string[]>;
  /** Where the thing is shown (a page path). */
  url?: string | null;
  /** Its words as `documentTexts` gives them, when worked out already (a MARC import's reading thread). */
  folded?: DocumentTexts;
}

/** A document's words as the index keeps them (split, folded): its title's, and the rest's (creator, subjects, body). */
export interface DocumentTexts {
  title: string;
  rest: string;
}

/** The facets every document has from its fields. */
export const BUILTIN_FACETS = ['kind', 'institution', 'language', 'year', 'subject', 'audience'] as const;

export interface SearchQuery {
  q?: string;
  kinds?: string[];
  /** Facet name → accepted values (any of them); several facets all apply. */
  facets?: Record<string, string[]>;
  /** Only documents in this unit's subtree. */
  unitId?: number;
  /** Which facets to count; default the built-in ones and any named in `facets`. */
  countFacets?: string[];
  limit?: number;
  offset?: number;
}

/** A run of a field's text, marked when it matched a query word. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: number;
  kind: string;
  refId: number;
  institutionId: number | null;
  title: string;
  creator: string | null;
  year: number | null;
  language: string | null;
  url: string | null;
  /** True when the query's words appear with their marks as typed (these rank first). */
  exact: boolean;
  highlights: { title: Segment[]; creator: Segment[]; body: Segment[] };
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** True when the query matched more than the candidates ranked (total is then a lower bound, facets of those). */
  atLeast?: boolean;
  facets: Record<string, FacetCount[]>;
  /** 'no-terms' when the query had nothing to search by (only punctuation). */
  notice?: 'no-terms';
}
