import { decodeMarc8, Marc8Error } from './marc8.ts';
import type { Said } from '../../core/errors.ts';
import { libraryErrors as E } from '../errors.ts';
import { isControl, type MarcField, type MarcProblem, type MarcRecord } from './record.ts';

const RT = 0x1d; // record terminator
const FT = 0x1e; // field terminator
const SF = 0x1f; // subfield delimiter
const utf8 = new TextDecoder('utf-8', { fatal: true });
const ascii = new TextDecoder('latin1');

export type ReadResult = { ok: true; record: MarcRecord; note?: string } | { ok: false; problem: MarcProblem };

/** A record that breaks the format; what it says once its number in the file is known. */
class Broken extends Error {
  constructor(readonly said: (n: number) => Said) {
    super('broken MARC record');
  }
}

const digits = (b: Uint8Array, from: number, to: number): number | null => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
};

type Decode = (bytes: Uint8Array) => string;

/** Which decoder a record's text needs: the leader's flag, corrected when a "MARC-8" record is really UTF-8. */
function decoderFor(raw: Uint8Array, leader9: string): { decode: Decode; note?: string } {
  if (leader9 === 'a') {
    return {
      decode: (b) => {
        try {
          return utf8.decode(b).normalize('NFC');
        } catch {
          throw new Broken((n) => E.marcNotUtf8({ n }));
        }
      },
    };
  }
  if (raw.every((b) => b < 0x80)) return { decode: (b) => ascii.decode(b) };
  if (!raw.includes(0x1b)) {
    try {
      utf8.decode(raw);
      return { decode: (b) => utf8.decode(b).normalize('NFC'), note: 'UTF-8 text although the leader says MARC-8' };
    } catch {
      /* MARC-8 after all */
    }
  }
  return {
    decode: (b) => {
      try {
        return decodeMarc8(b);
      } catch (e) {
        if (e instanceof Marc8Error) throw new Broken((n) => E.marcBadMarc8({ n, detail: e.message }));
        throw e;
      }
    },
  };
}

const alnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** A field's place in the data area, as the directory gives it (checked against the record's bytes). */
interface Entry {
  tag: string;
  from: number;
  to: number;
}

/** The directory's entries, each checked: a well-formed tag, a number length and start, a field inside the record ending in a field terminator. */
function directory(raw: Uint8Array, base: number): Entry[] {
  const entries: Entry[] = [];
  for (let at = 24; at < base - 1; at += 12) {
    const len = digits(raw, at + 3, at + 7);
    const start = digits(raw, at + 7, at + 12);
    if (!alnum(raw[at]!) || !alnum(raw[at + 1]!) || !alnum(raw[at + 2]!) || len === null || start === null)
      throw new Broken((n) => E.marcBadDirectoryEntry({ n, entry: (at - 24) / 12 + 1 }));
    const tag = String.fromCharCode(raw[at]!, raw[at + 1]!, raw[at + 2]!);
    const from = base + start;
    const to = from + len;
    if (len < 1 || to > raw.length || raw[to - 1] !== FT) throw new Broken((n) => E.marcFieldOutside({ n, tag }));
    entries.push({ tag, from, to });
  }
  return entries;
}

/** 001–009: control fields, one value and no indicators or subfields. */
const isControlTag = (tag: string) => tag < '010' && /^\d{3}$/.test(tag);

/**
 * The usual record — UTF-8, its fields one after another in directory order, no stray terminators — is decoded
 * in one piece and split at its terminators (one decoder call instead of one per subfield). Null when the record
 * is not like that; it is then read field by field.
 */
function readWhole(raw: Uint8Array, base: number, entries: Entry[]): MarcField[] | null {
  let next = base;
  for (const e of entries) {
    if (e.from !== next) return null;
    next = e.to;
  }
  if (next !== raw.length) return null;
  let text: string;
  try {
    text = utf8.decode(raw.subarray(base));
  } catch {
    return null; // the field-by-field reading names the problem
  }
  const fields: MarcField[] = [];
  let at = 0;
  for (const { tag } of entries) {
    const end = text.indexOf('\x1e', at);
    if (end < 0) return null;
    const body = text.slice(at, end);
    at = end + 1;
    if (isControlTag(tag)) {
      fields.push({ tag, value: body.normalize('NFC') });
      continue;
    }
    // indicators and subfield codes are single bytes: anything else is left to the field-by-field reading's checks
    if (body.charCodeAt(0) >= 0x80 || body.charCodeAt(1) >= 0x80) return null;
    const subfields: [string, string][] = [];
    const first = body.indexOf('\x1f', 2);
    if (first >= 0) {
      const parts = body.slice(first + 1).split('\x1f');
      for (const p of parts) {
        if (p.length === 0) continue;
        if (p.charCodeAt(0) >= 0x80) return null;
        subfields.push([p[0]!, p.slice(1).normalize('NFC')]);
      }
    }
    fields.push({ tag, ind1: body[0] ?? ' ', ind2: body[1] ?? ' ', subfields });
  }
  return at === text.length ? fields : null;
}

/** Reads one record's bytes (without its terminator), checking every length and position the leader and directory give. */
function readOne(raw: Uint8Array, terminated: boolean): { record: MarcRecord; note?: string } {
  if (!terminated) throw new Broken((n) => E.marcTruncated({ n }));
  if (raw.length < 25) throw new Broken((n) => E.marcTooShort({ n }));
  const length = digits(raw, 0, 5);
  if (length === null) throw new Broken((n) => E.marcLengthNotNumber({ n }));
  if (length !== raw.length + 1) throw new Broken((n) => E.marcLengthDiffers({ n, declared: length, actual: raw.length + 1 }));
  if (raw[10] !== 0x32 || raw[11] !== 0x32) throw new Broken((n) => E.marcBadLeader({ n }));
  const base = digits(raw, 12, 17);
  if (base === null || base < 25 || base > raw.length || raw[base - 1] !== FT || (base - 25) % 12 !== 0) throw new Broken((n) => E.marcBadBase({ n }));
  const leader = ascii.decode(raw.subarray(0, 24));
  const entries = directory(raw, base);
  if (entries.length === 0) throw new Broken((n) => E.marcNoFields({ n }));
  const whole = leader[9] === 'a' ? readWhole(raw, base, entries) : null;
  if (whole) return { record: { leader, fields: whole } };
  const { decode, note } = decoderFor(raw.subarray(base), leader[9]!);
  const fields: MarcField[] = [];
  for (const { tag, from, to } of entries) {
    const body = raw.subarray(from, to - 1);
    if (isControlTag(tag)) {
      fields.push({ tag, value: decode(body) });
      continue;
    }
    const ind1 = body.length > 0 ? String.fromCharCode(body[0]!) : ' ';
    const ind2 = body.length > 1 ? String.fromCharCode(body[1]!) : ' ';
    const subfields: [string, string][] = [];
    let i = 2;
    while (i < body.length && body[i] !== SF) i++;
    while (i < body.length) {
      let j = i + 1;
      while (j < body.length && body[j] !== SF) j++;
      if (j > i + 1) subfields.push([String.fromCharCode(body[i + 1]!), decode(body.subarray(i + 2, j))]);
      i = j;
    }
    fields.push({ tag, ind1, ind2, subfields });
  }
  return { record: { leader, fields }, note };
}

/**
 * Where each record of an ISO 2709 file lies, without reading it: `[start, end)` pairs, `end` at the record's
 * terminator (or the file's end when the last record has none). Line breaks and spaces some systems put between
 * records are skipped, as the reading does: the n-th pair is the file's record n.
 */
export function iso2709Spans(file: Uint8Array): Float64Array {
  const spans: number[] = [];
  let start = 0;
  while (start < file.length) {
    // skip line breaks and spaces some systems put between records
    while (start < file.length && (file[start] === 0x0a || file[start] === 0x0d || file[start] === 0x20 || file[start] === 0x1a)) start++;
    if (start >= file.length) break;
    let end = file.indexOf(RT, start);
    if (end === -1) end = file.length;
    spans.push(start, end);
    start = end + 1;
  }
  return Float64Array.from(spans);
}

/** Whether the record ending at `end` (its span's end) has its terminator. */
export const iso2709Terminated = (file: Uint8Array, end: number): boolean => file[end] === RT;

/** Reads the record of the file lying at `[start, end)` (a span of {@link iso2709Spans}), the file's record `n`. */
export function readIso2709Record(file: Uint8Array, start: number, end: number, n: number): ReadResult {
  try {
    const { record, note } = readOne(file.subarray(start, end), iso2709Terminated(file, end));
    return { ok: true, record, note };
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    return { ok: false, problem: { record: n, said: e.said(n) } };
  }
}

/** Reads every record of an ISO 2709 file; a broken record becomes a problem with its number, the rest are read on. */
export function* readIso2709(file: Uint8Array): Generator<ReadResult> {
  const spans = iso2709Spans(file);
  for (let i = 0; i < spans.length; i += 2) yield readIso2709Record(file, spans[i]!, spans[i + 1]!, i / 2 + 1);
}

const enc = new TextEncoder();

/** Writes records as ISO 2709 in UTF-8 (leader/09 = a). */
export function writeIso2709(records: MarcRecord[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const bodies = r.fields.map((f) =>
      enc.encode(isControl(f) ? `${f.value}\x1e` : `${f.ind1}${f.ind2}${f.subfields.map(([c, v]) => `\x1f${c}${v}`).join('')}\x1e`),
    );
    let dir = '';
    let pos = 0;
    r.fields.forEach((f, i) => {
      dir += f.tag + String(bodies[i]!.length).padStart(4, '0') + String(pos).padStart(5, '0');
      pos += bodies[i]!.length;
    });
    const base = 24 + dir.length + 1;
    const length = base + pos + 1;
    const leader =
      String(length).padStart(5, '0') +
      r.leader.slice(5, 9).padEnd(4, ' ') +
      'a22' +
      String(base).padStart(5, '0') +
      (r.leader.slice(17, 24) || '   4500').padEnd(7, ' ');
    parts.push(enc.encode(leader + dir + '\x1e'), ...bodies, Uint8Array.of(RT));
  }
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
