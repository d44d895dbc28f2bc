import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The compiled build (issue 23's fast start): `npm install` runs `npm run build`, which compiles src/ into dist/
 * and copies what the compiler does not emit; bin/lifelong.js runs it when it is as new as src/. Here: every module
 * has its JavaScript twin, the compiled CLI answers as the TypeScript one does, and a worker thread started from
 * the compiled code loads its compiled module (tsx is not there to load a `.ts`).
 */
const root = new URL('../../', import.meta.url).pathname;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

describe('the compiled build', () => {
  // a machine that installed without running the build (`npm install --ignore-scripts`) builds here, once
  if (!existsSync(`${root}dist/.built`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', timeout: 300_000 });

  it('has a JavaScript twin of every module and a copy of every other file of src/', () => {
    const missing = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.[a-z]+$/.test(f))
      .map((f) => f.replace(/\.tsx?$/, '.js'))
      .filter((f) => !existsSync(`${root}dist/${f}`));
    expect(missing).toEqual([]);
  });

  it('answers `--help` as the TypeScript does, compiled and through bin/lifelong.js', () => {
    const source = run(['bin/lifelong.js', '--help'], { LIFELONG_FROM_SOURCE: '1' });
    expect(source).toMatch(/serve/);
    expect(run(['dist/cli/main.js', '--help'])).toBe(source);
    expect(run(['bin/lifelong.js', '--help'])).toBe(source);
  });

  it('starts a worker thread on the compiled module beside its caller', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compiled-'));
    const script = path.join(dir, 'thread.mjs');
    writeFileSync(
      script,
      `const { readXlsxInThread } = await import(${JSON.stringify(`${root}dist/statistics/xlsx-thread.js`)});
      try { await readXlsxInThread(new Uint8Array([80, 75, 3, 4, 0, 0])); console.log('read'); }
      catch (e) { console.log(e.said ? 'refused ' + e.said.code : 'failed ' + e.message); }`,
    );
    try {
      // a broken workbook is refused in words by the thread's own reading: the thread ran
      expect(run([script]).trim()).toMatch(/^refused E\d+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
