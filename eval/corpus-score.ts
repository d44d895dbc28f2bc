/** Scoring a reading of a corpus document against its hand-made labels (eval/corpus.ts). */
import type { CorpusDoc, Want } from './corpus.ts';

export interface Reading {
  kind?: string;
  number: string | null;
  date: string | null;
  programme: string | null;
  basis: { number: string | null }[];
  targets: { year: number | null; value: number | null; min: number | null; max: number | null; kind: string }[];
  results?: unknown[];
  /** Refused by the reader (the CLI and the upload say "not a plan"). */
  refused: boolean;
}

export interface DocScore {
  hits: number;
  found: number;
  wanted: number;
  missing: string[];
  extra: string[];
  header: { number: boolean; date: boolean; programme: boolean; kind: boolean | null; basis: boolean | null };
  results: { found: number; wanted: number | null };
  refused: boolean;
}

const keyOf = (w: Want) => `${w[0]}|${Array.isArray(w[1]) ? `${w[1][0]}-${w[1][1]}` : w[1]}|${w[2]}`;

export function scoreDoc(want: CorpusDoc, got: Reading): DocScore {
  // A refused document yields nothing: its targets and header count as missed.
  const targets = got.refused ? [] : got.targets;
  const found = targets.map((t) => keyOf([t.year, t.value ?? (t.min !== null && t.max !== null ? [t.min, t.max] : Number.NaN), t.kind as Want[2]]));
  const pool = want.targets.map(keyOf);
  let hits = 0;
  const extra: string[] = [];
  for (const g of found) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      pool.splice(i, 1);
      hits++;
    } else extra.push(g);
  }
  const ok = (a: unknown, b: unknown) => !got.refused && a === b;
  return {
    hits,
    found: found.length,
    wanted: want.targets.length,
    missing: pool,
    extra,
    header: {
      number: ok(got.number, want.number),
      date: ok(got.date, want.date),
      programme: ok(got.programme, want.programme),
      kind: want.kind ? ok(got.kind, want.kind) : null,
      basis: want.basis ? !got.refused && JSON.stringify(got.basis.map((b) => b.number)) === JSON.stringify(want.basis) : null,
    },
    results: { found: got.refused ? 0 : (got.results?.length ?? 0), wanted: want.results ?? null },
    refused: got.refused,
  };
}
