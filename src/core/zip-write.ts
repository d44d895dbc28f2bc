/**
 * A zip writer for the files the platform makes (the XLSX exports): each entry deflated as a stream on libuv's thread
 * pool (node:zlib), its CRC-32 taken as the pieces go by (zlib.crc32), the whole kept in memory and returned as one
 * Buffer. No zip64 (an entry or the file past 4 GB is refused), no encryption; names in ASCII.
 * The reading side, with its limits, is `archive.ts`.
 */
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

/** Content given as pieces (the sheet of a large workbook, a few thousand lines at a time). */
export type ZipContent = string | Buffer | Iterable<string | Buffer>;

const LIMIT = 0xffffffff;
/** 01/01/1980 00:00 in MS-DOS form: a fixed stamp, so the same content makes the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Buffer;
  crc: number;
  size: number;
  packed: number;
  offset: number;
}

export class ZipWriter {
  private readonly parts: Buffer[] = [];
  private readonly entries: Written[] = [];
  private offset = 0;

  constructor(private readonly level = 1) {}

  /** Adds one file; `content` pieces are deflated one after another, the event loop free between them. */
  async add(name: string, content: ZipContent): Promise<void> {
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    const deflate = createDeflateRaw({ level: this.level });
    const packed: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => packed.push(chunk));
    const ended = once(deflate, 'end');
    let crc = 0;
    let size = 0;
    for (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    }
    deflate.end();
    await ended;
    const data = Buffer.concat(packed);
    if (size > LIMIT || data.length > LIMIT || this.offset + data.length > LIMIT) throw new Error(`zip: ${name} is too large for a zip without zip64`);
    const nameBytes = Buffer.from(name, 'ascii');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    this.entries.push({ name: nameBytes, crc: crc >>> 0, size, packed: data.length, offset: this.offset });
    this.parts.push(local, nameBytes, data);
    this.offset += local.length + nameBytes.length + data.length;
  }

  /** The zip: the entries, then the central directory. */
  finish(): Buffer {
    const central: Buffer[] = [];
    let centralSize = 0;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by: 2.0
      h.writeUInt16LE(20, 6); // needed: 2.0
      h.writeUInt16LE(0, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(DOS_TIME, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.packed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      // extra, comment, disk, internal attributes: 0
      h.writeUInt32LE(0, 38); // external attributes
      h.writeUInt32LE(e.offset, 42);
      central.push(h, e.name);
      centralSize += h.length + e.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.parts, ...central, end]);
  }
}
