import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { updateItem } from '../../src/library/catalogue-edit.ts';
import type { MatchLine } from '../../src/library/import-entries.ts';
import { importMarc, THREAD_FROM } from '../../src/library/marc-import.ts';
import { writeIso2709 } from '../../src/library/marc/iso2709.ts';
import type { MarcRecord } from '../../src/library/marc/record.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/** `n` records numbered from `from`, each with one copy (`prefix-i`); `copyless` of them (the last ones) name no copy. */
function records(n: number, prefix: string, opts: { from?: number; note?: string; copyless?: number } = {}): MarcRecord[] {
  const from = opts.from ?? 0;
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const copy = k < n - (opts.copyless ?? 0);
    return {
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '001', value: `${prefix}${i}` },
        { tag: '100', ind1: '1', ind2: ' ', subfields: [['a', `Lê Văn Thịnh ${i % 7}`]] },
        { tag: '245', ind1: '1', ind2: '0', subfields: [['a', `Sổ tay làng nghề ${prefix} số ${i}`]] },
        { tag: '500', ind1: ' ', ind2: ' ', subfields: [['a', opts.note ?? 'Ghi chú về nghề truyền thống và thư viện xã. '.repeat(4)]] },
        ...(copy ? [{ tag: '952', ind1: ' ', ind2: ' ', subfields: [['p', `${prefix}-${i}`] as [string, string]] }] : []),
      ],
    };
  });
}

const iso = (rs: MarcRecord[]) => Buffer.from(writeIso2709(rs));

/**
 * Issue 20, a re-import's speed: a record this library imported before, byte for byte, is known by its fingerprint
 * and neither read nor written again — and the report, the holdings and the preview say what the full reading said.
 */
describe.each(ENGINES)('a MARC re-import by fingerprint on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
  });
  afterAll(() => store?.close());

  const holdings = async () => ({
    items: await store.db.selectFrom('lib_items').select(['barcode', 'record_id', 'institution_id']).orderBy('barcode').execute(),
    records: (await store.db.selectFrom('lib_records').select(['id', 'title']).orderBy('id').execute()).length,
  });
  const remembered = async () =>
    Number(
      (
        await store.db
          .selectFrom('lib_import_fingerprints')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('institution_id', '=', net.lib)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const run = (file: Uint8Array, more: { dryRun?: boolean; lines?: MatchLine[]; onError?: 'skip' | 'reject'; libraryCode?: string } = {}) =>
    importMarc(store.db, file, { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-02-01', ...more });

  it('the same ISO 2709 file twice: holdings unchanged, every record reported unchanged, found by its fingerprint', async () => {
    const file = iso(records(6, 'FP', { copyless: 1 }));
    const first = await run(file);
    expect(first).toMatchObject({ read: 6, imported: 6, merged: 0, items: 6, unchanged: 0, rejected: [] });
    expect(await remembered()).toBe(6);
    const before = await holdings();
    // the preview shows each record's fate; found by fingerprint, the record is named (the barcode check names none)
    const lines: MatchLine[] = [];
    const preview = await run(file, { dryRun: true, lines });
    expect(preview).toMatchObject({ read: 6, imported: 0, merged: 0, items: 0, unchanged: 6, unchangedItems: 5 });
    expect(lines.map((l) => l.fate)).toEqual(Array(6).fill('unchanged'));
    expect(lines.every((l) => l.recordId !== null && l.title.startsWith('Sổ tay làng nghề FP số'))).toBe(true);
    const again = await run(file);
    expect(again).toMatchObject({ read: 6, imported: 0, merged: 0, items: 0, unchanged: 6, unchangedItems: 5, rejected: [] });
    expect(await holdings()).toEqual(before);
    expect(await remembered()).toBe(6);
    // another library's fingerprints are its own: the same file there is read (its barcodes are this library's: refused)
    const other = await run(file, { libraryCode: 'LIB-D1' });
    expect(other.rejected.map((p) => p.field)).toEqual(Array(5).fill('barcode'));
  });

  it('a changed record of the same file is read and its new copy added; the rest are skipped; then it is known too', async () => {
    const base = records(4, 'CH');
    await run(iso(base));
    const before = await holdings();
    const changed = structuredClone(base);
    changed[2]!.fields.push({ tag: '952', ind1: ' ', ind2: ' ', subfields: [['p', 'CH-2B']] });
    const rep = await run(iso(changed));
    expect(rep).toMatchObject({ read: 4, imported: 0, merged: 1, items: 1, unchanged: 3, unchangedItems: 4, rejected: [] });
    const after = await holdings();
    expect(after.records).toBe(before.records);
    const added = after.items.find((i) => i.barcode === 'CH-2B')!;
    expect(added.record_id).toBe(after.items.find((i) => i.barcode === 'CH-2')!.record_id);
    const lines: MatchLine[] = [];
    expect(await run(iso(changed), { dryRun: true, lines })).toMatchObject({ unchanged: 4, items: 0, merged: 0 });
    expect(lines.every((l) => l.recordId !== null)).toBe(true);
  });

  it('a record twice in the file is refused the second time, as on the first import; a known record whose copy the file named earlier too', async () => {
    const rs = records(3, 'TW');
    const twice = iso([...rs, rs[1]!]);
    const first = await run(twice);
    expect(first).toMatchObject({ imported: 3, rejected: [{ row: 4, field: 'barcode' }] });
    const again = await run(twice);
    expect(again).toMatchObject({ read: 4, imported: 0, merged: 0, items: 0, unchanged: 3, rejected: [{ row: 4, field: 'barcode' }] });
    // a new record naming a known record's copy, before it in the file: the known one is the second to name it
    const intruder = records(1, 'TX')[0]!;
    intruder.fields[4] = { tag: '952', ind1: ' ', ind2: ' ', subfields: [['p', 'TW-0']] };
    const mixed = await run(iso([intruder, ...rs]));
    expect(mixed).toMatchObject({ read: 4, items: 0, unchanged: 3, rejected: [{ row: 2, field: 'barcode' }] });
  });

  it('all or nothing: a changed file refused for a broken record writes neither copies nor fingerprints', async () => {
    const rs = records(3, 'AN');
    await run(iso(rs));
    const [before, fps] = [await holdings(), await remembered()];
    const grown = [...rs, ...records(2, 'AN', { from: 3 })];
    const broken = Buffer.concat([iso(grown), Buffer.from('0004xnam a2200000 a 4500\x1e\x1d')]);
    await expect(run(broken, { onError: 'reject' })).rejects.toMatchObject({ status: 422 });
    expect(await holdings()).toEqual(before);
    expect(await remembered()).toBe(fps);
  });

  it('a copy whose barcode was changed by hand: its record is read again, and the file’s copy comes back as before', async () => {
    const rs = records(2, 'BC');
    await run(iso(rs));
    const it0 = await store.db.selectFrom('lib_items').select(['id', 'record_id']).where('barcode', '=', 'BC-0').executeTakeFirstOrThrow();
    await updateItem(store.db, staffOf(net.lib), 'LIB-C1', it0.id, { barcode: 'BC-0-NEW', callNumber: '', location: '', status: '' });
    const again = await run(iso(rs));
    // as the full reading does: BC-0 is no copy of the library now, so the file adds it to the record
    expect(again).toMatchObject({ read: 2, merged: 1, items: 1, unchanged: 1 });
    const back = await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', 'BC-0').executeTakeFirstOrThrow();
    expect(back.record_id).toBe(it0.record_id);
  });

  it('MARCXML: the same file twice is found by its records’ fingerprints; holdings unchanged', async () => {
    const first = await run(vietnameseXml());
    expect(first.items).toBeGreaterThan(0);
    const before = await holdings();
    const lines: MatchLine[] = [];
    const again = await run(vietnameseXml(), { dryRun: true, lines });
    expect(again).toMatchObject({ read: first.read, imported: 0, merged: 0, items: 0, unchanged: first.read - first.rejected.length });
    expect(lines.filter((l) => l.fate === 'unchanged').every((l) => l.recordId !== null)).toBe(true);
    await run(vietnameseXml());
    expect(await holdings()).toEqual(before);
  });

  it('a large file with most records changed reads only those, on the thread, in the file’s numbering', async () => {
    const rs = records(3000, 'BIG', { note: 'Ghi chú dài về thư viện. '.repeat(20) });
    expect(iso(rs).length).toBeGreaterThan(4 * THREAD_FROM);
    await run(iso(rs.slice(0, 10)));
    const rep = await run(iso(rs));
    expect(rep).toMatchObject({ read: 3000, imported: 2990, items: 2990, unchanged: 10, rejected: [] });
    // a broken record among the changed ones is named by its number in the whole file
    const cut = Buffer.concat([iso(rs.slice(0, 2000)), Buffer.from('0004xnam a2200000 a 4500\x1e\x1d'), iso(records(1000, 'BIH'))]);
    const mixed = await run(cut);
    expect(mixed).toMatchObject({ read: 3001, imported: 1000, unchanged: 2000, rejected: [{ row: 2001 }] });
  });
});
