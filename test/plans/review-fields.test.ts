/**
 * The review form's fields of a basis document: its day shown dd/mm/yyyy (never the stored ISO day) and read back from
 * what the reviewer typed.
 */
import { describe, expect, it } from 'vitest';
import { decisionsFrom, ItemFields, type ReviewItem } from '../../src/plans/review-view.tsx';
import { messages } from '../../src/core/i18n/index.ts';

const basis = {
  id: 7,
  type: 'basis',
  status: 'pending',
  span_start: null,
  span_end: null,
  data: { number: '100/KH-UBND', date: '2023-01-13', issuer: 'UBND tỉnh' },
} satisfies ReviewItem;

describe("a basis document's day in the review", () => {
  it('is shown dd/mm/yyyy', () => {
    const html = String(ItemFields({ item: basis, indicators: [], t: messages('vi'), lang: 'vi' }));
    expect(html).toContain('value="13/01/2023"');
    expect(html).not.toContain('2023-01-13');
  });

  it('is read back from dd/mm/yyyy as the ISO day, and kept as typed when it is not a day', () => {
    const [typed] = decisionsFrom({ 's:7': 'accepted', 'f:7:date': '9/12/2022' }, [basis]);
    expect(typed!.data.date).toBe('2022-12-09');
    const [odd] = decisionsFrom({ 's:7': 'accepted', 'f:7:date': 'tháng 12/2022' }, [basis]);
    expect(odd!.data.date).toBe('tháng 12/2022');
    const [empty] = decisionsFrom({ 's:7': 'accepted', 'f:7:date': '' }, [basis]);
    expect(empty!.data.date).toBeNull();
  });
});
