import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { BUILTIN_MAPS, builtinMapPath, importUnitsFile, isBuiltinMap, type ImportSummary } from '../../network/map-import.ts';
import { levelName } from '../../network/messages.ts';
import { formatDate, formatNumber } from '../../core/i18n/index.ts';
import { cliErrors, cliText } from '../messages.ts';
import { withPlatform } from '../context.ts';
import { LOCAL_ADMIN } from '../../core/auth/principal.ts';
import { applyHandover, handoverPreview } from '../../succession/handover.ts';
import { successionText } from '../../succession/messages.ts';

const BUILTINS = Object.keys(BUILTIN_MAPS).join('|');
const SHOWN = 20;

/**
 * `units import <file>…`: an administrative map (3-level or 2-level) or the merger list; each file all or nothing.
 * `--builtin 2025-06|2025-07|mergers` (repeatable, or comma-separated) names a map shipped in data/vn-units/; those come first.
 */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'handover') return handover(rest);
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

/** "name=code" pairs of --user / --institution: the successor chosen for each, where a unit was split. */
const pairs = (list: string[] | undefined): Record<string, string> =>
  Object.fromEntries((list ?? []).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]).filter(([k, v]) => k && v));

/**
 * `units handover [code…] [--user name=code] [--institution code=code] [--apply]`: what handing the ended units (all
 * with something left, without codes) over to their successors changes; with --apply, does it (one transaction, audited).
 */
async function handover(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { apply: { type: 'boolean' }, user: { type: 'string', multiple: true }, institution: { type: 'string', multiple: true } },
  });
  const which = positionals.length > 0 ? positionals : 'all';
  const t = successionText('vi');
  return withPlatform(async ({ db }) => {
    for (const h of await handoverPreview(db, LOCAL_ADMIN, which)) {
      console.log(t.cliUnit({ unit: h.unit.fullName ?? h.unit.name, code: h.unit.code, date: formatDate(h.unit.validTo) }));
      const to = (u: { code: string; name: string } | null) =>
        u ? `${u.name} (${u.code})` : t.cliChoose({ options: h.successors.map((s) => `${s.name} (${s.code})`).join(', ') || '—' });
      for (const u of h.users) console.log(t.cliUser({ username: u.username, to: to(u.to) }));
      for (const i of h.institutions) console.log(t.cliInstitution({ code: i.code, name: i.name, to: to(i.to), from: formatDate(i.from) }));
      for (const c of h.cycles) console.log(t.cliCycle({ year: c.year }));
      for (const d of h.drafts) console.log(t.cliDraft({ year: d.year }));
    }
    if (!values.apply) {
      console.log(t.cliDryRun);
      return 0;
    }
    const r = await applyHandover(db, LOCAL_ADMIN, which, { users: pairs(values.user), institutions: pairs(values.institution) });
    console.log(t.done(r));
    return 0;
  });
}
