import { describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { binaryCopy, type BinaryColumn } from '../../src/core/db/copy-binary.ts';
import { inTransaction } from '../../src/core/db/transaction.ts';
import { ENGINES, freshStore } from '../support/engines.ts';

interface Row {
  id: number;
  n: number | null;
  x: number | null;
  t: string | null;
}

const COLUMNS: BinaryColumn<Row>[] = [
  ['int4', (r) => r.id],
  ['int4', (r) => r.n],
  ['float8', (r) => r.x],
  ['text', (r) => r.t],
];

const ROWS: Row[] = [
  { id: 1, n: -2147483648, x: -0.1, t: 'Thư viện xã Đồng Tâm' },
  { id: 2, n: 2147483647, x: 1e300, t: 'tab\there, line\nbreak, back\\slash, "quote"' },
  { id: 3, n: null, x: null, t: null },
  { id: 4, n: 0, x: 123456.789, t: '' },
  { id: 5, n: 7, x: 5e-324, t: 'hoà 🙂' },
];

/** The binary COPY data are the server's own format: what goes in comes back unchanged, NULLs and all. */
describe.runIf(ENGINES.includes('postgres'))('binary COPY', () => {
  it('round-trips integers, doubles, texts and NULLs through a real COPY', async () => {
    const store = await freshStore('postgres');
    try {
      const back = await inTransaction(store.db, async (trx) => {
        await sql`CREATE TEMP TABLE copied (id integer, n integer, x double precision, t text) ON COMMIT DROP`.execute(trx);
        await trx.executeQuery(CompiledQuery.raw('COPY copied (id, n, x, t) FROM STDIN (FORMAT binary)', [binaryCopy(ROWS, COLUMNS)]));
        return (await sql<Row>`SELECT id, n, x, t FROM copied ORDER BY id`.execute(trx)).rows;
      });
      expect(back).toEqual(ROWS);
    } finally {
      await store.close();
    }
  });

  it('round-trips a batch of repeated texts and of more distinct texts than it keeps encoded', async () => {
    const many: Row[] = Array.from({ length: 70_000 }, (_, i) => ({
      id: i,
      n: i % 3,
      x: i / 4,
      t: i % 2 === 0 ? `thư viện ${i}` : ['Đồng Tâm', 'hoà'][i % 4 === 1 ? 0 : 1]!,
    }));
    const store = await freshStore('postgres');
    try {
      const back = await inTransaction(store.db, async (trx) => {
        await sql`CREATE TEMP TABLE copied (id integer, n integer, x double precision, t text) ON COMMIT DROP`.execute(trx);
        await trx.executeQuery(CompiledQuery.raw('COPY copied (id, n, x, t) FROM STDIN (FORMAT binary)', [binaryCopy(many, COLUMNS)]));
        return (await sql<Row>`SELECT id, n, x, t FROM copied ORDER BY id`.execute(trx)).rows;
      });
      expect(back).toEqual(many);
    } finally {
      await store.close();
    }
  });

  it('refuses an integer outside 32 bits, or not whole, before anything is sent', () => {
    expect(() => binaryCopy([{ id: 1.5, n: null, x: null, t: null }], COLUMNS)).toThrow(RangeError);
    expect(() => binaryCopy([{ id: 2 ** 31, n: null, x: null, t: null }], COLUMNS)).toThrow(RangeError);
  });

  it('writes an empty batch as header and trailer only', () => {
    expect(binaryCopy([], COLUMNS).length).toBe(11 + 8 + 2);
  });
});
