/**
 * Scores the plan reader. Run: npm run eval (or npx tsx eval/plans.ts).
 * 1. The five seed plans (../shared/seeds or $LIFELONG_SHARED_DIR/seeds, test/support/seeds.ts):
 *    precision and recall of targets against test/plans/parse-expected.ts.
 * 2. The held-out corpus (eval/corpus/, labels in eval/corpus.ts): per document and in total,
 *    targets recall and precision on the clean, diacritics-stripped and OCR-damaged variants,
 *    header fields (number, date, programme, kind, basis), results and refusals.
 * 3. The time to parse a 25 KB plan.
 * Exits 1 if a seed falls below 95% precision or recall, or parsing takes 50 ms or more.
 * LIFELONG_PARSER=<dir> scores another copy of src/plans/parse (the figures before a change).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { score, SEEDS } from '../test/plans/parse-expected.ts';
import { hasSeeds, seedText } from '../test/support/seeds.ts';
import { CORPUS, type CorpusDoc, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4 } from './corpus.ts';
import { HOLDOUT5 } from './corpus-holdout5.ts';
import { HOLDOUT6 } from './corpus-holdout6.ts';
import { HOLDOUT7 } from './corpus-holdout7.ts';
import { HOLDOUT8 } from './corpus-holdout8.ts';
import { HOLDOUT9 } from './corpus-holdout9.ts';
import { HOLDOUT10 } from './corpus-holdout10.ts';
import { HOLDOUT11 } from './corpus-holdout11.ts';
import { HOLDOUT12 } from './corpus-holdout12.ts';
import { HOLDOUT13 } from './corpus-holdout13.ts';
import { HOLDOUT14 } from './corpus-holdout14.ts';
import { HOLDOUT15 } from './corpus-holdout15.ts';
import { HOLDOUT16 } from './corpus-holdout16.ts';
import { HOLDOUT17 } from './corpus-holdout17.ts';
import { HOLDOUT18 } from './corpus-holdout18.ts';
import { HOLDOUT19 } from './corpus-holdout19.ts';
import { HOLDOUT20 } from './corpus-holdout20.ts';
import { HOLDOUT21 } from './corpus-holdout21.ts';
import { HOLDOUT22 } from './corpus-holdout22.ts';
import { HOLDOUT23 } from './corpus-holdout23.ts';
import { HOLDOUT24 } from './corpus-holdout24.ts';
import { HOLDOUT25 } from './corpus-holdout25.ts';
import { HOLDOUT26 } from './corpus-holdout26.ts';
import { HOLDOUT27 } from './corpus-holdout27.ts';
import { HOLDOUT28 } from './corpus-holdout28.ts';
import { HOLDOUT29 } from './corpus-holdout29.ts';
import { HOLDOUT30 } from './corpus-holdout30.ts';
import { HOLDOUT31 } from './corpus-holdout31.ts';
import { HOLDOUT32 } from './corpus-holdout32.ts';
import { HOLDOUT33 } from './corpus-holdout33.ts';
import { type DocScore, type Reading, scoreDoc } from './corpus-score.ts';
import { VARIANTS, variantOf } from './variants.ts';
import { restoreScore } from './restore-score.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const parserDir = process.env.LIFELONG_PARSER ? path.resolve(process.env.LIFELONG_PARSER) : path.join(here, '../src/plans/parse');
const { parsePlan } = (await import(path.join(parserDir, 'index.ts'))) as { parsePlan: (text: string) => Record<string, unknown> & Omit<Reading, 'refused'> };

/** What the CLI and the upload do: refuse when the reader says nothing was found (before issue 22: when it did not look like a plan). */
function read(text: string): Reading {
  const p = parsePlan(text);
  const refused = 'empty' in p ? Boolean(p.empty) : !p.looksLikePlan;
  return { ...p, refused };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
let ok = true;

if (hasSeeds) {
  console.log('SEEDS\ndoc   expected  found  precision  recall');
  for (const [id, want] of Object.entries(SEEDS)) {
    const plan = parsePlan(seedText(id)) as unknown as Parameters<typeof score>[1] extends infer F ? { targets: F } : never;
    const s = score(want.targets, plan.targets);
    if (s.precision < 0.95 || s.recall < 0.95) ok = false;
    console.log(`${id}   ${String(want.targets.length).padStart(8)}  ${String(plan.targets.length).padStart(5)}  ${pct(s.precision)}    ${pct(s.recall)}`);
    for (const m of s.missing) console.log(`      missing ${m}`);
    for (const e of s.extra) console.log(`      extra   ${e}`);
  }
} else console.log('SEEDS: not found, skipped');

const verbose = process.argv.includes('--verbose');
for (const [title, dir, docs] of [
  ['DEVELOPMENT CORPUS (eval/corpus/: measured first, then used to find the rules the reader lacked)', 'corpus', CORPUS],
  ['HELD-OUT SET (eval/holdout/: labelled before the first run, then used to fix what it showed)', 'holdout', HOLDOUT],
  ['SECOND HELD-OUT SET (eval/holdout2/: labelled before the first run, then used to fix what it showed)', 'holdout2', HOLDOUT2],
  ['THIRD HELD-OUT SET (eval/holdout3/: labelled before the first run, then used to fix what it showed)', 'holdout3', HOLDOUT3],
  ['FOURTH HELD-OUT SET (eval/holdout4/: labelled before the first run, then used to fix what it showed)', 'holdout4', HOLDOUT4],
  ['FIFTH HELD-OUT SET (eval/holdout5/: labelled before the first run, then used to fix what it showed)', 'holdout5', HOLDOUT5],
  ['SIXTH HELD-OUT SET (eval/holdout6/: labelled before the first run, then used to fix what it showed)', 'holdout6', HOLDOUT6],
  ['SEVENTH HELD-OUT SET (eval/holdout7/: labelled before the first run, then used to fix what it showed)', 'holdout7', HOLDOUT7],
  ['EIGHTH HELD-OUT SET (eval/holdout8/: labelled before the first run, then used to fix what it showed)', 'holdout8', HOLDOUT8],
  ['NINTH HELD-OUT SET (eval/holdout9/: labelled before the first run, then used to fix what it showed)', 'holdout9', HOLDOUT9],
  ['TENTH HELD-OUT SET (eval/holdout10/: labelled before the first run, then used to fix what it showed)', 'holdout10', HOLDOUT10],
  ['ELEVENTH HELD-OUT SET (eval/holdout11/: labelled before the first run, then used to fix what it showed)', 'holdout11', HOLDOUT11],
  ['TWELFTH HELD-OUT SET (eval/holdout12/: results and aims mixed, labelled before the first run, then used to fix what it showed)', 'holdout12', HOLDOUT12],
  [
    'THIRTEENTH HELD-OUT SET (eval/holdout13/: documents that set targets, from provinces and levels the earlier sets have least; labelled before the first run)',
    'holdout13',
    HOLDOUT13,
  ],
  [
    'FOURTEENTH HELD-OUT SET (eval/holdout14/: results and aims mixed, provinces and sources least covered, labelled before the first run)',
    'holdout14',
    HOLDOUT14,
  ],
  [
    'FIFTEENTH HELD-OUT SET (eval/holdout15/: texts that set targets, provinces, cities and programmes least covered, labelled before the first run)',
    'holdout15',
    HOLDOUT15,
  ],
  [
    'SIXTEENTH HELD-OUT SET (eval/holdout16/: results and aims mixed, provinces and sources least covered, labelled before the first run)',
    'holdout16',
    HOLDOUT16,
  ],
  [
    'SEVENTEENTH HELD-OUT SET (eval/holdout17/: plans and decisions of 208/1520, 1373, 387, 677, 329 from provinces least covered, labelled before the first run)',
    'holdout17',
    HOLDOUT17,
  ],
  [
    'EIGHTEENTH HELD-OUT SET (eval/holdout18/: texts that report, libraries, museums and culture reviews 2023-2026, provinces least covered, labelled before the first run)',
    'holdout18',
    HOLDOUT18,
  ],
  [
    'NINETEENTH HELD-OUT SET (eval/holdout19/: plans of districts, communes, a school and departments and the pages that state them, provinces least covered, labelled before the first run)',
    'holdout19',
    HOLDOUT19,
  ],
  [
    'TWENTIETH HELD-OUT SET (eval/holdout20/: events and their plans, reading contests, Heritage Day, the Week, book festivals 2022-2026, labelled before the first run)',
    'holdout20',
    HOLDOUT20,
  ],
  [
    'TWENTY-FIRST HELD-OUT SET (eval/holdout21/: museums, heritage and cultural centres, plans and results 2019-2025, provinces least covered, labelled before the first run)',
    'holdout21',
    HOLDOUT21,
  ],
  [
    'TWENTY-SECOND HELD-OUT SET (eval/holdout22/: results and aims mixed, reviews of learning associations, a library and the culture movement 2023-2026, provinces least covered, labelled before the first run)',
    'holdout22',
    HOLDOUT22,
  ],
  [
    'TWENTY-THIRD HELD-OUT SET (eval/holdout23/: year plans of libraries, reading, museums and the learning society, 2019-2026, provinces least covered, labelled before the first run)',
    'holdout23',
    HOLDOUT23,
  ],
  [
    'TWENTY-FOURTH HELD-OUT SET (eval/holdout24/: decisions, resolutions and plans with many targets, culture, libraries, heritage, education for all, provinces least covered, labelled before the first run)',
    'holdout24',
    HOLDOUT24,
  ],
  [
    'TWENTY-FIFTH HELD-OUT SET (eval/holdout25/: a plain sample of plans, a decision, reviews and news, culture, libraries, museums, lifelong learning, provinces least covered, labelled before the first run)',
    'holdout25',
    HOLDOUT25,
  ],
  [
    'TWENTY-SIXTH HELD-OUT SET (eval/holdout26/: the most recent texts, 2025-2026, resolution 80 on culture, the national target programme on culture, education and the learning society, labelled before the first run)',
    'holdout26',
    HOLDOUT26,
  ],
  [
    "TWENTY-SEVENTH HELD-OUT SET (eval/holdout27/: digital transformation of libraries, museums and heritage, 206 and 2026 plans, the ministry's strategy, digitisation told and reported 2022-2025, labelled before the first run)",
    'holdout27',
    HOLDOUT27,
  ],
  [
    "TWENTY-EIGHTH HELD-OUT SET (eval/holdout28/: reading culture, a 329 plan, libraries' years, school libraries to the standard, book days and fairs, mobile libraries, a spam mirror of the 329 aims, labelled before the first run)",
    'holdout28',
    HOLDOUT28,
  ],
  [
    'TWENTY-NINTH HELD-OUT SET (eval/holdout29/: reviews and press reports mixing results and aims, the learning society, learning associations and museums 2022-2026, labelled before the first run)',
    'holdout29',
    HOLDOUT29,
  ],
  [
    'THIRTIETH HELD-OUT SET (eval/holdout30/: texts that set targets for the learning society, 1373, 387, 677, literacy and community learning centres told by the press, a province, a district and a commune, 2010-2025, labelled before the first run)',
    'holdout30',
    HOLDOUT30,
  ],
  [
    'THIRTY-FIRST HELD-OUT SET (eval/holdout31/: texts that set targets, heritage, relics, museums and cultural centres, a resolution, plans, projects, a master plan and district reviews 2015-2024, labelled before the first run)',
    'holdout31',
    HOLDOUT31,
  ],
  [
    'THIRTY-SECOND HELD-OUT SET (eval/holdout32/: texts that set targets for grassroots cultural life and sport for all, cultural families and villages, grassroots institutions, the exercise campaign 2021-2030, labelled before the first run)',
    'holdout32',
    HOLDOUT32,
  ],
  [
    "THIRTY-THIRD HELD-OUT SET (eval/holdout33/: what libraries, museums and cultural centres count, visits, exhibitions, objects, film shows, as a year's plan or a year's tally, labelled before the first run)",
    'holdout33',
    HOLDOUT33,
  ],
] as [string, string, CorpusDoc[]][]) {
  console.log(`\n${title}, ${docs.length} documents`);
  scoreSet(dir, docs);
}

{
  const r = restoreScore();
  const pc = (n: number) => `${((100 * n) / Math.max(1, r.words)).toFixed(1)}%`;
  console.log(
    `\nKNOWN PHRASES RESTORED (titles of the diacritics-stripped variants, ${r.titles} documents, ${r.words} words): right before ${r.before} (${pc(r.before)}), after ${r.after} (${pc(r.after)}); restored to a wrong word: ${r.wrong}`,
  );
}

function scoreSet(dir: string, docs: CorpusDoc[]): void {
  const totals: Record<
    string,
    { hits: number; found: number; wanted: number; refused: number; header: Record<string, [number, number]>; results: [number, number, number] }
  > = {};
  for (const v of VARIANTS) {
    const t = { hits: 0, found: 0, wanted: 0, refused: 0, header: {} as Record<string, [number, number]>, results: [0, 0, 0] as [number, number, number] };
    totals[v] = t;
    console.log(`\n[${v}] document                                 targets  found  hits  recall  precision  number date prog kind basis  results  refused`);
    for (const doc of docs) {
      const text = variantOf(readFileSync(path.join(here, dir, doc.file), 'utf8'), v);
      const s: DocScore = scoreDoc(doc, read(text));
      t.hits += s.hits;
      t.found += s.found;
      t.wanted += s.wanted;
      if (s.refused) t.refused++;
      for (const [k, val] of Object.entries(s.header)) {
        if (val === null) continue;
        const h = (t.header[k] ??= [0, 0]);
        h[0] += val ? 1 : 0;
        h[1]++;
      }
      if (s.results.wanted !== null) {
        t.results[0] += Math.min(s.results.found, s.results.wanted);
        t.results[1] += s.results.wanted;
        // (found beyond the label: past values the labels do not hold, which the capped count above cannot show)
        t.results[2] += Math.max(0, s.results.found - s.results.wanted);
      }
      const mark = (b: boolean | null) => (b === null ? '  · ' : b ? '  ✓ ' : '  ✗ ');
      console.log(
        `    ${doc.file.padEnd(42)} ${String(s.wanted).padStart(6)} ${String(s.found).padStart(6)} ${String(s.hits).padStart(5)} ${pct(ratio(s.hits, s.wanted))} ${pct(ratio(s.hits, s.found))}    ${mark(s.header.number)} ${mark(s.header.date)} ${mark(s.header.programme)} ${mark(s.header.kind)} ${mark(s.header.basis)}  ${s.results.wanted === null ? `   ${s.results.found}   ` : `${s.results.found}/${s.results.wanted}`.padStart(6)}   ${s.refused ? 'REFUSED' : ''}`,
      );
      if (verbose) {
        for (const m of s.missing) console.log(`        missing ${m}`);
        for (const e of s.extra) console.log(`        extra   ${e}`);
      }
    }
  }
  console.log('\nTOTAL     targets recall  precision   number  date    programme  kind    basis   results  beyond  refused');
  for (const v of VARIANTS) {
    const t = totals[v]!;
    const h = (k: string) => {
      const [a, b] = t.header[k] ?? [0, 0];
      return `${a}/${b}`.padEnd(7);
    };
    console.log(
      `${v.padEnd(9)} ${pct(ratio(t.hits, t.wanted))}         ${pct(ratio(t.hits, t.found))}     ${h('number')} ${h('date')} ${h('programme')}    ${h('kind')} ${h('basis')} ${`${t.results[0]}/${t.results[1]}`.padEnd(8)} ${String(t.results[2]).padEnd(7)} ${t.refused}/${docs.length}`,
    );
  }
}

// A 25 KB plan: the largest seed (Lạng Sơn, a 24 KB OCR scan) topped up with another seed's text.
if (hasSeeds) {
  let big = seedText('003');
  const filler = seedText('002');
  while (Buffer.byteLength(big, 'utf8') < 25 * 1024) big += `\n${filler.slice(0, 25 * 1024 - Buffer.byteLength(big, 'utf8'))}`;
  parsePlan(big); // warm-up: compiles the regular expressions and fills the caches
  const runs = 50;
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parsePlan(big);
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  // The bar is on CPU time per parse: on a busy machine wall time also counts waiting for a core.
  if (cpuMs >= 50) ok = false;
  console.log(
    `\nparse time, ${(Buffer.byteLength(big, 'utf8') / 1024).toFixed(1)} KB plan, ${runs} runs: CPU ${cpuMs.toFixed(1)} ms per parse (limit 50 ms); wall clock median ${median.toFixed(1)} ms, fastest ${times[0]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms`,
  );
}
// A text with no stop in it (a table flattened by a converter, a scan read without punctuation), 0.5 MB and 1 MB: the
// parse grows with its length, not its square (before sentences were cut at LONGEST_SENTENCE, the 1.2 MB one took about 28 s).
{
  const unit = 'thư viện đạt 100% năm 2025 có số lượng ';
  const sizes = [12_000, 24_000].map((n) => {
    const text = unit.repeat(n);
    const t0 = performance.now();
    parsePlan(text);
    return `${(Buffer.byteLength(text, 'utf8') / 1024 / 1024).toFixed(1)} MB ${(performance.now() - t0).toFixed(0)} ms`;
  });
  console.log(`parse time, a text without a stop: ${sizes.join(', ')}`);
}
console.log(ok ? 'OK' : 'BELOW THE BAR');
process.exitCode = ok ? 0 : 1;
