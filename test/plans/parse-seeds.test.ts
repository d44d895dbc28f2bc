import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPlan } from '../../src/plans/drafts.ts';
import { parsePlan, toContract } from '../../src/plans/parse/index.ts';
import { score, SEEDS } from './parse-expected.ts';
import { hasSeeds, seedsTitle, seedText } from '../support/seeds.ts';

describe.skipIf(!hasSeeds).each(Object.entries(SEEDS))(seedsTitle('seed %s'), (id, want) => {
  let text: string;
  let plan: ReturnType<typeof parsePlan>;
  beforeAll(() => {
    text = seedText(id);
    plan = parsePlan(text);
  });

  it('reads every target with its year and value, and nothing else', () => {
    const s = score(want.targets, plan.targets);
    expect({ missing: s.missing, extra: s.extra }).toEqual({ missing: [], extra: [] });
  });

  it('reads the header: number, date, issuer, programme and basis', () => {
    expect(plan.number).toBe(want.number);
    expect(plan.date).toBe(want.date);
    expect(plan.issuer).toBe(want.issuer);
    expect(plan.programme).toBe(want.programme);
    expect(plan.basis.map((b) => b.number)).toEqual(want.basis);
    expect(plan.looksLikePlan).toBe(true);
  });

  it('reads the report deadline, reviews and commemorative days', () => {
    expect(toContract(plan).reportDeadline).toEqual(want.reportDeadline);
    expect(plan.reviews.map((r) => `${r.type} ${r.year}`)).toEqual(want.reviews);
    expect(plan.days).toEqual(want.days);
  });

  it('reads the tasks of every agency in "Tổ chức thực hiện"', () => {
    expect(new Set(plan.tasks.map((t) => t.agency)).size).toBe(want.agencies);
    expect(plan.tasks.length).toBeGreaterThanOrEqual(want.agencies);
  });

  it('points every item back at its source text', () => {
    for (const t of plan.targets) {
      const source = text.slice(t.valueSpan.start, t.valueSpan.end);
      if (!t.implied) expect(source).toMatch(/\d/);
      expect(text.slice(t.span.start, t.span.end).length).toBeGreaterThan(10);
    }
    for (const t of plan.tasks)
      expect(text.slice(t.span.start, t.span.end).replace(/\s+/g, ' ')).toContain(t.text.slice(0, 20).replace(/\s+/g, ' ').trim().slice(0, 10));
    if (plan.reportDeadline)
      expect(text.slice(plan.reportDeadline.span.start, plan.reportDeadline.span.end)).toMatch(
        new RegExp(
          `${String(plan.reportDeadline.day).padStart(2, '0')}\\s*/\\s*${plan.reportDeadline.month}|${plan.reportDeadline.day}\\s*/\\s*${plan.reportDeadline.month}`,
        ),
      );
  });
});

describe.skipIf(!hasSeeds)(seedsTitle('seed details'), () => {
  it('000: prefers 1520/QĐ-TTg over the mistyped 1502 and reads the one-off report date', () => {
    const p = parsePlan(seedText('000'));
    expect(p.basis[0]).toMatchObject({ number: '1520/QĐ-TTg', date: '2022-12-09', issuer: 'Thủ tướng Chính phủ' });
    expect(p.deadlines.find((d) => d.purpose === 'report')).toMatchObject({ day: 5, month: 10, year: 2025, recurring: false });
    expect(p.tasks.find((t) => t.agency === 'Sở Giáo dục và Đào tạo' && /Xay dyng mo hinh/.test(t.text))?.collaborators).toEqual(['Sở Văn hóa và Thể thao']);
    expect(p.budget.map((b) => b.source)).toEqual(['state_budget', 'socialisation']);
  });

  it('001 and 002: the implied 100% points at the kind named before the list', () => {
    for (const [id, words] of [
      ['001', /thu vién x3/],
      ['002', /Thư viện huyện/],
    ] as const) {
      const text = seedText(id);
      const implied = parsePlan(text).targets.filter((t) => t.implied);
      expect(implied.length).toBe(2);
      for (const t of implied) expect(text.slice(t.valueSpan.start, t.valueSpan.end)).toMatch(words);
    }
  });

  it('gives what the draft store takes (src/plans/drafts.ts ParsedPlan)', () => {
    const draft: ParsedPlan = parsePlan(seedText('002'));
    expect(draft.targets[0]!.span).toBeDefined();
  });

  it('002: the contract output has exactly the agreed fields', () => {
    const c = toContract(parsePlan(seedText('002')));
    expect(Object.keys(c)).toEqual([
      'number',
      'date',
      'issuer',
      'place',
      'title',
      'programme',
      'basis',
      'targets',
      'tasks',
      'reportDeadline',
      'days',
      'kind',
      'results',
      'warnings',
    ]);
    expect(Object.keys(c.targets[0]!)).toEqual(['text', 'indicator', 'kind', 'year', 'value', 'min', 'max', 'unit']);
    expect(c.basis).toEqual([{ number: '100/KH-UBND', date: '2023-01-13', issuer: 'Ủy ban nhân dân tỉnh Kon Tum' }]);
    expect(c.place).toBe('Đắk Hà');
    expect(c.tasks[0]).toEqual({ agency: 'Phòng Văn hóa - Thông tin huyện', text: expect.stringMatching(/^Chủ trì triển khai thực hiện/) });
  });

  it('003: reads the comma the scan lost in "05 bản/người" and says so', () => {
    const p = parsePlan(seedText('003'));
    expect(p.warnings.some((w) => /0,5/.test(w))).toBe(true);
    expect(p.tasks.filter((t) => /Tài chính/.test(t.agency))).toHaveLength(1);
  });

  it('004: the institution plan has tasks for its three teams and no numeric targets', () => {
    const p = parsePlan(seedText('004'));
    expect([...new Set(p.tasks.map((t) => t.agency))]).toEqual(['Tổ Văn hóa - Thể dục thể thao', 'Tổ Phát thanh - Truyền hình', 'Tổ Hành chính - Tổng hợp']);
    expect(p.place).toBe('Hướng Hoá');
  });
});

describe.skipIf(!hasSeeds)(seedsTitle('the same seeds, differently encoded'), () => {
  // Windows line ends, decomposed Unicode, and a blank line after every line (text out of a DOCX).
  const variants: [string, (t: string) => string][] = [
    ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
    ['NFD', (t) => t.normalize('NFD')],
    ['double-spaced', (t) => t.replace(/\n/g, '\n\n')],
  ];
  it.each(variants)('%s: every target, agency and deadline still read', (_name, change) => {
    for (const [id, want] of Object.entries(SEEDS)) {
      const text = change(seedText(id));
      const p = parsePlan(text);
      const s = score(want.targets, p.targets);
      expect({ id, missing: s.missing, extra: s.extra }).toEqual({ id, missing: [], extra: [] });
      expect(new Set(p.tasks.map((t) => t.agency)).size).toBe(want.agencies);
      expect(toContract(p).reportDeadline).toEqual(want.reportDeadline);
      for (const t of p.targets) if (!t.implied) expect(text.slice(t.valueSpan.start, t.valueSpan.end)).toMatch(/\d/);
    }
  });
});
