import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { dashboardFor, indicatorMatrix } from '../../src/indicators/evaluate.ts';
import { reportersTo } from '../../src/reporting/expected.ts';
import { findReport, narrativeFromChildren, openReport, saveNarrative } from '../../src/reporting/reports.ts';
import { approveReport, submitReport } from '../../src/reporting/workflow.ts';
import { exportReport } from '../../src/reporting/exports.ts';
import { buildContent } from '../../src/reporting/content.ts';
import { emptyNarrative } from '../../src/reporting/narrative.ts';
import { documentMeta, fullReport } from '../../src/reporting/document.ts';
import { reportDocx } from '../../src/reporting/export-docx.ts';
import type { Report } from '../../src/reporting/reports.ts';
import { principal, unit, valuesEnteredOn } from './helpers.ts';

/** The DOCX's paragraphs as text, one a line (table cells are paragraphs too). */
async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
}
/** The report as the DOCX export writes it, with some of its fields changed. */
const docxOf = async (db: Store['db'], r: Report) => docxText(await reportDocx(await fullReport(db, r)));

const hasLibreOffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].some(existsSync) && existsSync('/usr/bin/pdftotext');
const soffice = existsSync('/usr/bin/soffice') ? 'soffice' : 'libreoffice';
if (!hasLibreOffice)
  console.warn('Skipping the PDF checks of the report DOCX: soffice (libreoffice-writer-nogui) or pdftotext (poppler-utils) is not installed.');

describe.each(ENGINES)('report content and files on %s', (engine) => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
    await valuesEnteredOn(store.db);
    dir = mkdtempSync(join(tmpdir(), 'lifelong-report-'));
    // two Kon Tum districts report to the province and are approved, each with its own narrative
    const db = store.db;
    const province = await unit(db, '62');
    const admin = await principal(db, 'admin');
    const kontum = await principal(db, 'canbo.kontum');
    for (const [i, d] of (await reportersTo(db, province.id, 2024)).entries()) {
      const r = await openReport(db, d, 2024, null);
      await saveNarrative(
        db,
        r,
        {
          ...emptyNarrative(),
          libraries: `Huyện ${d.name} tổ chức ${i + 3} cuộc trưng bày sách.`,
          difficulties: `Thiếu kinh phí ở ${d.name}.`,
          budgetState: 100 + i,
          budgetSocial: 10,
        },
        null,
        null,
      );
      await submitReport(db, (await findReport(db, d.id, 2024))!, admin, '2024-12-01T00:00:00.000Z');
      await approveReport(db, (await findReport(db, d.id, 2024))!, kontum);
    }
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('pre-fills the parent report from its approved children: numbers via the indicators, each narrative listed', async () => {
    const db = store.db;
    const province = await unit(db, '62');
    const kids = await reportersTo(db, province.id, 2024);
    expect(kids.length).toBeGreaterThan(1);
    const r = await openReport(db, province, 2024, null);
    for (const k of kids) {
      expect(r.narrative.libraries).toContain(`- ${k.name}: Huyện ${k.name} tổ chức`);
      expect(r.narrative.difficulties).toContain(`Thiếu kinh phí ở ${k.name}.`);
    }
    expect(r.narrative.budgetState).toBe(kids.reduce((a, _k, i) => a + 100 + i, 0));
    const content = await buildContent(db, r);
    const dash = new Map((await dashboardFor(db, province, 2024)).map((d) => [d.indicator, d]));
    expect(content.lines.length).toBeGreaterThan(5);
    for (const l of content.lines) expect(l.result).toBe(dash.get(l.indicator)!.value);
    expect(content.children.lines.map((c) => c.status)).toEqual(kids.map(() => 'approved'));
    expect(content.childNarratives.map((c) => c.unit.code)).toEqual(kids.map((k) => k.code));
  });

  it('writes an XLSX whose numbers equal the indicator values, with formulas for change and totals', async () => {
    const db = store.db;
    const province = await unit(db, '62');
    const r = (await findReport(db, province.id, 2024))!;
    const file = await exportReport(db, r, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Đơn vị trực thuộc', 'Kinh phí']);
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    const dash = await dashboardFor(db, province, 2024);
    let checked = 0;
    ws.eachRow((row, n) => {
      if (n < 3) return;
      const d = dash.find((x) => x.indicator === row.getCell(2).value)!;
      expect(d, String(row.getCell(2).value)).toBeDefined();
      expect(row.getCell(6).value).toBe(d.value); // a number, not text
      expect(row.getCell(5).value).toBe(d.target);
      const change = row.getCell(8).value as { formula: string } | null;
      if (change) expect(change.formula).toBe(`F${n}-G${n}`);
      checked++;
    });
    expect(checked).toBeGreaterThan(5);
    const budget = wb.getWorksheet('Kinh phí')!;
    expect((budget.getCell('B4').value as { formula: string }).formula).toBe('SUM(B2:B3)');
    expect(typeof budget.getCell('B2').value).toBe('number');
  });

  it.skipIf(!hasLibreOffice)(
    'writes a DOCX that LibreOffice converts to a PDF with the national title, BÁO CÁO, Nơi nhận and the indicators’ numbers',
    async () => {
      const db = store.db;
      const district = await unit(db, '615');
      const r = await openReport(db, district, 2024, null);
      const file = await exportReport(db, r, 'docx');
      const docx = join(dir, `${engine}.docx`);
      writeFileSync(docx, file.bytes);
      execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
        timeout: 180_000,
        stdio: 'ignore',
      });
      const text = execFileSync('pdftotext', ['-layout', join(dir, `${engine}.pdf`), '-'], { encoding: 'utf8' });
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Nơi nhận:');
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toMatch(/Đắk Hà, ngày \d\d tháng \d\d năm \d{4}/);
      expect(text).toContain('/BC-UBND');
      // a number from the indicators, as the document writes it (vi-VN: comma decimals)
      const d = (await dashboardFor(db, district, 2024)).find((x) => x.indicator === 'LIB_LLL_COMMUNE')!;
      expect(d.value).not.toBeNull();
      const shown = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(d.value!);
      expect(shown).toMatch(/,/);
      expect(text).toContain(shown);
    },
    200_000,
  );

  it.skipIf(!hasLibreOffice)(
    'prints the province report signable: one number, no placeholder, no stacked names, no word broken in the children’s table, the signer named',
    async () => {
      const db = store.db;
      const province = await unit(db, '62');
      const dakHa = await unit(db, '615');
      const row = (await db.selectFrom('reports').select('narrative').where('unit_id', '=', dakHa.id).where('year', '=', 2024).executeTakeFirstOrThrow())
        .narrative;
      const own = '- Đắk Hà: Thị trấn tổ chức 3 cuộc trưng bày.\n- Ngọk Wang: Xã tổ chức 1 cuộc.';
      const set = (narrative: string) => db.updateTable('reports').set({ narrative }).where('unit_id', '=', dakHa.id).where('year', '=', 2024).execute();
      await set(JSON.stringify({ ...JSON.parse(row), libraries: own }));
      let bytes: Buffer;
      let docText: string;
      try {
        const r = await openReport(db, province, 2024, null);
        const fromKids = await narrativeFromChildren(db, province, 2024);
        const signed: Report = {
          ...r,
          number: '120/BC-SVHTTDL',
          narrative: { ...r.narrative, libraries: fromKids.libraries, museums: '', signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signerName: 'Nguyễn Văn An' },
        };
        bytes = await reportDocx(await fullReport(db, signed));
        docText = await docxText(bytes);
      } finally {
        await set(row);
      }
      const docx = join(dir, `${engine}-province.docx`);
      writeFileSync(docx, bytes);
      execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
        timeout: 180_000,
        stdio: 'ignore',
      });
      const text = execFileSync('pdftotext', ['-layout', join(dir, `${engine}-province.pdf`), '-'], { encoding: 'utf8' });
      expect(text).toContain('Số: 120/BC-SVHTTDL');
      expect(text).not.toMatch(/\/BC-\S*\/BC-/);
      expect(text).not.toContain('Chưa có nội dung');
      expect(text).not.toMatch(/- ([^:\n]+): - /);
      expect(text).toContain('Nguyễn Văn An');
      expect(text).toContain('PHÓ CHỦ TỊCH');
      expect(text).not.toContain('Ký, ghi rõ họ tên');
      // the children's table: every word the PDF shows there is a whole word of the document ("chuyê" + "n" is not)
      const words = new Set(docText.split(/\s+/));
      const table = text.slice(text.indexOf('Tình hình báo cáo và kết quả'), text.indexOf('II. KHÓ KHĂN'));
      expect(table).toContain('Đúng');
      const broken = table
        .split(/\s+/)
        .filter(Boolean)
        .filter((w) => !words.has(w));
      expect(broken).toEqual([]);
    },
    200_000,
  );

  it('addresses the report to the unit above through its culture office, dated at submission', async () => {
    const db = store.db;
    const district = (await findReport(db, (await unit(db, '62')).id, 2024))!;
    expect((await documentMeta(db, district)).recipients).toEqual(['- Bộ Văn hóa, Thể thao và Du lịch (báo cáo);', '- Lưu: VT.']);
    const dakHa = (await findReport(db, (await unit(db, '615')).id, 2024))!;
    const meta = await documentMeta(db, dakHa);
    expect(meta.recipients[0]).toBe('- UBND tỉnh Kon Tum (qua Sở Văn hóa, Thể thao và Du lịch) (báo cáo);');
    expect(meta.dateText).toBe('ngày 01 tháng 12 năm 2024'); // submitted 2024-12-01
    expect(meta.issuer).toBe('ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK HÀ');
  });

  it('prints a number typed with its own symbol once: no second /BC- suffix', async () => {
    const db = store.db;
    const r = await openReport(db, await unit(db, '62'), 2024, null);
    expect((await documentMeta(db, { ...r, number: '120/BC-SVHTTDL' })).number).toBe('Số: 120/BC-SVHTTDL');
    expect((await documentMeta(db, { ...r, number: '12' })).number).toBe('Số: 12/BC-UBND');
    const text = await docxOf(db, { ...r, number: '120/BC-SVHTTDL' });
    expect(text).toContain('Số: 120/BC-SVHTTDL');
    expect(text).not.toMatch(/\/BC-[^/\n]*\/BC-/);
  });

  it('leaves an empty section out: no placeholder in the official document', async () => {
    const db = store.db;
    const r = await openReport(db, await unit(db, '62'), 2024, null);
    const text = await docxOf(db, { ...r, narrative: { ...r.narrative, museums: '', days: '  ', proposals: '' } });
    expect(text).toContain('3. Kết quả lĩnh vực bảo tàng');
    expect(text).not.toContain('Chưa có nội dung');
  });

  it('lists a child whose text is itself a summary under its name once: no stacked "- X: - X:"', async () => {
    const db = store.db;
    const province = await unit(db, '62');
    const dakHa = await unit(db, '615');
    // Đắk Hà's text, pre-filled from its township Đắk Hà
    const own = '- Đắk Hà: Thị trấn tổ chức 3 cuộc trưng bày.\n- Ngọk Wang: Xã tổ chức 1 cuộc.';
    const row = (await db.selectFrom('reports').select('narrative').where('unit_id', '=', dakHa.id).where('year', '=', 2024).executeTakeFirstOrThrow())
      .narrative;
    await db
      .updateTable('reports')
      .set({ narrative: JSON.stringify({ ...JSON.parse(row), libraries: own }) })
      .where('unit_id', '=', dakHa.id)
      .where('year', '=', 2024)
      .execute();
    try {
      const n = await narrativeFromChildren(db, province, 2024);
      expect(n.libraries).not.toMatch(/- ([^:\n]+): - /);
      expect(n.libraries.split('\n')).toEqual(
        expect.arrayContaining(['- Đắk Hà:', '+ Đắk Hà: Thị trấn tổ chức 3 cuộc trưng bày.', '+ Ngọk Wang: Xã tổ chức 1 cuộc.']),
      );
      const r = await openReport(db, province, 2024, null);
      const text = await docxOf(db, { ...r, narrative: { ...r.narrative, libraries: n.libraries } });
      expect(text).not.toMatch(/- ([^:\n]+): - \1:/);
      expect(text).not.toMatch(/^- - /m);
      expect(text).toMatch(/^- Đắk Hà: Thị trấn tổ chức 3 cuộc trưng bày\.$/m); // the appendix, the dash once
    } finally {
      await db.updateTable('reports').set({ narrative: row }).where('unit_id', '=', dakHa.id).where('year', '=', 2024).execute();
    }
  });

  it('signs with the signer’s title and name from the report, without the form’s instruction once a name is known', async () => {
    const db = store.db;
    const r = await openReport(db, await unit(db, '62'), 2024, null);
    expect(await docxOf(db, r)).toContain('(Ký, ghi rõ họ tên, đóng dấu)'); // nobody named yet
    const signed = { ...r, narrative: { ...r.narrative, signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch', signerName: 'Nguyễn Văn An' } };
    const text = await docxOf(db, signed);
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(\s*\n)+Nguyễn Văn An$/);
    expect(text).not.toContain('Ký, ghi rõ họ tên');
    const html = (await exportReport(db, signed, 'html')).bytes.toString('utf8');
    expect(html).toContain('<b>Nguyễn Văn An</b>');
    expect(html).not.toContain('Ký, ghi rõ họ tên');
  });

  it('lays the children’s table out on a fixed A4 grid, each column wide enough for its longest header word', async () => {
    const db = store.db;
    const r = await openReport(db, await unit(db, '62'), 2024, null);
    const xml = await (await JSZip.loadAsync(await reportDocx(await fullReport(db, r)))).file('word/document.xml')!.async('string');
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Đúng hạn'))!;
    expect(table).toBeDefined();
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, x) => a + x, 0)).toBe(9354); // 165 mm of text width on A4 with 30 + 15 mm margins
    const head = table.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    const cells = [...head.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => ({
      text: [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      size: Number(c[0].match(/<w:sz w:val="(\d+)"\/>/)?.[1] ?? 26),
      margins: [...c[0].matchAll(/<w:(?:left|right|start|end) w:type="dxa" w:w="(\d+)"\/>/g)].reduce((a, m) => a + Number(m[1]), 0) || 216,
    }));
    expect(cells.map((c) => c.text)).toContain('Đúng hạn');
    // "chuyên" in 10 pt bold Times is about 620 twips: the word must fit the column's text width
    cells.forEach((c, i) => {
      const longest = Math.max(...c.text.split(/\s+/).map((w) => w.length));
      expect(grid[i]! - c.margins, `${c.text}: ${grid[i]}`).toBeGreaterThanOrEqual(longest * 0.55 * c.size * 10);
    });
  });

  it('writes the children’s statuses in Vietnamese, counted as such, and every figure with a number format', async () => {
    const db = store.db;
    const r = await openReport(db, await unit(db, '62'), 2024, null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportReport(db, r, 'xlsx')).bytes.slice().buffer as ArrayBuffer);
    const k = wb.getWorksheet('Đơn vị trực thuộc')!;
    const kids = await reportersTo(db, r.unit.id, 2024);
    const statuses = kids.map((_, i) => k.getCell(`C${i + 2}`).value);
    expect(statuses).toEqual(kids.map(() => 'Đã phê duyệt'));
    for (const v of statuses) expect(['draft', 'submitted', 'returned', 'approved', 'missing']).not.toContain(v);
    const count = k.getCell(`C${kids.length + 3}`).value as { formula: string };
    expect(count.formula).toBe(`COUNTIF(C2:C${kids.length + 1},"<>Chưa gửi")`);
    // on time or late in words (never 1/0), and the count of "Đúng hạn" a COUNTIF over those words
    const timeliness = kids.map((_, i) => k.getCell(`D${i + 2}`).value);
    for (const v of timeliness) expect(['Đúng hạn', 'Trễ hạn']).toContain(v);
    const onTime = k.getCell(`D${kids.length + 3}`).value as { formula: string; result: number };
    expect(onTime.formula).toBe(`COUNTIF(D2:D${kids.length + 1},"Đúng hạn")`);
    expect(onTime.result).toBe(timeliness.filter((v) => v === 'Đúng hạn').length);
    // figures: counts without decimals, rates with one; no cell left to Excel's General (35.2941)
    const formats = new Set<string>();
    for (const ws of wb.worksheets)
      ws.eachRow((row, n) => {
        if (n === 1 || (ws.name === 'Chỉ tiêu' && n === 2)) return;
        row.eachCell((cell, col) => {
          if (ws.name === 'Chỉ tiêu' && col === 1) return; // the line's number (TT)
          const v = cell.value;
          const figure = typeof v === 'number' || (v !== null && typeof v === 'object' && 'formula' in v && typeof v.result !== 'string');
          if (figure) {
            expect(cell.numFmt ?? 'General', `${ws.name}!${cell.address}`).toMatch(/^#,##0(\.0+)?$/);
            formats.add(cell.numFmt);
          }
        });
      });
    expect([...formats].sort()).toEqual(['#,##0', '#,##0.0', '#,##0.00'].filter((f) => formats.has(f)));
    expect(formats).toContain('#,##0');
    expect(formats).toContain('#,##0.0');
    const targets = wb.getWorksheet('Chỉ tiêu')!;
    targets.eachRow((row, n) => {
      if (n < 3) return;
      const unitLabel = String(row.getCell(4).value);
      const values = [5, 6, 7].map((c) => row.getCell(c).value).filter((v): v is number => typeof v === 'number');
      if (values.some((v) => !Number.isInteger(v)) && unitLabel.startsWith('%')) expect(row.getCell(6).numFmt).toBe('#,##0.0');
      if (values.every((v) => Number.isInteger(v))) expect(row.getCell(6).numFmt).toBe('#,##0');
    });
  });

  it('writes a print-friendly HTML page with the same form', async () => {
    const r = (await findReport(store.db, (await unit(store.db, '62')).id, 2024))!;
    const html = (await exportReport(store.db, r, 'html')).bytes.toString('utf8');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Nơi nhận:');
    expect(html).toContain('<title>Báo cáo Kon Tum năm 2024</title>');
  });

  it('a milestone report (2025, preliminary review of Huế’s plan) compares every year of the period', async () => {
    const db = store.db;
    const hue = await unit(db, '46');
    const r = await openReport(db, hue, 2025, null);
    expect(r.cycle.review).toBe('preliminary');
    const content = await buildContent(db, r);
    expect(content.trend?.years).toEqual([2023, 2024, 2025]);
    const line = content.trend!.lines.find((l) => l.indicator === 'LIB_LLL_COMMUNE')!;
    for (const [i, y] of content.trend!.years.entries())
      expect(line.values[i]).toBe((await indicatorMatrix(db, y, [hue.id], ['LIB_LLL_COMMUNE'])).get(hue.id)?.get('LIB_LLL_COMMUNE') ?? null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportReport(db, r, 'xlsx')).bytes.slice().buffer as ArrayBuffer);
    expect(wb.getWorksheet('Qua các năm')!.getRow(1).values).toEqual([undefined, 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 2023, 2024, 2025, 'Chỉ tiêu kế hoạch']);
  });
});
