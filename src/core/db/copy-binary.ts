/**
 * PostgreSQL's binary COPY format (the `COPY … FROM STDIN (FORMAT binary)` data) for rows of
 * three column types, written straight into one buffer: no number turned into text and parsed
 * back, no escaping: faster to build than COPY text and to parse (figures in docs/decisions.md, "Spine writes, sixth
 * pass"). (pg-copy-streams-binary encodes
 * through an object and a stream chunk per row: made for streams, not for one batch in memory.)
 * The column types must be the table's own: the binary format is not converted on the way in.
 */
export type BinaryType = 'int4' | 'float8' | 'text';

export type BinaryColumn<R> = readonly [BinaryType, (row: R, index: number) => number | string | null];

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = SIGNATURE.length + 8; // flags and header-extension length, both 0

export function binaryCopy<R>(rows: readonly R[], columns: readonly BinaryColumn<R>[]): Buffer {
  // the size first (texts measured), so the buffer is allocated once
  let size = HEADER + 2 + rows.length * (2 + 4 * columns.length);
  for (const [type, get] of columns) {
    if (type !== 'text') size += rows.length * (type === 'int4' ? 4 : 8);
    else
      for (let i = 0; i < rows.length; i++) {
        const v = get(rows[i]!, i);
        if (v !== null) size += Buffer.byteLength(String(v));
      }
  }
  const buf = Buffer.allocUnsafe(size);
  SIGNATURE.copy(buf, 0);
  buf.writeInt32BE(0, SIGNATURE.length);
  buf.writeInt32BE(0, SIGNATURE.length + 4);
  let o = HEADER;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    o = buf.writeInt16BE(columns.length, o);
    for (const [type, get] of columns) {
      const v = get(row, i);
      if (v === null) o = buf.writeInt32BE(-1, o);
      else if (type === 'int4') o = buf.writeInt32BE(Number(v), buf.writeInt32BE(4, o));
      else if (type === 'float8') o = buf.writeDoubleBE(Number(v), buf.writeInt32BE(8, o));
      else {
        const n = buf.write(String(v), o + 4);
        buf.writeInt32BE(n, o);
        o += 4 + n;
      }
    }
  }
  o = buf.writeInt16BE(-1, o); // the trailer
  return buf.subarray(0, o);
}
