import type { DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { nowIso } from '../core/time.ts';
import { clean } from '../core/text/vietnamese.ts';
import { documentTexts } from './text.ts';
import { facetKeys, facetPairs, indexedFacets } from './facet-keys.ts';
import { dialectOf, type RowValues } from '../core/db/dialect.ts';
import { wordIndexOf } from './full-text.ts';
import type { SearchDocument } from './types.ts';

/** Documents removed per statement. */
const BATCH = 400;
const DOC_COLUMNS = ['kind', 'ref_id', 'institution_id', 'unit_id', 'title', 'creator', 'body', 'year', 'language', 'url', 'updated_at', 'facet_keys'];
/** The stored body is for display and highlights; the index reads it whole. */
const BODY_STORED = 2000;

/** Facet name → values of one document, from its fields and its own facets. */
function facetRows(d: SearchDocument): [string, string][] {
  const rows: [string, string][] = [['kind', d.kind]];
  if (d.institutionId != null) rows.push(['institution', String(d.institutionId)]);
  if (d.language) rows.push(['language', d.language]);
  if (d.year != null) rows.push(['year', String(d.year)]);
  for (const s of d.subjects ?? []) rows.push(['subject', clean(s)]);
  for (const a of d.audience ?? []) rows.push(['audience', a]);
  for (const [name, values] of Object.entries(d.facets ?? {})) for (const v of values) rows.push([name, clean(v)]);
  const seen = new Set<string>();
  return rows.filter(([f, v]) => v !== '' && !seen.has(`${f}\u0000${v}`) && (seen.add(`${f}\u0000${v}`), true));
}

/**
 * Puts documents in the search, replacing any already there for the same kind and ref id.
 * Runs in the caller's transaction (or its own), so the index is never behind the data.
 * `fresh: true` skips the replacing for documents of rows the caller has just created.
 */
export async function indexDocuments(db: DB, docs: SearchDocument[], opts: { fresh?: boolean } = {}): Promise<void> {
  if (docs.length === 0) return;
  await inTransaction(db, async (trx) => {
    const byKind = new Map<string, number[]>();
    for (const d of docs) {
      const refs = byKind.get(d.kind);
      if (refs) refs.push(d.refId);
      else byKind.set(d.kind, [d.refId]);
    }
    // `fresh`: the caller has just created these rows, so there is nothing to replace
    if (!opts.fresh) for (const [kind, refs] of byKind) await removeDocuments(trx, kind, refs);
    const at = nowIso();
    const text = docs.map((d) => d.folded ?? documentTexts(d));
    const facetsOf = docs.map(facetRows);
    const values = docs.map(
      (d, j): RowValues => [
        d.kind,
        d.refId,
        d.institutionId ?? null,
        d.unitId ?? null,
        clean(d.title),
        d.creator ? clean(d.creator) : null,
        d.body ? clean(d.body).slice(0, BODY_STORED) : null,
        d.year ?? null,
        d.language ?? null,
        d.url ?? null,
        at,
        facetKeys(facetsOf[j]!),
      ],
    );
    const ids = await wordIndexOf(trx).insert(trx, DOC_COLUMNS, values, text);
    const { insertRows } = dialectOf(trx);
    await insertRows(
      trx,
      'search_facets',
      ['facet', 'value', 'doc_id'],
      docs.flatMap((_, j) => indexedFacets(facetsOf[j]!).map(([facet, value]) => [facet, value, ids[j]!])),
    );
    await insertRows(
      trx,
      'search_units',
      ['unit_id', 'doc_id'],
      docs.flatMap((d, j) => [...new Set(d.units ?? (d.unitId != null ? [d.unitId] : []))].map((unit) => [unit, ids[j]!])),
    );
  });
}

/** Takes documents out of the search (unknown ref ids are ignored). */
export async function removeDocuments(db: DB, kind: string, refIds: number[]): Promise<void> {
  if (refIds.length === 0) return;
  await inTransaction(db, async (trx) => {
    for (let i = 0; i < refIds.length; i += BATCH * 2) {
      const refs = refIds.slice(i, i + BATCH * 2);
      const gone = await trx.deleteFrom('search_documents').where('kind', '=', kind).where('ref_id', 'in', refs).returning(['id', 'facet_keys']).execute();
      if (gone.length === 0) continue;
      const ids = gone.map((g) => g.id);
      // the facet rows by their key, read from the documents' own facet keys (search_facets has no index by document)
      await dialectOf(trx).deleteRows(
        trx,
        'search_facets',
        ['facet', 'value', 'doc_id'],
        gone.flatMap((g) => indexedFacets(facetPairs(g.facet_keys)).map(([f, v]) => [f, v, g.id])),
        ['text', 'text', 'int'],
      );
      await trx.deleteFrom('search_units').where('doc_id', 'in', ids).execute();
      await wordIndexOf(trx).remove(trx, ids);
    }
  });
}
