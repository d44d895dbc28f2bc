import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openStore, type Store } from '../../src/core/db/database.ts';
import { rebuildClosure } from '../../src/network/closure.ts';
import { moveInstitution } from '../../src/network/institutions.ts';
import { insertUnits } from '../../src/network/unit-writes.ts';
import { codeMemoryCounts, codeTableChanged, forgetCodes } from '../../src/statistics/code-memory.ts';
import { listenForChanges } from '../../src/core/db/change-notices.ts';
import { takeValues, type Intake } from '../../src/statistics/values.ts';
import { aggregateDifferences } from '../../src/statistics/verify.ts';
import { applyValues, StaleResolution } from '../../src/statistics/write.ts';
import { writeBatchPostgres } from '../../src/statistics/write-postgres.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';

/**
 * The memory of resolved codes (PostgreSQL's small writes, statistics/code-memory.ts) is optimistic: a write resolved
 * from it is refused by its own statement when the map moved since, then resolved again. Here the map is changed by
 * another connection and no change notice is delivered (no listener runs): only the statement's check can see it.
 * SQLite resolves every write afresh: the same writes must land in the same places.
 */
describe.each(ENGINES)('the memory of codes for small writes on %s', (engine) => {
  const open = async () => {
    const server = await freshStore(engine);
    const other: Store = engine === 'postgres' ? openStore(server.url) : server;
    const net = await smallNetwork(server.db);
    // N2: a second new commune, where the commune library moves from 2025-08-01 (by the other connection)
    const moveAway = async () => {
      const [n2] = await insertUnits(other.db, [{ code: 'N2', name: 'Xã Mới Hai', level: 'commune', parentId: net.p9, validFrom: '2025-07-01' }]);
      await rebuildClosure(other.db);
      await moveInstitution(other.db, net.lib, n2!, '2025-08-01', null);
      return n2!;
    };
    const close = async () => {
      if (other !== server) await other.close();
      await server.close();
    };
    return { server, net, moveAway, close };
  };
  const intake = (canWrite: Intake['canWrite'] = () => true): Intake => ({ userId: null, canWrite, audit: 'each', source: 'api' });
  const row = (value: number, period = '2025-09', dataElement = 'LIB_VISITS', institution = 'LIB-C1') => ({ row: 1, institution, dataElement, period, value });
  const stored = async (server: Store, institutionId: number, period: string, element = 'LIB_VISITS') => {
    const r = await sql<{ value: number; unit_id: number }>`SELECT d.value, d.unit_id FROM data_values d JOIN data_elements e ON e.id = d.element_id
      WHERE d.institution_id = ${institutionId} AND e.code = ${element} AND d.period = ${period}`.execute(server.db);
    return r.rows[0] ? { value: Number(r.rows[0].value), unitId: r.rows[0].unit_id } : undefined;
  };
  const counts = () => ({ ...codeMemoryCounts });

  it('repeated writes answer from memory; after a move by another connection (no notice) a write lands in the new unit', async () => {
    forgetCodes();
    const { server, net, moveAway, close } = await open();
    try {
      const c0 = counts();
      expect((await takeValues(server.db, [row(10)], intake())).problems).toEqual([]);
      for (const v of [11, 12, 13]) expect((await takeValues(server.db, [row(v)], intake())).written).toBe(1);
      const c1 = counts();
      if (engine === 'postgres') {
        expect(c1.misses - c0.misses).toBe(1);
        expect(c1.hits - c0.hits).toBe(3);
      } else expect(c1).toEqual(c0); // SQLite asks no memory
      expect(await stored(server, net.lib, '2025-09')).toEqual({ value: 13, unitId: net.n1 });
      const n2 = await moveAway();
      const r = await takeValues(server.db, [row(14)], intake());
      expect(r.problems).toEqual([]);
      expect(await stored(server, net.lib, '2025-09')).toEqual({ value: 14, unitId: n2 });
      const c2 = counts();
      if (engine === 'postgres') {
        expect(c2.hits - c1.hits).toBe(1); // answered from the old memory…
        expect(c2.stale - c1.stale).toBe(1); // …refused by the statement, resolved again
      }
      // before the move's date the library stays in N1
      await takeValues(server.db, [row(5, '2025-07')], intake());
      expect(await stored(server, net.lib, '2025-07')).toEqual({ value: 5, unitId: net.n1 });
      expect(await aggregateDifferences(server.db)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('writes batched together, some resolved from the old memory, one afresh: all land in the new unit', async () => {
    forgetCodes();
    const { server, net, moveAway, close } = await open();
    try {
      await takeValues(server.db, [row(1)], intake());
      await takeValues(server.db, [row(1, '2025-09', 'LIB_LOANS')], intake());
      const n2 = await moveAway();
      const c1 = counts();
      const fresh = await resolveValues(server.db, [row(7, '2025-11')]);
      const results = await Promise.all([
        takeValues(server.db, [row(2)], intake()),
        takeValues(server.db, [row(3, '2025-10')], intake()),
        takeValues(server.db, [row(4, '2025-09', 'LIB_LOANS')], intake()),
        applyValues(server.db, fresh.values, { userId: null, mode: 'set', audit: 'each', source: 'api' }),
      ]);
      expect(results.map((r) => r.written)).toEqual([1, 1, 1, 1]);
      if (engine === 'postgres') expect(counts().stale - c1.stale).toBe(3);
      for (const [period, element, value] of [
        ['2025-09', 'LIB_VISITS', 2],
        ['2025-10', 'LIB_VISITS', 3],
        ['2025-09', 'LIB_LOANS', 4],
        ['2025-11', 'LIB_VISITS', 7],
      ] as const)
        expect(await stored(server, net.lib, period, element)).toEqual({ value, unitId: n2 });
      expect(await aggregateDifferences(server.db)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an official of the old unit is refused after the move; an unknown code gets its problem', async () => {
    forgetCodes();
    const { server, net, moveAway, close } = await open();
    try {
      const ofN1 = intake((_, unitId) => unitId === net.n1);
      expect((await takeValues(server.db, [row(20)], ofN1)).written).toBe(1);
      expect((await takeValues(server.db, [row(21)], ofN1)).written).toBe(1);
      await moveAway();
      const refused = await takeValues(server.db, [row(22)], ofN1);
      expect(refused.written).toBe(0);
      expect(refused.denied).toBe(1);
      expect(refused.problems.map((p) => p.field)).toEqual(['institution']);
      expect((await stored(server, net.lib, '2025-09'))?.value).toBe(21);
      // an unknown code beside a remembered one: read from the database, refused with the usual problem
      const unknown = await takeValues(server.db, [row(1), { ...row(1, '2025-10'), row: 2, institution: 'NO-SUCH' }], intake());
      expect(unknown.written).toBe(0);
      expect(unknown.problems).toHaveLength(1);
      expect(unknown.problems[0]).toMatchObject({ row: 2, field: 'institution' });
      expect(unknown.problems[0]!.said).toMatchObject({ code: 'E3001' });
      expect(await aggregateDifferences(server.db)).toEqual([]);
    } finally {
      await close();
    }
  });

  it.runIf(engine === 'postgres')('one batch statement refuses only the callers resolved at an old version, and writes the others', async () => {
    const { server, net, close } = await open();
    try {
      const version = async () => Number((await sql<{ v: string }>`SELECT v FROM map_version`.execute(server.db)).rows[0]!.v);
      const resolved = async (period: string, value: number) => (await resolveValues(server.db, [row(value, period)])).values;
      const v0 = await version();
      await insertUnits(server.db, [{ code: 'N3', name: 'Xã Mới Ba', level: 'commune', parentId: net.p9, validFrom: '2025-07-01' }]);
      const v1 = await version();
      expect(v1).toBeGreaterThan(v0); // a change of units moved it
      const ctx = { at: new Date().toISOString(), userId: null, source: 'api' };
      const callers = [
        { rows: await resolved('2025-09', 1), version: v0 },
        { rows: await resolved('2025-10', 2), version: v1 },
        { rows: await resolved('2025-11', 3) },
      ];
      const outcomes = await writeBatchPostgres(server.db, callers, 'set', 'each', ctx);
      expect(outcomes[0]).toBeInstanceOf(StaleResolution);
      expect(outcomes.slice(1)).toEqual([undefined, undefined]);
      expect(await stored(server, net.lib, '2025-09')).toBeUndefined();
      expect((await stored(server, net.lib, '2025-10'))?.value).toBe(2);
      expect((await stored(server, net.lib, '2025-11'))?.value).toBe(3);
      expect(await aggregateDifferences(server.db)).toEqual([]);
    } finally {
      await close();
    }
  });

  it.runIf(engine === 'postgres')('a change notice of the map forgets the memory; one of the values does not', async () => {
    forgetCodes();
    const { server, net, moveAway, close } = await open();
    const heard: string[] = [];
    const listener = listenForChanges(server.url, (table) => (heard.push(table), codeTableChanged(table)));
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // LISTEN in place
      await takeValues(server.db, [row(1)], intake());
      await takeValues(server.db, [row(2)], intake()); // its data_values notice forgets nothing
      const c1 = counts();
      await takeValues(server.db, [row(3)], intake());
      expect(counts().hits - c1.hits).toBe(1);
      const n2 = await moveAway();
      for (let i = 0; i < 50 && !heard.includes('institution_units'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const c2 = counts();
      await takeValues(server.db, [row(4)], intake());
      const c3 = counts();
      expect([c3.hits - c2.hits, c3.misses - c2.misses, c3.stale - c2.stale]).toEqual([0, 1, 0]); // read afresh, not refused
      expect(await stored(server, net.lib, '2025-09')).toEqual({ value: 4, unitId: n2 });
    } finally {
      await listener.close();
      await close();
    }
  });
});
