/**
 * The plan reader on real scans (issue 22): each document is typeset by LibreOffice, printed to page images by poppler,
 * put back into a PDF that holds only the images (test/support/scan.ts), and read the way an upload is — poppler finds no
 * text layer, Tesseract's Vietnamese model reads each page at 300 dpi (src/plans/parse/ocr.ts) — then scored against the
 * same labels as the clean text. Two scans of each: an office scan (300 dpi, straight, clean) and a poor one (150 dpi,
 * turned 1°, speckled). Printed beside each: the clean text's figures, and the OCR time a page (two pages at a time,
 * one thread each: the machine's two cores).
 *
 * Run: npm run eval:scan                       the five seeds (../shared/seeds)
 *      npm run eval:scan -- --sets holdout24,holdout26   and the documents with targets of those eval sets
 *      … --dump /tmp/scans                      also writes what OCR read of each scan there (to see its damage)
 * Needs tesseract-ocr-vie, poppler-utils and LibreOffice; says which is missing and stops otherwise.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/plans/parse/index.ts';
import { readPlanBuffer } from '../src/plans/parse/read-file.ts';
import { score, SEEDS } from '../test/plans/parse-expected.ts';
import { imagePdf, scanPages, scanSkipReason, typeset } from '../test/support/scan.ts';
import { hasSeeds, seedText } from '../test/support/seeds.ts';
import type { CorpusDoc } from './corpus.ts';
import { scoreDoc } from './corpus-score.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
if (scanSkipReason) {
  console.log(scanSkipReason);
  process.exit(0);
}

const SCANS = [
  { name: 'office scan, 300 dpi', dpi: 300, degrees: 0, noise: 0 },
  { name: 'poor scan, 150 dpi, 1°, speckled', dpi: 150, degrees: 1, noise: 20 },
] as const;

interface Doc {
  id: string;
  text: string;
  /** Targets wanted, found and right; number and date right (null: not labelled). */
  scoreOf: (read: ReturnType<typeof parsePlan>) => { wanted: number; found: number; hits: number; number: boolean | null; date: boolean | null };
}

const seedDocs = (): Doc[] =>
  Object.entries(SEEDS).map(([id, want]) => ({
    id: `seed ${id}`,
    text: seedText(id),
    scoreOf: (p) => {
      const s = score(want.targets, p.targets);
      const hits = Math.round(s.recall * want.targets.length);
      return { wanted: want.targets.length, found: p.targets.length, hits, number: p.number === want.number, date: p.date === want.date };
    },
  }));

/** An eval set by its folder's name: `holdout24` → eval/corpus-holdout24.ts's HOLDOUT24 (the first sets live in corpus.ts). */
async function setDocs(name: string): Promise<Doc[]> {
  const file = existsSync(path.join(here, `corpus-${name}.ts`)) ? `corpus-${name}.ts` : 'corpus.ts';
  const docs = ((await import(path.join(here, file))) as Record<string, CorpusDoc[] | undefined>)[name.toUpperCase()];
  if (!docs) throw new Error(`no eval set named ${name} (eval/${file} has no ${name.toUpperCase()})`);
  return docs
    .filter((d) => d.targets.length > 0)
    .map((d) => ({
      id: `${name}/${d.file}`,
      text: readFileSync(path.join(here, name, d.file), 'utf8'),
      scoreOf: (p) => {
        const s = scoreDoc(d, { ...p, refused: p.empty });
        return { wanted: s.wanted, found: s.found, hits: s.hits, number: s.header.number, date: s.header.date };
      },
    }));
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const docs = [...(hasSeeds ? seedDocs() : []), ...(await Promise.all((arg('--sets') ?? '').split(',').filter(Boolean).map(setDocs))).flat()];
if (!hasSeeds) console.log('SEEDS: not found, skipped');

const pct = (a: number, b: number) => `${(b === 0 ? 100 : (100 * a) / b).toFixed(1)}%`.padStart(7);
const mark = (b: boolean | null) => (b === null ? '·' : b ? '✓' : '✗');
const totals = new Map<
  string,
  { wanted: number; found: number; hits: number; numbers: [number, number]; dates: [number, number]; pages: number; ms: number }
>();
const add = (key: string, s: ReturnType<Doc['scoreOf']>, pages = 0, ms = 0) => {
  const t = totals.get(key) ?? { wanted: 0, found: 0, hits: 0, numbers: [0, 0], dates: [0, 0], pages: 0, ms: 0 };
  t.wanted += s.wanted;
  t.found += s.found;
  t.hits += s.hits;
  if (s.number !== null) t.numbers = [t.numbers[0] + (s.number ? 1 : 0), t.numbers[1] + 1];
  if (s.date !== null) t.dates = [t.dates[0] + (s.date ? 1 : 0), t.dates[1] + 1];
  t.pages += pages;
  t.ms += ms;
  totals.set(key, t);
};

/**
 * A text without diacritics (seeds 001, 003 and 004 are a scan's earlier OCR that lost them) printed and scanned again is
 * no scan an office makes: Tesseract's Vietnamese model puts marks on it that no paper had. Such texts are left out.
 */
const marked = (text: string) => {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.normalize('NFD').match(/\p{M}/gu)?.length ?? 0) / Math.max(1, letters) >= 0.1;
};
for (const d of docs.filter((x) => !marked(x.text))) console.log(`${d.id}: written without diacritics, no paper to scan: left out`);
docs.splice(0, docs.length, ...docs.filter((x) => marked(x.text)));

console.log(`REAL SCANS (${docs.length} documents; machine load ${loadavg()[0]!.toFixed(1)} at the start)`);
console.log(
  'document                                            read as                             pages  s/page  targets  found  hits  recall  precision  number date',
);
for (const doc of docs) {
  const clean = doc.scoreOf(parsePlan(doc.text));
  add('clean text', clean);
  const line = (how: string, s: ReturnType<Doc['scoreOf']>, pages: string, perPage: string) =>
    console.log(
      `${doc.id.slice(0, 50).padEnd(51)} ${how.padEnd(35)} ${pages.padStart(5)} ${perPage.padStart(7)} ${String(s.wanted).padStart(8)} ${String(s.found).padStart(6)} ${String(s.hits).padStart(5)} ${pct(s.hits, s.wanted)}   ${pct(s.hits, s.found)}      ${mark(s.number)}    ${mark(s.date)}`,
    );
  line('clean text', clean, '', '');
  const pdf = typeset(doc.text);
  for (const scan of SCANS) {
    const bytes = await imagePdf(await scanPages(pdf, scan));
    const t0 = performance.now();
    const read = await readPlanBuffer(bytes);
    const ms = performance.now() - t0;
    const pages = read.ocr?.ocrPages.length ?? 0;
    const s = doc.scoreOf(parsePlan(read.text));
    add(scan.name, s, pages, ms);
    const dump = arg('--dump');
    if (dump) {
      mkdirSync(dump, { recursive: true });
      writeFileSync(path.join(dump, `${doc.id.replace(/\W+/g, '-')}-${scan.dpi}dpi.txt`), read.text);
    }
    line(scan.name, s, String(pages), (ms / 1000 / Math.max(1, pages)).toFixed(1));
  }
}
console.log('\nTOTAL                                  targets  found  hits  recall  precision  number   date     pages  s/page (OCR, 2 pages at a time)');
for (const [how, t] of totals)
  console.log(
    `${how.padEnd(38)} ${String(t.wanted).padStart(8)} ${String(t.found).padStart(6)} ${String(t.hits).padStart(5)} ${pct(t.hits, t.wanted)}   ${pct(t.hits, t.found)}  ${`${t.numbers[0]}/${t.numbers[1]}`.padStart(6)} ${`${t.dates[0]}/${t.dates[1]}`.padStart(6)}  ${t.pages ? String(t.pages).padStart(8) : ''}  ${t.pages ? (t.ms / 1000 / t.pages).toFixed(1).padStart(6) : ''}`,
  );
console.log(`machine load ${loadavg()[0]!.toFixed(1)} at the end`);
