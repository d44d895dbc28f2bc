import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One entry of a test zip: its bytes (deflated here), or bytes deflated already with the size they unpack to. */
export type ZipEntry = { name: string; data: Buffer; lie?: number } | { name: string; deflated: Buffer; size: number; lie?: number };

/** A zip of the given entries; `lie` replaces the unpacked size written in the headers (a bomb that hides). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = 'data' in e ? deflateRawSync(e.data) : e.deflated;
    const size = e.lie ?? ('data' in e ? e.data.length : e.size);
    const crc = 'data' in e ? crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(dir, name);
    offset += 30 + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/**
 * `mb` MiB of zeros as raw deflate, made without deflating them all: one MiB deflated and ended with a full flush
 * (which resets the compressor, so every next MiB deflates to the same bytes), repeated, then an empty final block.
 */
export function deflatedZeros(mb: number): Buffer {
  const one = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => one), Buffer.from([0x03, 0x00])]);
}

/** A workbook-looking XLSX whose one sheet unpacks to `mb` MiB (its headers saying so, or `lie` bytes). */
export function xlsxBomb(mb: number, lie?: number): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(mb), size: mb * 1024 * 1024, lie },
  ]);
}
