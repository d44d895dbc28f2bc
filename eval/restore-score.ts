/**
 * Known phrases restored (issue 22, part 4): on the diacritics-stripped variant of every document
 * (seeds and every corpus), the title the reader finds, before and after the platform's known
 * phrases (built-in vocabulary, agencies, provinces, and every unit of data/vn-units) put their
 * marks back; a word counts as right when it is the clean title's word at the same place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/plans/parse/index.ts';
import { BUILT_IN_PHRASES, phraseIndex, restorePhrases } from '../src/plans/parse/known-phrases.ts';
import { hasSeeds, seedText } from '../test/support/seeds.ts';
import { CORPUS, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4 } from './corpus.ts';
import { stripDiacritics } from './variants.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Unit {
  Name: string;
  FullName: string;
  District?: Unit[];
  Ward?: Unit[];
}
function unitNames(): string[] {
  const out: string[] = [];
  const walk = (u: Unit) => {
    out.push(u.Name, u.FullName);
    const m = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường)\s+(.+)$/u.exec(u.FullName);
    if (m) out.push(`${m[1]!.toLowerCase()} ${m[2]}`);
    for (const c of [...(u.District ?? []), ...(u.Ward ?? [])]) walk(c);
  };
  for (const p of JSON.parse(readFileSync(path.join(here, '../data/vn-units/vn-units-2025-06-3level.json'), 'utf8')) as Unit[]) walk(p);
  return out;
}

export function restoreScore(): { words: number; before: number; after: number; titles: number; wrong: number } {
  const index = phraseIndex([...BUILT_IN_PHRASES, ...unitNames()]);
  const texts: string[] = [];
  if (hasSeeds) for (const id of ['000', '001', '002', '003', '004']) texts.push(seedText(id));
  for (const [dir, docs] of [
    ['corpus', CORPUS],
    ['holdout', HOLDOUT],
    ['holdout2', HOLDOUT2],
    ['holdout3', HOLDOUT3],
    ['holdout4', HOLDOUT4],
  ] as const)
    for (const d of docs) texts.push(readFileSync(path.join(here, dir, d.file), 'utf8'));
  let words = 0;
  let before = 0;
  let after = 0;
  let titles = 0;
  let wrong = 0;
  const split = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const text of texts) {
    const clean = parsePlan(text).title;
    const stripped = parsePlan(stripDiacritics(text)).title;
    if (!clean || !stripped) continue;
    const want = split(clean);
    const plain = split(stripped);
    if (want.length !== plain.length) continue;
    const got = split(restorePhrases(stripped, index).text);
    titles++;
    words += want.length;
    want.forEach((w, i) => {
      if (plain[i] === w) before++;
      if (got[i] === w) after++;
      else if (got[i] !== plain[i]) {
        wrong++; // restored to a wrong word
        if (process.env.RESTORE_VERBOSE) console.log(`  ${w} ← ${got[i]}`);
      }
    });
  }
  return { words, before, after, titles, wrong };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = restoreScore();
  console.log(r);
}
