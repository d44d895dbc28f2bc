import { decodeMarc8, Marc8Error } from './marc8.ts';
import { isControl, type MarcField, type MarcProblem, type MarcRecord } from './record.ts';

const RT = 0x1d; // record terminator
const FT = 0x1e; // field terminator
const SF = 0x1f; // subfield delimiter
const utf8 = new TextDecoder('utf-8', { fatal: true });
const ascii = new TextDecoder('latin1');

export type ReadResult = { ok: true; record: MarcRecord; note?: string } | { ok: false; problem: MarcProblem };

class Broken extends Error {
  constructor(readonly vi: string, readonly en: string) {
    super(en);
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
          throw new Broken('văn bản không phải UTF-8 hợp lệ dù đầu biểu ghi (leader/09 = a) khai báo UTF-8', 'text is not valid UTF-8 although the leader (09 = a) says UTF-8');
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
        if (e instanceof Marc8Error) throw new Broken(`mã MARC-8 không đọc được (${e.message})`, `unreadable MARC-8 (${e.message})`);
        throw e;
      }
    },
  };
}

/** Reads one record's bytes (without its terminator), checking every length and position the leader and directory give. */
function readOne(raw: Uint8Array, terminated: boolean): { record: MarcRecord; note?: string } {
  if (!terminated) throw new Broken('biểu ghi bị cắt cụt (thiếu ký tự kết thúc biểu ghi)', 'record is truncated (no record terminator)');
  if (raw.length < 25) throw new Broken('biểu ghi quá ngắn', 'record is too short');
  const length = digits(raw, 0, 5);
  if (length === null) throw new Broken('độ dài biểu ghi trong đầu biểu ghi không phải là số', 'record length in the leader is not a number');
  if (length !== raw.length + 1) throw new Broken(`độ dài khai báo ${length} khác độ dài thực ${raw.length + 1}`, `declared length ${length} differs from the actual ${raw.length + 1}`);
  if (raw[10] !== 0x32 || raw[11] !== 0x32) throw new Broken('đầu biểu ghi sai (số chỉ thị, độ dài mã trường con phải là 2)', 'bad leader (indicator count and subfield code length must be 2)');
  const base = digits(raw, 12, 17);
  if (base === null || base < 25 || base > raw.length || raw[base - 1] !== FT || (base - 25) % 12 !== 0)
    throw new Broken('địa chỉ bắt đầu dữ liệu hoặc danh mục trường sai', 'bad base address of data or directory');
  const leader = ascii.decode(raw.subarray(0, 24));
  const { decode, note } = decoderFor(raw.subarray(base), leader[9]!);
  const fields: MarcField[] = [];
  for (let at = 24; at < base - 1; at += 12) {
    const tag = ascii.decode(raw.subarray(at, at + 3));
    const len = digits(raw, at + 3, at + 7);
    const start = digits(raw, at + 7, at + 12);
    if (!/^[0-9A-Za-z]{3}$/.test(tag) || len === null || start === null) throw new Broken(`mục danh mục thứ ${(at - 24) / 12 + 1} sai`, `directory entry ${(at - 24) / 12 + 1} is malformed`);
    const from = base + start;
    const to = from + len;
    if (len < 1 || to > raw.length || raw[to - 1] !== FT) throw new Broken(`trường ${tag} vượt ra ngoài biểu ghi hoặc không kết thúc đúng`, `field ${tag} runs outside the record or is not terminated`);
    const body = raw.subarray(from, to - 1);
    if (tag < '010' && /^\d+$/.test(tag)) {
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
  if (fields.length === 0) throw new Broken('biểu ghi không có trường nào', 'record has no fields');
  return { record: { leader, fields }, note };
}

/** Reads every record of an ISO 2709 file; a broken record becomes a problem with its number, the rest are read on. */
export function* readIso2709(file: Uint8Array): Generator<ReadResult> {
  let start = 0;
  let n = 0;
  while (start < file.length) {
    // skip line breaks and spaces some systems put between records
    while (start < file.length && (file[start] === 0x0a || file[start] === 0x0d || file[start] === 0x20 || file[start] === 0x1a)) start++;
    if (start >= file.length) break;
    let end = file.indexOf(RT, start);
    const terminated = end !== -1;
    if (!terminated) end = file.length;
    n += 1;
    try {
      const { record, note } = readOne(file.subarray(start, end), terminated);
      yield { ok: true, record, note };
    } catch (e) {
      if (!(e instanceof Broken)) throw e;
      yield { ok: false, problem: { record: n, message: `Biểu ghi số ${n}: ${e.vi}.`, messageEn: `Record ${n}: ${e.en}.` } };
    }
    start = end + 1;
  }
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
    const leader = String(length).padStart(5, '0') + r.leader.slice(5, 9).padEnd(4, ' ') + 'a22' + String(base).padStart(5, '0') + (r.leader.slice(17, 24) || '   4500').padEnd(7, ' ');
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
