import { describe, expect, it } from 'vitest';
import { noNames, operationKindWords, readable } from '../../src/admin/audit-values.ts';
import { clubKindName } from '../../src/culture/messages.ts';
import { eventKindName } from '../../src/events/messages.ts';
import { exhibitionKindName } from '../../src/museum/messages.ts';
import { donationKindName } from '../../src/socialisation/messages.ts';

/** Issue 19: the kinds the operations modules write read in the audit's values as those modules name them. */
describe('audit values: the operations modules’ kinds in words', () => {
  it('repeats each module’s words exactly, and every one of them', () => {
    for (const catalogue of [eventKindName, exhibitionKindName, clubKindName, donationKindName])
      for (const [code, words] of Object.entries(catalogue.entries))
        expect([code, operationKindWords.entries[code as keyof typeof operationKindWords.entries]]).toEqual([code, words]);
  });

  it('an event, a commendation, a unit and a rule read without their codes', () => {
    expect(readable('vi', { kind: 'talk', recipientType: 'collective' })).toBe('Loại: Tọa đàm, nói chuyện chuyên đề; Loại người nhận: Tập thể');
    expect(readable('vi', { level: 'province', importance: 'high' })).toBe('Cấp: Tỉnh; Mức quan trọng: Cao');
    expect(readable('en', { kind: 'money' })).toBe('Kind: Money (VND)');
  });

  it("an event's days by their names, its attendance counted, a museum object by its title, an empty list as none", () => {
    const known = noNames();
    known.eventDayByCode.set('21/4', 'Ngày Sách và Văn hóa đọc Việt Nam');
    known.objectById.set(1, 'Bình gốm men lam Huế (BTH-0001)');
    expect(readable('vi', { days: ['21/4'], taskIds: [] }, undefined, known)).toBe('Ngày kỷ niệm: Ngày Sách và Văn hóa đọc Việt Nam; Nhiệm vụ: (không có)');
    expect(readable('vi', { attended: [4, 9, 12], walkIns: 3 })).toBe('Số người dự: 3; Khách vãng lai: 3');
    expect(readable('vi', { objectId: 1, caption: 'Bình' }, undefined, known)).toBe('Hiện vật: Bình gốm men lam Huế (BTH-0001); Chú thích: Bình');
    expect(readable('vi', { days: 14 })).toBe('Số ngày: 14');
  });
});
