import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { importMarc } from '../../library/marc-import.ts';
import { searchCatalogue } from '../../library/catalogue-search.ts';
import { withPlatform } from '../context.ts';
import { cliErrors, cliText } from '../messages.ts';

const USAGE = [
  'lifelong catalogue import <file> --library <code> [--on-error skip|reject]   (ISO 2709 or MARCXML, detected; default: skip bad records)',
  'lifelong catalogue search "<query>" [--format json|table] [--limit N]',
].join('\n');

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { library: { type: 'string' }, 'on-error': { type: 'string', default: 'skip' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1 || !values.library) throw new UserError(cliErrors.catalogueNeeds({ usage: USAGE }), 400);
  const onError = values['on-error'];
  if (onError !== 'skip' && onError !== 'reject') throw new UserError(cliErrors.onError(), 400);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError(cliErrors.cannotRead({ file }), 400);
  }
  return withPlatform(async ({ db }) => {
    const started = Date.now();
    const r = await importMarc(db, bytes, { libraryCode: values.library!, onError, userId: null, fileName: basename(file) });
    for (const p of r.rejected) console.error(`  ${p.said.vi}`);
    for (const n of r.notes) console.error(`  (${n})`);
    console.log(
      `${r.format}: ${r.read} records read · ${r.imported} imported · ${r.merged} merged into existing records · ${r.items} items imported · ${r.rejected.length} rejected (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return 0;
  });
}

async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'table' }, limit: { type: 'string', default: '20' } },
  });
  const q = positionals.join(' ');
  return withPlatform(async ({ db }) => {
    const { hits, result } = await searchCatalogue(db, { q, limit: Number(values.limit) || 20 });
    if (values.format === 'json') {
      console.log(
        JSON.stringify(
          hits.map((h) => ({ id: h.id, title: h.title, author: h.author, year: h.year, libraries: h.libraries.map((l) => l.code) })),
          null,
          2,
        ),
      );
    } else {
      if (result.notice === 'no-terms') console.error(cliText('vi').noSearchTerms);
      for (const h of hits)
        console.log(
          `${h.id}\t${h.title}${h.author ? ` / ${h.author}` : ''}${h.year ? ` (${h.year})` : ''}\t${h.libraries.map((l) => `${l.code} ${l.available}/${l.total}`).join(', ')}`,
        );
      console.error(cliText('vi').hits({ n: result.total }));
    }
    return 0;
  });
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importCommand(rest);
  if (sub === 'search') return searchCommand(rest);
  console.error(USAGE);
  return 2;
}
