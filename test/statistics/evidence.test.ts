import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { EVIDENCE_MAX_BYTES, evidenceBytes, evidenceFilesOf, evidenceType } from '../../src/network/evidence.ts';
import { attributesOf } from '../../src/network/institutions.ts';
import { saveEntryAttributes } from '../../src/statistics/entry.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const file = (bytes: Uint8Array, name: string, type = 'application/pdf') => new File([new Uint8Array(bytes)], name, { type });

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('an evidence file is known by its first bytes', () => {
  it('PDF, JPEG, PNG; not a text file, whatever its name says', () => {
    expect([evidenceType(PDF), evidenceType(JPEG), evidenceType(PNG)]).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(evidenceType(new TextEncoder().encode('<html>%PDF-'))).toBeUndefined();
    expect(evidenceType(new Uint8Array())).toBeUndefined();
  });
});

/** Evidence of a status attribute as a file: checked, stored all or nothing, read back by whoever may read. */
describe.each(ENGINES)('evidence files of status attributes on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let staff: Principal;
  const status = async (attribute: string) => (await attributesOf(store.db, net.lib, 2024)).find((a) => a.code === attribute);
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    staff = { userId: 3, username: 'tv', displayName: 'Thủ thư', role: 'staff', unitId: null, institutionId: net.lib };
  });
  afterAll(() => store.close());

  it('a PDF stored with the status, its name and type kept, audited; a new file replaces it', async () => {
    await saveEntryAttributes(store.db, staff, 'LIB-C1', 2024, {
      'a:provides_lll': '1',
      'e:provides_lll': 'Quyết định 12/QĐ-UBND',
      'f:provides_lll': file(PDF, 'C:\\Văn bản\\quyết định 12.pdf'),
    });
    expect(await status('provides_lll')).toMatchObject({ value: 1, evidence: 'Quyết định 12/QĐ-UBND' });
    const stored = await evidenceBytes(store.db, net.lib, 'provides_lll', 2024);
    expect(stored && [stored.fileName, stored.mime, [...stored.data]]).toEqual(['quyết định 12.pdf', 'application/pdf', [...PDF]]);
    await saveEntryAttributes(store.db, staff, 'LIB-C1', 2024, {
      'a:provides_lll': '1',
      'e:provides_lll': 'Quyết định 12/QĐ-UBND',
      'f:provides_lll': file(PNG, 'anh.png', 'image/png'),
    });
    const files = await evidenceFilesOf(store.db, net.lib, 2024);
    expect([...files.values()].map((f) => [f.attribute, f.fileName, f.mime, f.size])).toEqual([['provides_lll', 'anh.png', 'image/png', PNG.length]]);
    const audit = await store.db.selectFrom('audit_log').select(['action', 'new_value']).where('entity', '=', 'attribute_evidence').orderBy('id').execute();
    expect(audit.map((a) => [a.action, JSON.parse(a.new_value!).file])).toEqual([
      ['create', 'quyết định 12.pdf'],
      ['update', 'anh.png'],
    ]);
  });

  it('refused at their fields, nothing stored (not even the good file or a status beside them): not a PDF or image, over 5 MB, empty, no status', async () => {
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(PDF);
    const r = await refusal(
      saveEntryAttributes(store.db, staff, 'LIB-C1', 2024, {
        'a:applies_it': '1',
        'f:applies_it': file(new TextEncoder().encode('not a pdf at all'), 'bao-cao.pdf'),
        'a:meets_standard': '0',
        'f:meets_standard': file(big, 'scan.pdf'),
        'a:diverse_collection': '',
        'f:diverse_collection': file(JPEG, 'anh.jpg', 'image/jpeg'),
        'a:provides_lll': '0',
        'f:provides_lll': file(new Uint8Array(), 'rong.pdf'),
      }),
    );
    expect([r.status, r.said.code]).toEqual([422, 'E2032']);
    expect(r.problems.map((p) => [p.field, p.said.code])).toEqual([
      ['f:applies_it', 'E2030'],
      ['f:meets_standard', 'E2029'],
      ['f:diverse_collection', 'E2031'],
      ['f:provides_lll', 'E2028'],
    ]);
    expect(r.problems[1]!.said.vi).toBe('Tệp "scan.pdf" nặng 5,1 MB, quá giới hạn 5 MB: hãy nén hoặc chụp lại với độ phân giải thấp hơn.');
    expect((await status('applies_it'))?.value).toBeNull();
    expect((await status('meets_standard'))?.value).toBeNull();
    expect((await status('provides_lll'))?.value).toBe(1);
    expect([...(await evidenceFilesOf(store.db, net.lib, 2024)).keys()]).toEqual(['provides_lll']);
  });

  it('a JPEG with its status is taken', async () => {
    await saveEntryAttributes(store.db, staff, 'LIB-C1', 2024, { 'a:applies_it': '1', 'f:applies_it': file(JPEG, 'bien.jpg', 'image/jpeg') });
    expect((await evidenceFilesOf(store.db, net.lib, 2024)).get('applies_it')?.mime).toBe('image/jpeg');
  });
});
