#!/usr/bin/env node
// Entry point for `npx lifelong` and `npm start`: the compiled JavaScript in dist/ when it is as new as every file
// of src/ (built by `npm run build`, which `npm install` runs), else the TypeScript itself through tsx's loader.
import { existsSync, readdirSync, statSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const src = new URL('../src/', import.meta.url);

function built() {
  const stamp = new URL('.built', dist);
  if (!existsSync(stamp)) return false;
  const at = statSync(stamp).mtimeMs;
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) if (statSync(new URL(file, src)).mtimeMs > at) return false;
  return true;
}

if (process.env.LIFELONG_FROM_SOURCE !== '1' && built()) {
  await import(new URL('cli/main.js', dist).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
