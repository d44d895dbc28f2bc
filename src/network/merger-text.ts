import { fold } from '../core/text/vietnamese.ts';

/**
 * The free Vietnamese text of the 2025 merger list ("truocsapnhap"): which old units a new
 * unit was formed from. "Xã A, Xã B và một phần diện tích TN, quy mô dân số của các phường C,
 * D, phần còn lại của Phường E (quận F) sau khi sắp xếp" — a list of units, each whole, part
 * of a unit, or the rest of a unit already split; parentheses name the district of a name
 * that occurs twice or remark that the unit is the remainder. The parser never throws.
 */
export type Mode = 'whole' | 'partial' | 'remainder';
export type ItemKind = 'commune' | 'district' | 'other';

export interface MergerItem {
  kind: ItemKind;
  /** folded type word (`xa`, `phuong`, `thi tran`, `huyen`…), null when the text gives none */
  type: string | null;
  /** the name as written, without its type word */
  name: string;
  /** folded, punctuation-free form of the name, for matching */
  key: string;
  /** folded name of the district given in parentheses, to tell apart two units of one name */
  district: string | null;
  mode: Mode;
}

const DISTRICT_TYPES = new Set(['thi xa', 'thanh pho', 'huyen', 'quan']);
const OTHER_TYPES = new Set(['thon', 'xom']);
/** The accented spelling of each type word: `Xã` is a type, `Xá` (a name) is not. */
const ACCENTED: Record<string, string> = {
  'thi tran': 'thị trấn',
  phuong: 'phường',
  xa: 'xã',
  'dac khu': 'đặc khu',
  'thi xa': 'thị xã',
  'thanh pho': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  thon: 'thôn',
  xom: 'xóm',
};
const TYPE_AT_START = /^(thi tran|thi xa|thanh pho|dac khu|phuong|huyen|quan|thon|xom|xa)\b\s*/;
/** Words between a marker and the names, lower case only ("của các"); `Cửa`, `Các Sơn` are names. */
const CONNECTORS = /^(?:của|củ|các)\s+/u;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9' };

/** Folded form of a name for matching: no marks, no punctuation, numbers without leading zeros. */
export function nameKey(text: string): string {
  return quickFold(text.replace(/(?<![\p{L}\p{N}])(I|II|III|IV|V|VI|VII|VIII|IX)(?![\p{L}\p{N}])/gu, (r) => ROMAN[r.toLowerCase()] ?? r))
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** The name with its accents but wherever the tone mark sits: "Hoà" = "Hòa", "Sa Pả" ≠ "Sa Pa". */
export const toneKey = (text: string): string =>
  text
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(TONES, '') + (w.match(TONES) ?? []).join(''))
    .join(' ');

/**
 * A looser key for spelling variants: no spaces, "nông trường" = NT, and the letters that
 * local spellings swap (y/i, x/s, tr/ch, k/c): "Ea Bia" = "EaBia", "Quí" = "Quý", "Nàn Xín" = "Nàn Sín".
 */
export const looseKey = (key: string): string =>
  key
    .replace(/\bnong truong\b/g, 'nt')
    .replace(/\bn t\b/g, 'nt')
    .replace(/y/g, 'i')
    .replace(/x/g, 's')
    .replace(/tr/g, 'ch')
    .replace(/k(?!h)/g, 'c')
    .replace(/ /g, '');

const foldedChars = new Map<string, string>();
/** Folds character by character (cached) so positions in the folded text are positions in the original. */
function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      f = /\s/.test(ch) ? ' ' : fold(ch);
      if (f.length !== ch.length) f = '?'.repeat(ch.length);
      foldedChars.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** `fold`, faster on the many short names: character by character, from a cache. */
const quickFold = (text: string): string => foldKeepingPositions(text.normalize('NFC'));

/** The type word a text starts with, checked against its accents; returns it and its length. */
function typeAt(original: string, folded: string): [string, number] | null {
  const m = TYPE_AT_START.exec(folded);
  if (!m || original.slice(0, m[1]!.length).toLowerCase() !== ACCENTED[m[1]!]) return null;
  return [m[1]!, m[0].length];
}

const AREA = String.raw`(?:\s+(?:tn|tu nhien))?(?:\s*,?\s*(?:toan b\w*\s+)?quy mo dan so)?`;
const TOKEN = new RegExp(
  [
    String.raw`(?<paren>\([^()]*\)?)`,
    String.raw`(?<part>(?:sap xep\s+)?mot phan dien tich${AREA})`,
    String.raw`(?<whole>toan b\w*\s+dien tich${AREA})`,
    String.raw`(?<rest>phan con l\w*)`,
    String.raw`(?<tail>sau khi s\w* x\w*(?:\s+theo quy dinh tai khoan \d+ dieu nay)?)`,
    String.raw`(?<sep>[,;]|\bva\b|\.(?:\s|$))`,
  ].join('|'),
  'g',
);
/** A capitalised type word inside a text: a missing comma ("Xã Yên Định  Xã Yên Định"). */
const INNER_TYPE = /\s(?=(?:Xã|Phường|Thị trấn|Thị Trấn)\s+\S)/u;

/** Parses the list of units a new unit was formed from. "giữ nguyên" gives no items (see `isUnchanged`). */
export function parseMergerText(text: string): MergerItem[] {
  const original = text.normalize('NFC');
  const folded = foldKeepingPositions(original);
  const items: MergerItem[] = [];
  let mode: Mode = 'whole';
  let listType: string | null = null;
  let prev: MergerItem | undefined;

  const takeText = (start: number, end: number): void => {
    let s = start + (/^\s*/.exec(folded.slice(start, end))?.[0].length ?? 0);
    for (let m = CONNECTORS.exec(original.slice(s, end)); m; m = CONNECTORS.exec(original.slice(s, end))) s += m[0].length;
    let type: string | null = null;
    for (
      let t = typeAt(original.slice(s, end), folded.slice(s, end));
      t && (type === null || t[0] === type);
      t = typeAt(original.slice(s, end), folded.slice(s, end))
    ) {
      type = t[0]; // "của phường Phường Tây Tựu": the type twice, but "Phường Xóm Củi" is a name
      s += t[1];
    }
    const inner = INNER_TYPE.exec(original.slice(s, end));
    if (inner && inner.index > 0) {
      takeText(start, s + inner.index);
      takeText(s + inner.index, end);
      return;
    }
    if (type) listType = type;
    const name = original.slice(s, end).trim();
    const key = nameKey(name);
    if (!key) return;
    const t = type ?? listType;
    const kind: ItemKind = t !== null && OTHER_TYPES.has(t) ? 'other' : t !== null && DISTRICT_TYPES.has(t) ? 'district' : 'commune';
    prev = { kind, type: t, name, key, district: null, mode };
    items.push(prev);
  };

  let last = 0;
  for (const m of folded.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    const g = m.groups ?? {};
    if (g.sep === 'va' && original.slice(at, at + 2) !== 'và') continue; // "Mường Và" is a name
    if (at > last) takeText(last, at);
    last = at + m[0].length;
    if (g.paren !== undefined) {
      const inner = g.paren.replace(/^\(|\)$/g, '').trim();
      if (!prev) continue;
      if (/^phan con l/.test(inner)) prev.mode = 'remainder';
      else {
        const d = /^(?:thuoc\s+)?(?:thi xa|thanh pho|tp\.?|huyen|quan)\s+(.+)$/.exec(inner);
        if (d) prev.district = nameKey(d[1]!);
      }
    } else if (g.part !== undefined) mode = 'partial';
    else if (g.whole !== undefined) mode = 'whole';
    else if (g.rest !== undefined) mode = 'remainder';
    else if (g.sep !== undefined) prev = undefined;
  }
  if (last < original.length) takeText(last, original.length);
  return items;
}

export const isUnchanged = (text: string): boolean => /^\s*giu nguyen\b/.test(quickFold(text));

/** Old provinces named in a new province's text: "tỉnh A, tỉnh B và thành phố C", "TPHCM". */
export function parseProvinceText(text: string): string[] {
  const first = fold(text).split(/\.\s/)[0] ?? '';
  return first
    .split(/[,;]|\bva\b/)
    .map((p) => p.trim().replace(/^(?:tinh|thanh pho|thu do|tp\.?)\s+/, ''))
    .map((p) => (p.replace(/[^a-z]/g, '') === 'tphcm' ? 'ho chi minh' : nameKey(p)))
    .filter((p) => p.length > 0);
}

/** The folded type word a full name starts with ("Phường Ba Đình" → `phuong`). */
export function typeOf(fullName: string | null | undefined): string | null {
  if (!fullName) return null;
  const t = typeAt(fullName.normalize('NFC'), quickFold(fullName));
  return t ? t[0] : null;
}

/** A name without its unit's type word, when it repeats it: "Phường Đúc" of "Phường Phường Đúc". */
export function bareName(name: string, fullName: string | null): string {
  const n = name.normalize('NFC');
  const t = typeAt(n, foldKeepingPositions(n));
  return t && n.length > t[1] && t[0] === typeOf(fullName) && nameKey(fullName ?? '').endsWith(nameKey(n)) && nameKey(fullName ?? '') !== nameKey(n)
    ? n.slice(t[1])
    : name;
}

/** Edit distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      next.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    row = next;
  }
  return row[b.length]!;
}

export { ACCENTED };
