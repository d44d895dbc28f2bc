import { describe, expect, it } from 'vitest';
import { operationKindWords, readable } from '../../src/admin/audit-values.ts';
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
});
