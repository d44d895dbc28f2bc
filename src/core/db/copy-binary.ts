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

/** Distinct texts kept encoded per column, up to this many; a column of mostly distinct texts is encoded row by row past it. */
const TEXTS_KEPT = 65_536;

/**
 * The rows as one buffer of COPY binary data. A batch repeats its texts (a period, a kind, a head shared by an
 * institution's rows): each distinct text is encoded once and its bytes copied, where encoding every row's texts was
 * most of the time (200,000 rows of nine columns: 250 → 60 ms).
 */
export function binaryCopy<R>(rows: readonly R[], columns: readonly BinaryColumn<R>[]): Buffer {
  const n = rows.length;
  // texts first, encoded (once per distinct text), so the size is known and the buffer allocated once
  const texts: (Uint8Array | string | null)[][] = [];
  let size = HEADER + 2 + n * (2 + 4 * columns.length);
  for (const [type, get] of columns) {
    if (type !== 'text') {
      size += n * (type === 'int4' ? 4 : 8);
      continue;
    }
    const kept = new Map<string, Uint8Array>();
    const column: (Uint8Array | string | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = get(rows[i]!, i);
      if (v === null) {
        column[i] = null;
        continue;
      }
      const text = String(v);
      let bytes = kept.get(text);
      if (bytes === undefined && kept.size < TEXTS_KEPT) kept.set(text, (bytes = Buffer.from(text)));
      if (bytes !== undefined) {
        column[i] = bytes;
        size += bytes.length;
      } else {
        column[i] = text;
        size += Buffer.byteLength(text);
      }
    }
    texts.push(column);
  }
  const buf = Buffer.allocUnsafe(size);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  SIGNATURE.copy(buf, 0);
  view.setInt32(SIGNATURE.length, 0);
  view.setInt32(SIGNATURE.length + 4, 0);
  let o = HEADER;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    view.setInt16(o, columns.length);
    o += 2;
    let t = 0;
    for (const [type, get] of columns) {
      if (type === 'text') {
        const v = texts[t++]![i]!;
        if (v === null) {
          view.setInt32(o, -1);
          o += 4;
        } else if (typeof v === 'string') {
          const written = buf.write(v, o + 4);
          view.setInt32(o, written);
          o += 4 + written;
        } else {
          view.setInt32(o, v.length);
          o += 4;
          // short texts byte by byte: cheaper than a call into the runtime
          if (v.length <= 32) for (let b = 0; b < v.length; b++) buf[o + b] = v[b]!;
          else buf.set(v, o);
          o += v.length;
        }
        continue;
      }
      const value = get(row, i);
      if (value === null) {
        view.setInt32(o, -1);
        o += 4;
      } else if (type === 'int4') {
        const x = Number(value);
        if ((x | 0) !== x) throw new RangeError(`not a 32-bit integer: ${value}`);
        view.setInt32(o, 4);
        view.setInt32(o + 4, x);
        o += 8;
      } else {
        view.setInt32(o, 8);
        view.setFloat64(o + 4, Number(value));
        o += 12;
      }
    }
  }
  view.setInt16(o, -1); // the trailer
  return buf.subarray(0, o + 2);
}
