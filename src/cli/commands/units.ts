import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { BUILTIN_MAPS, builtinMapPath, importUnitsFile, isBuiltinMap, type ImportSummary } from '../../network/map-import.ts';
import { withPlatform } from '../context.ts';

const BUILTINS = Object.keys(BUILTIN_MAPS).join('|');
const USAGE =
  `Dùng: lifelong units import <tệp.json>… | --builtin ${BUILTINS} [--valid-from YYYY-MM-DD] [--valid-to YYYY-MM-DD] ("" = không giới hạn)`;
const USAGE_EN = `Usage: lifelong units import <file.json>… | --builtin ${BUILTINS} [--valid-from YYYY-MM-DD] [--valid-to YYYY-MM-DD]`;
const LEVELS: Record<string, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
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
  const names = unknown.join('", "');
  if (unknown.length > 0)
    throw new UserError(`Không có bản đồ kèm theo "${names}": chọn ${BUILTINS}.`, 400, [], `No built-in map "${names}": choose ${BUILTINS}.`);
  const files = [...builtins.filter(isBuiltinMap).map(builtinMapPath), ...positionals.map((f) => path.resolve(f))];
  if (action !== 'import' || files.length === 0) throw new UserError(USAGE, 400, [], USAGE_EN);
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
  const secs = `${(s.ms / 1000).toFixed(1)} s`;
  if (!s.mergers) {
    const dates = s.validTo ? `đến ${s.validTo}` : s.validFrom ? `từ ${s.validFrom}` : 'không giới hạn';
    const counts = Object.entries(s.levels).map(([level, n]) => `${n} ${LEVELS[level] ?? level}`).join(', ');
    return [
      `${s.file}: bản đồ ${s.kind === 'map-3level' ? '3 cấp' : '2 cấp'} (${dates}): ${counts}`,
      `  tạo mới ${s.created} · cập nhật ${s.updated} · không đổi ${s.unchanged} · đổi mã ${s.recoded} · ${s.closure} cặp bao hàm · ${secs}`,
    ];
  }
  const m = s.mergers;
  const list = (title: string, items: string[]) => (items.length === 0 ? [] : [`  ${title} (${items.length}):`, ...items.slice(0, SHOWN).map((i) => `    ${i}`), ...(items.length > SHOWN ? [`    … và ${items.length - SHOWN} mục khác`] : [])]);
  return [
    `${s.file}: danh sách sáp nhập — ${m.links} liên kết kế thừa (${m.partial} một phần) · ${secs}`,
    `  xã cũ có đơn vị kế thừa: ${m.linkedCommunes}/${m.oldCommunes} (${(m.coverage * 100).toFixed(2)} %)${m.ambiguous > 0 ? ` · ${m.ambiguous} tên trùng chọn theo thứ tự` : ''}`,
    ...list('xã cũ không tìm thấy đơn vị kế thừa', m.orphanCommunes),
    ...list('tên trong văn bản không khớp đơn vị cũ nào', m.unmatchedItems),
    ...list('đơn vị mới không có trong bản đồ 2 cấp', m.missingNew),
  ];
}
