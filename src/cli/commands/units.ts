import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { BUILTIN_MAPS, builtinMapPath, importUnitsFile, isBuiltinMap, type ImportSummary } from '../../network/map-import.ts';
import { levelName } from '../../network/messages.ts';
import { formatDate, formatNumber } from '../../core/i18n/index.ts';
import { cliErrors, cliText } from '../messages.ts';
import { withPlatform } from '../context.ts';

const BUILTINS = Object.keys(BUILTIN_MAPS).join('|');
const SHOWN = 20;

/**
 * `units import <file>…`: an administrative map (3-level or 2-level) or the merger list; each file all or nothing.
 * `--builtin 2025-06|2025-07|mergers` (repeatable, or comma-separated) names a map shipped in data/vn-units/; those come first.
 */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { 'valid-from': { type: 'string' }, 'valid-to': { type: 'string' }, builtin: { type: 'string', multiple: true } },
  });
  const builtins = (values.builtin ?? []).flatMap((b) => b.split(',')).map((b) => b.trim());
  const unknown = builtins.filter((b) => !isBuiltinMap(b));
  if (unknown.length > 0) throw new UserError(cliErrors.unknownBuiltinMap({ names: unknown.join('", "'), builtins: BUILTINS }), 400);
  const files = [...builtins.filter(isBuiltinMap).map(builtinMapPath), ...positionals.map((f) => path.resolve(f))];
  if (action !== 'import' || files.length === 0) throw new UserError(cliErrors.unitsUsage({ builtins: BUILTINS }), 400);
  return withPlatform(async ({ db }) => {
    for (const file of files) {
      const summary = await importUnitsFile(db, file, { validFrom: values['valid-from'], validTo: values['valid-to'] });
      for (const line of summaryLines(summary)) console.log(line);
    }
    return 0;
  });
}

/** The summary a person reads: counts, then what could not be matched (up to 20 lines each). */
export function summaryLines(s: ImportSummary): string[] {
  const t = cliText('vi');
  const secs = `${formatNumber('vi', s.ms / 1000)} s`;
  if (!s.mergers) {
    const dates = s.validTo ? t.until({ date: formatDate(s.validTo) }) : s.validFrom ? t.since({ date: formatDate(s.validFrom) }) : t.unlimited;
    const counts = Object.entries(s.levels)
      .map(([level, n]) => `${n} ${levelName('vi', level)}`)
      .join(', ');
    return [
      t.mapSummary({ file: s.file, levels: s.kind === 'map-3level' ? t.map3 : t.map2, dates, counts }),
      t.mapCounts({ created: s.created, updated: s.updated, unchanged: s.unchanged, recoded: s.recoded, closure: s.closure, secs }),
    ];
  }
  const m = s.mergers;
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return [];
    const more = items.length > SHOWN ? [t.andMore({ n: items.length - SHOWN })] : [];
    return [`  ${title} (${items.length}):`, ...items.slice(0, SHOWN).map((i) => `    ${i}`), ...more];
  };
  const coverage = t.mergerCoverage({ linked: m.linkedCommunes, old: m.oldCommunes, percent: formatNumber('vi', m.coverage * 100, 2) });
  return [
    t.mergerSummary({ file: s.file, links: m.links, partial: m.partial, secs }),
    coverage + (m.ambiguous > 0 ? t.mergerAmbiguous({ n: m.ambiguous }) : ''),
    ...list(t.orphanCommunes, m.orphanCommunes),
    ...list(t.unmatchedItems, m.unmatchedItems),
    ...list(t.missingNew, m.missingNew),
  ];
}
