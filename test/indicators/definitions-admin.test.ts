import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { listIndicators, type Indicator } from '../../src/indicators/catalogue.ts';
import { constantZero, defineIndicator, redefineIndicator, retireIndicator } from '../../src/indicators/definitions.ts';
import { dashboardFor } from '../../src/indicators/evaluate.ts';
import { data, minus, plus } from '../../src/indicators/formula.ts';
import { changeElement, createElement, retireElement } from '../../src/statistics/element-admin.ts';
import { elementsForSector } from '../../src/statistics/entry.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { givenValues } from '../support/values.ts';
import { ADMIN, auditTrail } from '../support/people.ts';
import { refusedFields } from '../support/refusal.ts';

const official: Principal = { ...ADMIN, username: 'o', role: 'official', unitId: 1 };

const perVisit = (code: string, denominator = [plus({ type: 'count', kinds: ['library_public_commune'] })]): Indicator => ({
  code,
  nameVi: 'Lượt bình quân mỗi thư viện xã',
  nameEn: 'Visits per commune library',
  unit: 'lượt',
  formula: { numerator: [plus(data('LIB_VISITS'))], denominator, factor: 1 },
});

describe.each(ENGINES)('defining indicators and data elements from the administration on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const audits = (key: string) => auditTrail(store.db, key);
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    await givenValues(store.db, [
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2026-01', value: 280 },
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2026-02', value: 320 },
    ]);
  });
  afterAll(() => store?.close());

  it('knows a denominator that is zero whatever the data', () => {
    expect(constantZero([])).toBe(true);
    expect(constantZero([plus(data('LIB_VISITS')), minus(data('LIB_VISITS'))])).toBe(true);
    expect(constantZero([plus(data('LIB_VISITS')), minus(data('LIB_VISITS', undefined, -1))])).toBe(false);
    expect(constantZero([plus({ type: 'population', field: 'total' })])).toBe(false);
  });

  it('refuses a formula naming an element that does not exist, and one dividing by a constant zero, storing nothing', async () => {
    const unknown = perVisit('VISITS_UNKNOWN');
    unknown.formula.numerator = [plus(data('NO_SUCH_ELEMENT'))];
    expect(await refusedFields(defineIndicator(store.db, ADMIN, unknown))).toEqual({ status: 422, fields: { 'numerator-0': 'E3503' } });
    const zero = perVisit('VISITS_ZERO', [plus(data('LIB_VISITS')), minus(data('LIB_VISITS'))]);
    expect(await refusedFields(defineIndicator(store.db, ADMIN, zero))).toEqual({ status: 422, fields: { denominator: 'E3510' } });
    expect(await refusedFields(defineIndicator(store.db, ADMIN, { ...perVisit('VISITS_F'), formula: { ...perVisit('x').formula, factor: 0 } }))).toEqual({
      status: 422,
      fields: { factor: 'E3512' },
    });
    expect(await refusedFields(defineIndicator(store.db, official, perVisit('VISITS_OFF')))).toMatchObject({ status: 403 });
    const codes = (await listIndicators(store.db)).map((i) => i.code);
    expect(codes.filter((c) => c.startsWith('VISITS_'))).toEqual([]);
  });

  it('defines an indicator that is then on every dashboard, redefines it and retires it from a year, audited each time', async () => {
    await defineIndicator(store.db, ADMIN, perVisit('VISITS_PER_LIB'));
    const row = async (year: number) => (await dashboardFor(store.db, { id: net.n1, code: 'N1' }, year)).find((r) => r.indicator === 'VISITS_PER_LIB');
    expect((await row(2026))?.value).toBe(600);
    await redefineIndicator(store.db, ADMIN, 'VISITS_PER_LIB', {
      ...perVisit('VISITS_PER_LIB'),
      unit: 'lượt/thư viện',
      formula: { ...perVisit('x').formula, factor: 2 },
    });
    expect((await row(2026))?.value).toBe(1200);
    await retireIndicator(store.db, ADMIN, 'VISITS_PER_LIB', '2027-01-01');
    // off the dashboards from its retiring year, its years before still read
    expect(await row(2027)).toBeUndefined();
    expect((await row(2026))?.value).toBe(1200);
    expect(await refusedFields(retireIndicator(store.db, ADMIN, 'VISITS_PER_LIB', '2028-01-01'))).toEqual({ status: 422, fields: { retiredOn: 'E3518' } });
    const a = await audits('VISITS_PER_LIB');
    expect(a.map((x) => x.entity)).toEqual(['indicator', 'indicator', 'indicator']);
    expect(a[1]).toMatchObject({ old: { unit: 'lượt', formula: { factor: 1 } }, new: { unit: 'lượt/thư viện', formula: { factor: 2 } } });
    expect(a[2]).toMatchObject({ old: { retiredOn: null }, new: { retiredOn: '2027-01-01' } });
  });

  it('adds, changes and retires a data element; refuses a changed period type once it has values; a retired one is no longer asked for', async () => {
    expect(
      await refusedFields(createElement(store.db, ADMIN, { code: 'lib x', nameVi: 'X', nameEn: 'Storytelling', sector: 'nowhere', periodType: 'month' })),
    ).toEqual({
      status: 422,
      fields: { code: 'E3161', nameVi: 'E3162', sector: 'E3163' },
    });
    await createElement(store.db, ADMIN, {
      code: 'LIB_STORYTELLING',
      nameVi: 'Buổi kể chuyện',
      nameEn: 'Storytelling sessions',
      sector: 'library',
      periodType: 'month',
    });
    expect((await elementsForSector(store.db, 'library')).map((e) => e.code)).toContain('LIB_STORYTELLING');
    await changeElement(store.db, ADMIN, 'LIB_STORYTELLING', {
      nameVi: 'Buổi kể chuyện cho thiếu nhi',
      nameEn: 'Storytelling',
      sector: 'common',
      periodType: 'year',
    });
    expect(
      await refusedFields(changeElement(store.db, ADMIN, 'LIB_VISITS', { nameVi: 'Lượt', nameEn: 'Visits', sector: 'library', periodType: 'year' })),
    ).toEqual({
      status: 422,
      fields: { periodType: 'E3165' },
    });
    await retireElement(store.db, ADMIN, 'LIB_STORYTELLING', '2026-01-01');
    expect((await elementsForSector(store.db, 'museum')).map((e) => e.code)).not.toContain('LIB_STORYTELLING');
    // a new indicator may not read a retired element
    const retired = perVisit('STORIES');
    retired.formula.numerator = [plus(data('LIB_STORYTELLING'))];
    expect(await refusedFields(defineIndicator(store.db, ADMIN, retired))).toEqual({ status: 422, fields: { 'numerator-0': 'E3511' } });
    expect((await audits('LIB_STORYTELLING')).map((x) => [x.entity, x.new])).toEqual([
      ['data_element', { code: 'LIB_STORYTELLING', name_vi: 'Buổi kể chuyện', name_en: 'Storytelling sessions', sector: 'library', period_type: 'month' }],
      ['data_element', { name_vi: 'Buổi kể chuyện cho thiếu nhi', name_en: 'Storytelling', sector: 'common', period_type: 'year' }],
      ['data_element', { retiredOn: '2026-01-01' }],
    ]);
  });
});
