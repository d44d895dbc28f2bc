import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import type { Store } from '../../src/core/db/database.ts';
import { dialectOf, type TypedColumn } from '../../src/core/db/dialect.ts';
import { selectGrouped } from '../../src/core/db/columns.ts';
import { inTransaction } from '../../src/core/db/transaction.ts';
import { ENGINES, freshStore } from '../support/engines.ts';

interface Probe {
  name: string;
  n: number | null;
  x: number | null;
}

const TYPED: TypedColumn<Probe>[] = [
  ['name', 'text', (r) => r.name],
  ['n', 'int4', (r) => r.n],
  ['x', 'float8', (r) => r.x],
];

/** The operations of the engine interface give the same results on both engines. */
describe.each(ENGINES)('the %s dialect', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    const id = dialectOf(store.db).pick({ postgres: 'serial PRIMARY KEY', sqlite: 'INTEGER PRIMARY KEY' });
    await sql`CREATE TABLE probe (id ${sql.raw(id)}, name text NOT NULL, n integer, x double precision)`.execute(store.db);
  });
  afterAll(() => store.close());

  const all = () => sql<{ id: number; name: string; n: number | null; x: number | null }>`SELECT id, name, n, x FROM probe ORDER BY id`.execute(store.db);

  it('picks its own implementation and says what it supports', () => {
    const d = dialectOf(store.db);
    expect(d.pick({ postgres: 'p', sqlite: 's' })).toBe(engine === 'postgres' ? 'p' : 's');
    expect(d.supportsDataModifyingCtes).toBe(engine === 'postgres');
    expect(d.supportsArrayParameters).toBe(engine === 'postgres');
  });

  it('inserts rows in bulk, with their new ids in order, and typed rows, and deletes rows by key', async () => {
    await sql`DELETE FROM probe`.execute(store.db);
    const ids = await inTransaction(store.db, async (trx) => {
      const d = dialectOf(trx);
      const rows = [
        ['Thư viện\txã', 1, 0.5],
        ['hai\nba', null, null],
        ['back\\slash', 3, -1e300],
      ];
      const ids = await d.insertRows(trx, 'probe', ['name', 'n', 'x'], rows, { ids: true });
      expect(await d.insertRows(trx, 'probe', ['name'], [])).toEqual([]);
      await d.insertTypedRows(trx, 'probe', TYPED, [
        { name: 'hoà 🙂', n: -2147483648, x: 5e-324 },
        { name: '', n: null, x: null },
      ]);
      return ids;
    });
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]! + 1);
    expect(ids[2]).toBe(ids[0]! + 2);
    const rows = (await all()).rows;
    expect(rows.slice(0, 3).map((r) => Number(r.id))).toEqual(ids);
    expect(rows.map(({ name, n, x }) => ({ name, n, x }))).toEqual([
      { name: 'Thư viện\txã', n: 1, x: 0.5 },
      { name: 'hai\nba', n: null, x: null },
      { name: 'back\\slash', n: 3, x: -1e300 },
      { name: 'hoà 🙂', n: -2147483648, x: 5e-324 },
      { name: '', n: null, x: null },
    ]);
    const keys = [
      ['hai\nba', 3],
      ['back\\slash', 3],
      ['hoà 🙂', -2147483648],
    ];
    await inTransaction(store.db, (trx) => dialectOf(trx).deleteRows(trx, 'probe', ['name', 'n'], keys, ['text', 'int']));
    expect((await all()).rows.map((r) => r.name)).toEqual(['Thư viện\txã', 'hai\nba', '']);
  });

  it('runs a statement once per row, and a prepared statement as often as asked', async () => {
    await sql`DELETE FROM probe`.execute(store.db);
    const d = dialectOf(store.db);
    const ph = (i: number) => (engine === 'postgres' ? `$${i}` : '?');
    const insert = CompiledQuery.raw(`INSERT INTO probe (name, n) VALUES (${ph(1)}, ${ph(2)})`);
    const r = await inTransaction(store.db, (trx) =>
      d.runForEachRow(trx, insert, [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]),
    );
    expect(Number(r.numAffectedRows)).toBe(3);
    const query = (n: number) => sql<{ name: string }>`SELECT name FROM probe WHERE n >= ${n} ORDER BY n`;
    for (let i = 0; i < 3; i++) expect((await d.executePrepared(store.db, query(2))).rows.map((r) => r.name)).toEqual(['b', 'c']);
    expect((await d.executePrepared(store.db, query(1).compile(store.db))).rows).toHaveLength(3);
    if (engine === 'postgres') {
      // the named statement lives on the connection that ran it: asked for in the same transaction
      const named = await inTransaction(store.db, async (trx) => {
        await d.executePrepared(trx, query(3));
        const text = query(3).compile(trx).sql;
        return (await sql<{ n: number }>`SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = ${text}`.execute(trx)).rows[0]!.n;
      });
      expect(Number(named)).toBe(1);
    }
  });

  it('matches one of many texts, gathers groups into JSON arrays, finds text in text and locks for update', async () => {
    await sql`DELETE FROM probe`.execute(store.db);
    const d = dialectOf(store.db);
    const names = Array.from({ length: 2500 }, (_, i) => `name-${i}`);
    await inTransaction(store.db, (trx) =>
      d.insertRows(
        trx,
        'probe',
        ['name', 'n'],
        names.map((name, i) => [name, i % 3]),
      ),
    );
    const wanted = names.filter((_, i) => i % 2 === 0);
    const conditions = d.oneOf('name', wanted);
    // one condition, one parameter, whatever the count (SQLite: a JSON array read by json_each)
    expect(conditions).toHaveLength(1);
    expect(d.oneOf('name', [])).toEqual([]);
    let found = 0;
    for (const where of conditions) found += Number((await sql<{ c: number }>`SELECT count(*) AS c FROM probe WHERE ${where}`.execute(store.db)).rows[0]!.c);
    expect(found).toBe(1250);

    // the rows' ids are consecutive from the first; n is the row's place modulo 3
    const first = Number((await all()).rows[0]!.id);
    const six = sql`SELECT n, id FROM probe WHERE id < ${first + 6} ORDER BY id`;
    const groups = await selectGrouped<{ n: number }, { id: number }>(store.db, six, ['n'], ['id']);
    const sorted = groups.map((g) => ({ n: Number(g.n), id: g.id.map(Number).sort((a, b) => a - b) })).sort((a, b) => a.n - b.n);
    expect(sorted).toEqual([0, 1, 2].map((n) => ({ n, id: [first + n, first + n + 3] })));

    const contains = await sql<{ c: number }>`SELECT count(*) AS c FROM probe WHERE ${d.textContains(sql`name`, 'e-24')}`.execute(store.db);
    expect(Number(contains.rows[0]!.c)).toBe(1 + 10 + 100); // name-24, name-24x, name-24xx

    const locked = d.forUpdate(store.db.selectFrom('events').select('id').where('id', '=', 1));
    expect(locked.compile().sql.endsWith('for update')).toBe(engine === 'postgres');
    expect(await inTransaction(store.db, (trx) => d.forUpdate(trx.selectFrom('events').select('id').where('id', '=', 1)).execute())).toEqual([]);
  });
});
