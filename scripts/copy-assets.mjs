// The second half of `npm run build`: what `tsc -p tsconfig.build.json` does not emit (the pages' scripts, the
// common-password list) copied beside the compiled modules, then the stamp bin/lifelong.js compares with src.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const dist = new URL('../dist/', import.meta.url).pathname;
for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  if (/\.tsx?$/.test(file) || !/\.[a-z]+$/.test(file)) continue;
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  copyFileSync(path.join(src, file), path.join(dist, file));
}
writeFileSync(path.join(dist, '.built'), `${new Date().toISOString()}\n`);
