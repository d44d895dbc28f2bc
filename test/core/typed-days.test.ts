import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { dayProblem, typedDay, typedDays } from '../../src/core/web/typed-days.ts';

const said = (field: string, typed: string, rule = {}) => dayProblem(field, typed, rule)?.said.vi;

describe('typed days at the route boundary', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd as ISO days, an empty optional day as none', () => {
    expect(typedDays({ from: '2/3/2026', to: '2026-04-01', none: '' }, { from: {}, to: {}, none: {} })).toEqual({
      from: '2026-03-02',
      to: '2026-04-01',
      none: undefined,
    });
    expect(typedDay('day', '31.12.2025')).toBe('2025-12-31');
  });

  it('says what is wrong with each day beside its field, in words, with no ISO date', () => {
    expect(said('day', '31/02/2026')).toBe('Ngày 31/02/2026 không có trên lịch');
    expect(said('day', 'hôm qua')).toMatch(/^Gõ ngày\/tháng\/năm, ví dụ \d{2}\/\d{2}\/\d{4}$/);
    expect(said('day', '', { required: true })).toBe('Không được để trống');
    expect(said('day', '02/03/2026', { max: '2026-03-01' })).toBe('Không được sau ngày 01/03/2026');
    expect(said('day', '02/03/2026', { min: '2026-03-03' })).toBe('Không được trước ngày 03/03/2026');
    expect(said('day', '02/03/2026', { min: '2026-03-02', max: '2026-03-02' })).toBeUndefined();
  });

  it('refuses the form with a 422 whose problems sit at their fields', () => {
    let refused: unknown;
    try {
      typedDays({ opensOn: '30/02/2026', closesOn: 'x' }, { opensOn: { required: true }, closesOn: {} });
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).status).toBe(422);
    expect((refused as UserError).problems.map((p) => p.field)).toEqual(['opensOn', 'closesOn']);
  });
});
