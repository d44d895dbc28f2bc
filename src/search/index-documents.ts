import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { SearchDocumentTable } from '../core/db/schema.ts';
import { engineOf, type DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { nowIso } from '../core/audit.ts';
import { clean } from '../core/text/vietnamese.ts';
import { exactText, foldedText } from './text.ts';
import { facetKeys } from './facet-keys.ts';
import type { SearchDocument } from './types.ts';

/** Rows per multi-row insert (kept well under SQLite's bound-parameter limit). */
const BATCH = 400;
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

function texts(d: SearchDocument) {
  const rest = [d.creator ?? '', ...(d.subjects ?? []), d.body ?? ''].join(' ');
  return { title: foldedText(d.title), rest: foldedText(rest), exact: exactText(`${d.title} ${rest}`) };
}

/**
 * Puts documents in the search, replacing any already there for the same kind and ref id.
 * Runs in the caller's transaction (or its own), so the index is never behind the data.
 * `fresh: true` skips the replacing for documents of rows the caller has just created.
 */
export async function indexDocuments(db: DB, docs: SearchDocument[], opts: { fresh?: boolean } = {}): Promise<void> {
  if (docs.length === 0) return;
  const engine = engineOf(db);
  await inTransaction(db, async (trx) => {
    const byKind = new Map<string, number[]>();
    for (const d of docs) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d.refId]);
    // `fresh`: the caller has just created these rows, so there is nothing to replace
    if (!opts.fresh) for (const [kind, refs] of byKind) await removeDocuments(trx, kind, refs);
    const at = nowIso();
    for (let i = 0; i < docs.length; i += BATCH) {
      const part = docs.slice(i, i + BATCH);
      const text = part.map(texts);
      const facetsOf = part.map(facetRows);
      const rows = part.map((d, j) => ({
        kind: d.kind,
        ref_id: d.refId,
        institution_id: d.institutionId ?? null,
        unit_id: d.unitId ?? null,
        title: clean(d.title),
        creator: d.creator ? clean(d.creator) : null,
        body: d.body ? clean(d.body).slice(0, BODY_STORED) : null,
        year: d.year ?? null,
        language: d.language ?? null,
        url: d.url ?? null,
        updated_at: at,
        facet_keys: facetKeys(facetsOf[j]!),
        ...(engine === 'postgres'
          ? {
              folded_tsv: sql`setweight(to_tsvector('simple', ${text[j]!.title}), 'A') || setweight(to_tsvector('simple', ${text[j]!.rest}), 'B')`,
              exact_tsv: sql`to_tsvector('simple', ${text[j]!.exact})`,
            }
          : {}),
      }));
      const inserted = await trx.insertInto('search_documents').values(rows as unknown as Insertable<SearchDocumentTable>[]).returning(['id', 'ref_id', 'kind']).execute();
      const idOf = new Map(inserted.map((r) => [`${r.kind}\u0000${r.ref_id}`, r.id]));
      const ids = part.map((d) => idOf.get(`${d.kind}\u0000${d.refId}`)!);
      if (engine === 'sqlite') {
        const values = sql.join(part.map((_, j) => sql`(${ids[j]}, ${text[j]!.title}, ${text[j]!.rest}, ${text[j]!.exact})`));
        await sql`INSERT INTO search_fts (rowid, title, rest, exact) VALUES ${values}`.execute(trx);
      }
      const facets = part.flatMap((_, j) => facetsOf[j]!.map(([facet, value]) => ({ facet, value, doc_id: ids[j]! })));
      for (let k = 0; k < facets.length; k += BATCH * 2) await trx.insertInto('search_facets').values(facets.slice(k, k + BATCH * 2)).execute();
      const units = part.flatMap((d, j) => [...new Set(d.units ?? (d.unitId != null ? [d.unitId] : []))].map((unit_id) => ({ unit_id, doc_id: ids[j]! })));
      for (let k = 0; k < units.length; k += BATCH * 2) await trx.insertInto('search_units').values(units.slice(k, k + BATCH * 2)).execute();
    }
  });
}

/** Takes documents out of the search (unknown ref ids are ignored). */
export async function removeDocuments(db: DB, kind: string, refIds: number[]): Promise<void> {
  if (refIds.length === 0) return;
  const engine = engineOf(db);
  await inTransaction(db, async (trx) => {
    for (let i = 0; i < refIds.length; i += BATCH * 2) {
      const refs = refIds.slice(i, i + BATCH * 2);
      const gone = await trx.deleteFrom('search_documents').where('kind', '=', kind).where('ref_id', 'in', refs).returning('id').execute();
      if (gone.length === 0) continue;
      const ids = gone.map((g) => g.id);
      await trx.deleteFrom('search_facets').where('doc_id', 'in', ids).execute();
      await trx.deleteFrom('search_units').where('doc_id', 'in', ids).execute();
      if (engine === 'sqlite') await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(ids)})`.execute(trx);
    }
  });
}
