import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFields } from '../../src/admin/audit-fields.ts';
import { auditNames, readable } from '../../src/admin/audit-values.ts';
import type { Store } from '../../src/core/db/database.ts';
import { readForm } from '../../src/library/record-form.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { auditWriters } from '../support/audit-writers.ts';
import { ENGINES, freshStore } from '../support/engines.ts';

const labelled = (key: string) => Object.hasOwn(auditFields.entries, key);

/** The keys of a catalogue record (`Bib`) as the code builds one from the form: what catalogue-edit.ts audits. */
const BIB_KEYS = Object.keys(readForm({ title: 'Tựa' }).bib!);

/**
 * The writers whose values the code does not spell out as an object literal (a row, a function's result, an input
 * object): the keys they write, named here by reading their types. A new such writer fails the first test until it is
 * listed with its keys (and those keys have words in admin/audit-fields.ts).
 */
const OPAQUE: Record<string, string[]> = {
  'src/accounts/people.ts Object.fromEntries(changed.map((k) => [k, after[k]]))': ['name', 'email', 'role', 'unit', 'institution', 'disabled'],
  'src/accounts/people.ts Object.fromEntries(changed.map((k) => [k, before[k]]))': ['name', 'email', 'role', 'unit', 'institution', 'disabled'],
  'src/accounts/users.ts (…spread)': ['email'],
  'src/culture/clubs.ts v': ['name', 'kind', 'description', 'schedule', 'institutionId'],
  'src/culture/members.ts (…spread)': ['name', 'birthYear', 'contact', 'joinedOn', 'userId', 'leftOn'],
  'src/culture/members.ts v': ['name', 'birthYear', 'contact', 'joinedOn', 'userId'],
  'src/events/events.ts e': ['title', 'kind', 'description', 'place', 'startsAt', 'endsAt', 'capacity', 'days', 'taskIds', 'institutionId'],
  'src/events/registration.ts a': ['attended', 'walkIns'],
  'src/indicators/definitions.ts d': ['code', 'nameVi', 'nameEn', 'unit', 'formula', 'numerator', 'denominator', 'factor'],
  'src/library/circulation-sql.ts n.auditValue': ['itemId', 'patronId', 'dueAt', 'desk', 'holdId'],
  'src/library/catalogue-edit.ts (…spread)': BIB_KEYS,
  'src/library/catalogue-edit.ts rec.bib': BIB_KEYS,
  'src/museum/collections.ts v': ['name', 'description'],
  'src/museum/exhibition-edits.ts (…spread)': [
    'id',
    'institution_id',
    'kind',
    'title',
    'intro',
    'opens_on',
    'closes_on',
    'published',
    'created_at',
    'items',
    'stops',
  ],
  'src/museum/exhibition-edits.ts v': ['title', 'intro', 'opensOn', 'closesOn'],
  'src/museum/vocabularies.ts v': ['vocabulary', 'labelVi', 'labelEn', 'retired'],
  'src/library/digital.ts d': ['title', 'format', 'fileName', 'language', 'year'],
  'src/library/loan-rules.ts rule': ['days', 'items', 'category'],
  'src/library/loan-rules.ts toRule(old)': ['days', 'items', 'category'],
  'src/library/record-form.ts (…spread)': ['title', 'year', 'barcodes'],
  'src/library/trips.ts s.visitors': [],
  'src/library/trips.ts visitors': [],
  'src/museum/education.ts old': ['title', 'description', 'maxStudents', 'school', 'className', 'students', 'status'],
  'src/museum/education.ts v': ['title', 'description', 'maxStudents', 'school', 'className', 'students', 'onDate'],
  'src/museum/exhibition-order.ts before': [],
  'src/museum/exhibition-order.ts order': [],
  'src/museum/exhibitions.ts v': ['title', 'intro', 'opensOn', 'closesOn', 'published'],
  'src/museum/exhibitions.ts x': ['objectId', 'caption'],
  'src/museum/object-edits.ts (…spread)': ['title', 'identifier', 'creator', 'subject', 'dateText', 'type', 'format', 'provenance', 'ethnicGroup', 'rights'],
  'src/museum/objects.ts o': [
    'collectionId',
    'identifier',
    'title',
    'creator',
    'subject',
    'description',
    'dateText',
    'type',
    'format',
    'provenance',
    'ethnicGroup',
    'rights',
  ],
  'src/museum/objects.ts v': ['objectId', 'alt', 'caption', 'width', 'height'],
  'src/network/institutions.ts inst': ['code', 'name', 'kind', 'ownership', 'address', 'contact', 'openingHours', 'latitude', 'longitude', 'unitId', 'since'],
  'src/network/institutions.ts old': ['value', 'evidence'],
  'src/network/map-import.ts (…spread)': ['code', 'name', 'fullName', 'level', 'validFrom', 'validTo'],
  'src/network/unit-writes.ts u': ['code', 'name', 'fullName', 'level', 'parentId', 'officialCode', 'validFrom', 'validTo'],
  'src/reporting/workflow.ts (…spread)': ['status', 'comment'],
  'src/socialisation/donations.ts v': [
    'donor',
    'amount',
    'kind',
    'description',
    'onDate',
    'thankPublicly',
    'recipient',
    'recipientType',
    'issuer',
    'title',
    'institutionId',
  ],
  'src/statistics/elements.ts e': ['code', 'nameVi', 'nameEn', 'sector', 'periodType'],
  'src/statistics/rules.ts ruleJson(rule)': ['id', 'name', 'left', 'operator', 'right', 'factor', 'importance', 'blocking'],
};

/** Issue 19: every field an audit writer writes is shown in words on the audit page, never as its raw key. */
describe('audit fields in words', () => {
  const writers = auditWriters('src');

  it('every key a writer spells out, and every key of the writers listed by hand, has words', () => {
    const missing = [...writers.keys].filter(([k]) => !labelled(k)).map(([k, at]) => `${k} (${[...new Set(at)].join(', ')})`);
    expect(missing).toEqual([]);
    expect([...new Set(writers.opaque)].sort()).toEqual(Object.keys(OPAQUE).sort());
    expect(
      Object.values(OPAQUE)
        .flat()
        .filter((k) => !labelled(k)),
    ).toEqual([]);
  });

  it('a plan import reads in Vietnamese and in English, not in its keys', () => {
    const v = { filename: 'kh-04.docx', number: '04/KH-UBND', targets: 12, tasks: 12 };
    expect(readable('vi', v)).toBe('Tên tệp: kh-04.docx; Số hiệu: 04/KH-UBND; Số chỉ tiêu: 12; Số nhiệm vụ: 12');
    expect(readable('en', v)).toBe('File name: kh-04.docx; Number: 04/KH-UBND; Targets: 12; Tasks: 12');
    expect(readable('vi', { status: 'returned', closedOn: '2025-06-30', ownership: 'non_public', kind: 'library_public_commune', latitude: 16.4637 })).toBe(
      'Trạng thái: Trả lại để sửa; Đóng cửa từ: 30/06/2025; Sở hữu: Ngoài công lập; Loại: Thư viện công cộng cấp xã; Vĩ độ: 16,4637',
    );
  });
});

describe.each(ENGINES.slice(0, 1))('the demo’s audit trail in words on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
  }, 180_000);
  afterAll(() => store?.close());

  it('every key of every value the demo wrote has words; codes and ids read as names', async () => {
    const rows = await store.db.selectFrom('audit_log').select(['entity', 'old_value', 'new_value']).execute();
    const keys = new Map<string, string>();
    const visit = (v: unknown, entity: string) => {
      if (Array.isArray(v)) for (const x of v) visit(x, entity);
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          keys.set(k, entity);
          visit(x, entity);
        }
    };
    for (const r of rows) for (const j of [r.old_value, r.new_value]) if (j) visit(JSON.parse(j), r.entity);
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter(([k]) => !labelled(k)).map(([k, e]) => `${k} (${e})`)).toEqual([]);

    const user = JSON.parse(
      (await store.db.selectFrom('audit_log').select('new_value').where('entity', '=', 'user').where('entity_key', '=', 'canbo.hue').executeTakeFirstOrThrow())
        .new_value!,
    );
    const known = await auditNames(store.db, [user, { institutionId: 1 }]);
    expect(readable('vi', user, undefined, known)).toBe(
      'Tên: Sở VH&TT Huế; Vai trò: Cán bộ quản lý; Đơn vị: Thành phố Huế; Cơ sở: (không có)'.replace('(không có)', readable('vi', null)),
    );
  });
});
