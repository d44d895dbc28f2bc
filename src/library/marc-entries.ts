import type { ReadEntry } from './import-entries.ts';
import type { ReadResult } from './marc/iso2709.ts';
import { fingerprint } from './marc/fingerprint.ts';
import { marcToBib } from './marc/to-bib.ts';
import { dedupKey } from './bib.ts';
import { bookWords } from './book-text.ts';
import { libraryErrors as E } from './errors.ts';

/**
 * The catalogue entry of a MARC file's record `n` read whole (its bibliographic fields, its copies, the record itself
 * as JSON, its duplicate key), or its problem (broken, untitled). `fingerprinted`: the entry carries the fingerprint of its JSON (a
 * MARCXML record, whose bytes were not kept apart). The reader's note is added to `notes`.
 */
export function marcEntry(r: ReadResult, n: number, notes: Set<string>, fingerprinted = false): ReadEntry {
  if (!r.ok) return { n: r.problem.record, problem: { row: r.problem.record, said: r.problem.said } };
  if (r.note) notes.add(r.note);
  const { bib, copies } = marcToBib(r.record);
  if (!bib) return { n, problem: { row: n, field: '245', said: E.marcNoTitle({ n }) } };
  const marc = JSON.stringify(r.record);
  const entry = { bib, copies, generate: copies.length === 0 ? 1 : 0, marc, dedupKey: dedupKey(bib.title, bib.author), folded: bookWords(bib) };
  return fingerprinted ? { n, entry, fingerprint: fingerprint(marc) } : { n, entry };
}

/**
 * The catalogue entries of a MARC file's records, by their number in the file (see {@link marcEntry}).
 * The readers' notes (e.g. "UTF-8 text although the leader says MARC-8") are collected in `notes`.
 */
export function* marcEntries(results: Iterable<ReadResult>, notes: Set<string>, fingerprinted = false): Generator<ReadEntry> {
  let i = 0;
  for (const r of results) yield marcEntry(r, ++i, notes, fingerprinted);
}
