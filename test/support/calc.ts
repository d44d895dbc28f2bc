import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** LibreOffice Calc (libreoffice-calc-nogui): soffice without it cannot load a workbook at all. */
export const hasCalc = existsSync('/usr/bin/soffice') && existsSync('/usr/lib/libreoffice/program/libscfiltlo.so');

/**
 * A workbook as LibreOffice Calc opens it and shows it to a reader in Vietnam (LC_ALL=vi_VN: "1.234", "25,5"): saved
 * as CSV with each cell's text as shown (the filter's 9th token), UTF-8, comma-separated. Throws when Calc cannot
 * load the file.
 */
export function shownByCalc(xlsx: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'calc-'));
  try {
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, xlsx);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 180_000, stdio: 'ignore', env: { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8' } },
    );
    const out = join(dir, 'book.csv');
    if (!existsSync(out)) throw new Error('LibreOffice Calc could not load the workbook');
    return parse(readFileSync(out, 'utf8'), { relax_column_count: true }) as string[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
