/**
 * The guard every zip-based upload (XLSX values, DOCX plans) passes before a parser (exceljs, mammoth: both JSZip,
 * which inflates whole entries into memory) sees it: the zip's central directory is read, and the file is refused
 * when it has too many entries, declares too much unpacked data or an entry packed too tightly; then every entry is
 * inflated for real, as a stream whose output is counted and dropped, so sizes that lie cannot get past it either.
 * Inflating runs on libuv's thread pool (node:zlib streams): the event loop stays free while a large file is checked.
 */
import { promisify } from 'node:util';
import { createInflateRaw, inflateRaw } from 'node:zlib';
import { coreErrors, UserError } from './errors.ts';
import { formatBytes, formatNumber } from './i18n/format.ts';
import { coreText } from './i18n/messages.ts';

export interface ArchiveLimits {
  /** Entries (files and folders) in the zip. */
  maxEntries: number;
  /** Bytes of all entries unpacked, declared and actual. */
  maxUnpacked: number;
  /** Unpacked ÷ packed size of one entry, for entries over RATIO_FROM bytes (real office files stay under ~20). */
  maxRatio: number;
}

/** Entries smaller than this unpacked are never refused for their ratio: a tight small entry harms nobody. */
const RATIO_FROM = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  packed: number;
  size: number;
  local: number;
}

const inflate = promisify(inflateRaw);

const broken = (kind: string, detail: string) => new UserError(coreErrors.archiveBroken({ kind, detail }), 422);

/** `over`: inflating stopped at the limit, so the size is only known to be larger. */
function tooLarge(kind: string, size: number, max: number, over = false): UserError {
  return new UserError(
    coreErrors.archiveTooLarge({
      kind,
      size: over ? coreText('vi').sizeOver({ size: formatBytes('vi', size) }) : formatBytes('vi', size),
      sizeEn: over ? coreText('en').sizeOver({ size: formatBytes('en', size) }) : formatBytes('en', size),
      max: formatBytes('vi', max),
      maxEn: formatBytes('en', max),
    }),
    413,
  );
}

function tooTight(kind: string, entry: string, ratio: number, max: number): UserError {
  return new UserError(coreErrors.archiveRatio({ kind, entry, ratio: formatNumber('vi', Math.floor(ratio), 0), max }), 413);
}

/** The zip's entries as its central directory lists them; a directory that cannot be read throws. */
function centralDirectory(buf: Buffer, kind: string, limits: ArchiveLimits): Entry[] {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw broken(kind, 'no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  // ZIP64 (0xffff entries or 0xffffffff offset) only exists for archives far past any limit here
  if (count === 0xffff || p === 0xffffffff) throw tooLarge(kind, 4 * 1024 ** 3, limits.maxUnpacked, true);
  if (count > limits.maxEntries)
    throw new UserError(
      coreErrors.archiveTooManyEntries({
        kind,
        count: formatNumber('vi', count, 0),
        countEn: formatNumber('en', count, 0),
        max: formatNumber('vi', limits.maxEntries, 0),
        maxEn: formatNumber('en', limits.maxEntries, 0),
      }),
      413,
    );
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw broken(kind, 'bad zip directory');
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      packed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      name: buf.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
      local: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** How many bytes `data` inflates to, stopping (with `cap + 1`) as soon as it passes `cap`; nothing is kept. */
function inflatedSize(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        inflate.destroy();
        resolve(cap + 1);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/**
 * Checks a zip upload against the limits before it is parsed; throws a UserError (413 when too large, 422 when
 * broken) saying what is wrong, with `kind` ("XLSX", "DOCX") naming the file. Returns the entry names.
 */
export async function guardArchive(bytes: Uint8Array, kind: string, limits: ArchiveLimits): Promise<string[]> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf, kind, limits);
  let declared = 0;
  for (const e of entries) {
    if (e.packed === 0xffffffff || e.size === 0xffffffff) throw tooLarge(kind, 4 * 1024 ** 3, limits.maxUnpacked, true);
    declared += e.size;
    if (e.size >= RATIO_FROM && e.size / Math.max(1, e.packed) > limits.maxRatio) throw tooTight(kind, e.name, e.size / Math.max(1, e.packed), limits.maxRatio);
  }
  if (declared > limits.maxUnpacked) throw tooLarge(kind, declared, limits.maxUnpacked);
  // the declared sizes are the file's word: what the parser will inflate is counted for real, and bounded
  let actual = 0;
  for (const e of entries) {
    if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) throw broken(kind, `bad zip entry ${e.name}`);
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    const data = buf.subarray(start, start + e.packed);
    let size: number;
    if (e.method === 0) size = data.length;
    else if (e.method === 8) {
      const room = limits.maxUnpacked - actual;
      try {
        size = await inflatedSize(data, Math.max(room, 0));
      } catch {
        throw broken(kind, `bad compressed data in ${e.name}`);
      }
      if (size > room) throw tooLarge(kind, limits.maxUnpacked, limits.maxUnpacked, true);
    } else throw broken(kind, `unknown compression ${e.method} in ${e.name}`);
    if (size >= RATIO_FROM && size / Math.max(1, e.packed) > limits.maxRatio) throw tooTight(kind, e.name, size / Math.max(1, e.packed), limits.maxRatio);
    actual += size;
  }
  return entries.map((e) => e.name);
}

/**
 * One entry of a zip that has passed `guardArchive`, inflated (on the thread pool), or null when the zip has no entry of
 * that name: a part the parser does not show (a DOCX's tracked changes in `word/document.xml`) read beside it.
 */
export async function archiveEntry(bytes: Uint8Array, kind: string, name: string): Promise<Buffer | null> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const e = centralDirectory(buf, kind, { maxEntries: Number.POSITIVE_INFINITY, maxUnpacked: 0, maxRatio: 0 }).find((x) => x.name === name);
  if (!e) return null;
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(start, start + e.packed);
  if (e.method === 0) return Buffer.from(data);
  try {
    return await inflate(data);
  } catch {
    throw broken(kind, `bad compressed data in ${e.name}`);
  }
}
