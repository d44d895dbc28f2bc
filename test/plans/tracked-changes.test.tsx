import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import type { Store } from '../../src/core/db/database.ts';
import { addMissedTargets } from '../../src/plans/added-items.ts';
import { planDocument, planItems } from '../../src/plans/drafts.ts';
import { parsePlanBuffer, trackedChanges } from '../../src/plans/parse/read-file.ts';
import { ReaderNotes, readerSaid } from '../../src/plans/reader-notes.tsx';
import { readUploadedPlan } from '../../src/plans/readings.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { trackedPlan } from '../support/tracked-docx.ts';

describe('tracked changes in a Word plan', () => {
  it('counts the changes that hold text, not the marks of a changed paragraph end nor a table border', () => {
    expect(trackedChanges('<w:p><w:r><w:t>x</w:t></w:r></w:p><w:tblBorders><w:insideH w:val="single"/></w:tblBorders>')).toBeUndefined();
    expect(trackedChanges('<w:pPr><w:rPr><w:ins w:id="1" w:author="a"/></w:rPr></w:pPr>')).toBeUndefined();
    expect(
      trackedChanges(
        '<w:ins w:id="1"><w:r><w:t>a</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>b</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r/></w:moveFrom><w:moveTo w:id="4"><w:r/></w:moveTo><w:ins w:id="5">',
      ),
    ).toEqual({ inserted: 2, deleted: 1, moved: 1 });
  });

  it('reads the plan with every change accepted and says so in words', async () => {
    const { text, format, plan, revisions } = await parsePlanBuffer(await trackedPlan());
    expect(format).toBe('docx');
    expect(revisions).toEqual({ inserted: 2, deleted: 1, moved: 0 });
    expect(text).toContain('Đến năm 2025, 60% thư viện');
    expect(text).not.toContain('50%');
    expect(plan.targets.map((t) => [t.year, t.value])).toEqual([[2025, 60]]);
    expect(plan.results.map((r) => [r.year, r.value, r.unit])).toEqual([[2022, 45000, 'lượt']]);
    expect(plan.warnings).toContain(
      'Văn bản Word còn những thay đổi được theo dõi chưa chấp nhận hay từ chối (2 chỗ thêm, 1 chỗ xóa): đã đọc như thể mọi thay đổi đều được chấp nhận, chữ bị xóa không được đọc. Đối chiếu với bản cuối cùng khi duyệt.',
    );
  });

  it('says nothing of changes a Word file does not have', async () => {
    const plain = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('KẾ HOẠCH'), new Paragraph('Đến năm 2025, 60% thư viện công cộng cấp xã có tủ sách.')] }] }),
    );
    const { revisions, plan } = await parsePlanBuffer(plain);
    expect(revisions).toBeUndefined();
    expect(plan.warnings.join(' ')).not.toMatch(/thay đổi được theo dõi/);
  });
});

describe.each(ENGINES)('what the reader said, kept for the review on %s', (engine) => {
  let store: Store;
  let planId: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    const userId = await createUser(store.db, {
      role: 'official',
      unitId: net.d1,
      password: 'mot-hai-ba-bon-nam-7',
      displayName: 'Cán bộ',
      username: 'canbo.mot',
    });
    const started = await readUploadedPlan(
      store.db,
      { filename: 'ke-hoach.docx', bytes: await trackedPlan(), unitId: net.d1, institutionId: null, userId, unitTyped: '', institutionTyped: '' },
      30_000,
    );
    if (!('planId' in started)) throw new Error('the reading should be quick');
    planId = started.planId;
  });
  afterAll(() => store.close());

  it('stores the warnings and the past results with the document, and shows them above the review', async () => {
    const said = readerSaid(await planDocument(store.db, planId));
    expect(said.kind).toBe('plan');
    expect(said.warnings.join(' ')).toMatch(/2 chỗ thêm, 1 chỗ xóa/);
    expect(said.results).toEqual([{ text: 'Năm 2022, thư viện huyện đã phục vụ 45.000 lượt bạn đọc.', year: 2022, value: 45000, unit: 'lượt' }]);
    const html = String(<ReaderNotes said={said} planId={planId} csrf="t" lang="vi" />);
    expect(html).toContain('2 chỗ thêm, 1 chỗ xóa');
    expect(html).toContain('1 kết quả đã đạt được đọc riêng');
    expect(html).toContain('<strong>45.000 lượt (năm 2022)</strong>');
    expect(html).toContain(`action="/ke-hoach/${planId}/chi-tieu"`);
    expect(html).toContain('value="Năm 2022, thư viện huyện đã phục vụ 45.000 lượt bạn đọc."');
  });

  it('turns a past result into a target when the person says it is one', async () => {
    const [id] = await addMissedTargets(store.db, planId, 'Năm 2022, thư viện huyện đã phục vụ 45.000 lượt bạn đọc.', null);
    const item = (await planItems(store.db, planId)).find((i) => i.id === id)!;
    expect(item).toMatchObject({ type: 'target', status: 'pending' });
    expect(item.data).toMatchObject({ year: 2022, value: 45000, unit: 'lượt', added: true });
  });

  it('says nothing when the reader had nothing to say', () => {
    expect(String(<ReaderNotes said={{ kind: 'plan', warnings: [], results: [] }} planId={1} csrf="t" lang="vi" />)).toBe('');
  });
});
