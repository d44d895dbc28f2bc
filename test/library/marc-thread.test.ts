import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { ReadEntry } from '../../src/library/import-entries.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { marcEntries } from '../../src/library/marc-entries.ts';
import { readEntriesInThread } from '../../src/library/marc-read-thread.ts';
import { readMarcRecords } from '../../src/library/marc/read-file.ts';
import { writeIso2709 } from '../../src/library/marc/iso2709.ts';
import type { MarcRecord } from '../../src/library/marc/record.ts';
import { search } from '../../src/search/index.ts';
import { libraryNetwork, marcFixture } from './fixture.ts';

/** `n` Vietnamese records, each with a long note (so that a few thousand make a file of over a megabyte). */
function records(n: number, from = 0, prefix = 'LUONG'): MarcRecord[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '001', value: `${prefix}${i}` },
        { tag: '100', ind1: '1', ind2: ' ', subfields: [['a', `Nguyễn Thị Hoà ${i % 37}`]] },
        {
          tag: '245',
          ind1: '1',
          ind2: '0',
          subfields: [
            ['a', `Đường lên đỉnh núi số ${i} /`],
            ['c', 'Nguyễn Thị Hoà'],
          ],
        },
        { tag: '500', ind1: ' ', ind2: ' ', subfields: [['a', `Ghi chú về học tập suốt đời, thư viện xã và bảo tàng tỉnh. `.repeat(5)]] },
        {
          tag: '952',
          ind1: ' ',
          ind2: ' ',
          subfields: [
            ['p', `${prefix}-${i}`],
            ['o', `Kệ ${i % 12}`],
          ],
        },
      ],
    };
  });
}

/** A file of `n` good records with one broken record (a leader that is not a number) after the `broken`-th. */
function fileWithBroken(n: number, broken: number, prefix = 'LUONG'): Uint8Array {
  const bad = new TextEncoder().encode('0004xnam a2200000 a 4500\x1e\x1d');
  const parts = [writeIso2709(records(broken, 0, prefix)), bad, writeIso2709(records(n - broken, broken, prefix))];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function inThread(file: Uint8Array): Promise<{ entries: ReadEntry[]; notes: string[] }> {
  const notes = new Set<string>();
  const entries: ReadEntry[] = [];
  for await (const e of readEntriesInThread(file, notes)) entries.push(e);
  return { entries, notes: [...notes] };
}

function inline(file: Uint8Array): { entries: ReadEntry[]; notes: string[] } {
  const notes = new Set<string>();
  const entries = [...marcEntries(readMarcRecords(file).results, notes)];
  return { entries, notes: [...notes] };
}

describe('reading a MARC file on a second thread', () => {
  it('gives the same entries, numbers, problems and notes as reading it here', async () => {
    for (const name of ['marc.dat', 'marc8.dat', 'bad_records.mrc', 'utf8_without_leader_flag.dat', 'batch.xml']) {
      const file = marcFixture(name);
      expect(await inThread(file), name).toEqual(inline(file));
    }
    const big = fileWithBroken(6_000, 4_321);
    const here = inline(big);
    expect(here.entries).toHaveLength(6_001);
    expect(here.entries[4_321]).toMatchObject({ n: 4_322, problem: { row: 4_322 } });
    expect(await inThread(big)).toEqual(here);
  });

  it('ends the thread when the import stops reading early', async () => {
    const notes = new Set<string>();
    const read = readEntriesInThread(fileWithBroken(3_000, 10), notes);
    let n = 0;
    for await (const _e of read) if (++n === 2_600) break; // the import stops early (a refused file): the thread ends with it
    expect(n).toBe(2_600);
  });
});

describe.each(ENGINES)('a large MARC import on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await libraryNetwork(store.db);
  });
  afterAll(() => store.close());

  it('reads a file of over a megabyte on a second thread and imports it whole, skipping the broken record', async () => {
    const file = fileWithBroken(3_500, 2_000);
    expect(file.length).toBeGreaterThan(1_000_000);
    const r = await importMarc(store.db, file, { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-04-01' });
    expect(r).toMatchObject({ format: 'iso2709', read: 3_501, imported: 3_500, items: 3_500 });
    expect(r.rejected.map((p) => p.row)).toEqual([2_001]);
    const hit = await search(store.db, { q: 'duong len dinh nui so 2999' });
    expect(hit.hits[0]?.title).toBe('Đường lên đỉnh núi số 2999');
    const item = await store.db.selectFrom('lib_items').select(['location']).where('barcode', '=', 'LUONG-2999').executeTakeFirstOrThrow();
    expect(item.location).toBe('Kệ 11');
  });

  it('refuses the same file whole when asked, writing nothing', async () => {
    const before = Number(
      (
        await store.db
          .selectFrom('lib_records')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const file = fileWithBroken(3_500, 100, 'KHAC');
    const err = await importMarc(store.db, file, { libraryCode: 'LIB-D1', onError: 'reject', userId: null }).catch((e: unknown) => e);
    expect((err as { problems: { row: number }[] }).problems.map((p) => p.row)).toEqual([101]);
    expect(
      Number(
        (
          await store.db
            .selectFrom('lib_records')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(before);
  });
});
