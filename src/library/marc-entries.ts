import type { ReadEntry } from './import-entries.ts';
import type { ReadResult } from './marc/iso2709.ts';
import { marcToBib } from './marc/to-bib.ts';
import { libraryErrors as E } from './errors.ts';

/**
 * The catalogue entries of a MARC file's records, by their number in the file: each record read whole becomes an
 * entry (its bibliographic fields, its copies, the record itself as JSON); a broken or untitled one, its problem.
 * The readers' notes (e.g. "UTF-8 text although the leader says MARC-8") are collected in `notes`.
 */
export function* marcEntries(results: Iterable<ReadResult>, notes: Set<string>): Generator<ReadEntry> {
  let i = 0;
  for (const r of results) {
    i++;
    const n = r.ok ? i : r.problem.record;
    if (!r.ok) {
      yield { n, problem: { row: n, said: r.problem.said } };
      continue;
    }
    if (r.note) notes.add(r.note);
    const { bib, copies } = marcToBib(r.record);
    if (!bib) yield { n, problem: { row: n, field: '245', said: E.marcNoTitle({ n }) } };
    else yield { n, entry: { bib, copies, generate: copies.length === 0 ? 1 : 0, marc: JSON.stringify(r.record) } };
  }
}
