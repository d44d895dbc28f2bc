import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { createObject, getObject } from '../../src/museum/objects.ts';
import { updateObject } from '../../src/museum/object-edits.ts';
import { addTerm, listTerms, updateTerm } from '../../src/museum/vocabularies.ts';
import { UserError } from '../../src/core/errors.ts';

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return { status: e.status, fields: e.problems.map((x) => x.field) };
    throw e;
  }
  throw new Error('not refused');
};

describe.each(ENGINES)('museum vocabularies on %s', (engine) => {
  let store: Store;
  let museum: number;
  let staff: Principal;
  let librarian: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await createInstitution(
      store.db,
      { code: 'BT-V1', name: 'Bảo tàng Xã Mới', kind: 'museum_public', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
    staff = { userId: null, username: 'bt', displayName: 'BT', role: 'staff', unitId: null, institutionId: museum };
    librarian = { userId: null, username: 'tv', displayName: 'TV', role: 'staff', unitId: null, institutionId: net.lib };
  });
  afterAll(async () => {
    await store?.close();
  });

  it('comes seeded: the 54 ethnic groups with the statistics office’s codes and names, types, materials, periods', async () => {
    const t = await listTerms(store.db);
    expect(t.ethnic).toHaveLength(54);
    expect(t.ethnic.map((x) => x.code)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
    const byCode = new Map(t.ethnic.map((x) => [x.code, x.labelVi]));
    expect([byCode.get('01'), byCode.get('12'), byCode.get('20'), byCode.get('21'), byCode.get('52'), byCode.get('54')]).toEqual([
      'Kinh',
      'Ê-đê',
      'Mnông',
      'Ra-glai',
      'Brâu',
      'Rơ-măm',
    ]);
    expect(new Set(t.ethnic.map((x) => x.labelVi)).size).toBe(54);
    expect(t.material.map((x) => x.labelVi)).toContain('Gốm');
    expect(t.type.length).toBeGreaterThan(5);
    expect(t.period.map((x) => x.labelVi)).toContain('Nhà Nguyễn (1802–1945)');
  });

  it('an object takes a term of each vocabulary beside its free text; a term of another list or retired is refused beside its field', async () => {
    const t = await listTerms(store.db);
    const bronze = t.material.find((x) => x.labelVi === 'Đồng')!;
    const ede = t.ethnic.find((x) => x.labelVi === 'Ê-đê')!;
    const id = await createObject(
      store.db,
      { institutionId: museum, identifier: 'V-1', title: 'Chiêng', format: 'cao 40 cm', materialTerm: bronze.id, ethnicTerm: ede.id },
      null,
    );
    const o = await getObject(store.db, id);
    expect(o.terms.material?.labelEn).toBe('Bronze or copper');
    expect(o.terms.ethnic?.labelVi).toBe('Ê-đê');
    expect(o.format).toBe('cao 40 cm');
    expect(await refusal(createObject(store.db, { institutionId: museum, identifier: 'V-2', title: 'x', materialTerm: ede.id }, null))).toEqual({
      status: 422,
      fields: ['materialTerm'],
    });
    expect(await refusal(updateObject(store.db, id, { periodTerm: 999999 }, null))).toEqual({ status: 422, fields: ['periodTerm'] });
    // retired: kept by the object that has it, refused to a new one
    await updateTerm(store.db, staff, bronze.id, { labelVi: 'Đồng', labelEn: 'Bronze or copper', retired: true });
    await updateObject(store.db, id, { title: 'Chiêng đồng', materialTerm: bronze.id }, null);
    expect((await getObject(store.db, id)).terms.material?.id).toBe(bronze.id);
    expect(await refusal(createObject(store.db, { institutionId: museum, identifier: 'V-3', title: 'y', materialTerm: bronze.id }, null))).toEqual({
      status: 422,
      fields: ['materialTerm'],
    });
    expect((await listTerms(store.db)).material.some((x) => x.id === bronze.id)).toBe(false);
    await updateObject(store.db, id, { materialTerm: null }, null);
    expect((await getObject(store.db, id)).terms.material).toBeUndefined();
  });

  it('museum staff and administrators edit the lists, audited; the same name twice (without marks) is refused; others may not', async () => {
    const n = await addTerm(store.db, staff, { vocabulary: 'material', labelVi: 'Đá ong', labelEn: 'Laterite' });
    const t = await listTerms(store.db);
    expect(t.material.at(-1)).toMatchObject({ id: n, code: 'da-ong', labelVi: 'Đá ong', labelEn: 'Laterite' });
    expect(await refusal(addTerm(store.db, staff, { vocabulary: 'material', labelVi: 'da ONG', labelEn: '' }))).toEqual({ status: 409, fields: ['labelVi'] });
    expect(await refusal(addTerm(store.db, staff, { vocabulary: 'material', labelVi: '  ', labelEn: '' }))).toMatchObject({ status: 422 });
    expect(await refusal(addTerm(store.db, librarian, { vocabulary: 'material', labelVi: 'Ngọc', labelEn: '' }))).toMatchObject({ status: 403 });
    await updateTerm(store.db, staff, n, { labelVi: 'Đá ong (laterit)', labelEn: 'Laterite', retired: false });
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['action', 'old_value', 'new_value'])
      .where('entity', '=', 'museum_term')
      .where('entity_key', '=', String(n))
      .orderBy('id')
      .execute();
    expect(trail.map((x) => x.action)).toEqual(['create', 'update']);
    expect(String(trail[1]!.old_value)).toContain('Đá ong');
    expect(String(trail[1]!.new_value)).toContain('laterit');
  });
});
