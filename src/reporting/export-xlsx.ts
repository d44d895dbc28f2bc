import ExcelJS from 'exceljs';
import type { FullReport } from './document.ts';

/**
 * The report's tables as a workbook, one sheet per table, numbers as numbers: the change
 * column and the assessment are formulas over the cells beside them, the budget has its SUM,
 * the children's sheet counts who submitted.
 */
const NUM = '#,##0.##';
const bold = (row: ExcelJS.Row) => {
  row.font = { bold: true };
};

export async function reportXlsx(f: FullReport): Promise<Buffer> {
  const { content: c, report } = f;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lifelong';
  wb.title = `Báo cáo ${report.unit.name} năm ${report.year}`;

  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow([`Kết quả thực hiện các chỉ tiêu năm ${report.year} — ${report.unit.name}`]).font = { bold: true, size: 13 };
  bold(ws.addRow(['TT', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', `Kết quả ${report.year}`, `Năm ${report.year - 1}`, 'Tăng/giảm', 'Đánh giá']));
  c.lines.forEach((l, i) => {
    const r = ws.rowCount + 1;
    ws.addRow([
      i + 1, l.indicator, l.name, l.unitLabel, l.target, l.result, l.previous,
      l.change === null ? null : { formula: `F${r}-G${r}`, result: l.change },
      l.met === null ? '—' : { formula: `IF(F${r}>=E${r},"Đạt","Chưa đạt")`, result: l.met ? 'Đạt' : 'Chưa đạt' },
    ]);
  });
  ws.columns = [{ width: 5 }, { width: 24 }, { width: 60 }, { width: 11 }, { width: 14, style: { numFmt: NUM } }, { width: 14, style: { numFmt: NUM } }, { width: 14, style: { numFmt: NUM } }, { width: 12, style: { numFmt: NUM } }, { width: 11 }];
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  if (c.trend) {
    const t = wb.addWorksheet('Qua các năm');
    bold(t.addRow(['Mã', 'Chỉ tiêu', 'Đơn vị tính', ...c.trend.years, 'Chỉ tiêu kế hoạch']));
    for (const l of c.trend.lines) t.addRow([l.indicator, l.name, l.unitLabel, ...l.values, l.target]);
    t.getColumn(2).width = 60;
    t.views = [{ state: 'frozen', ySplit: 1 }];
  }

  if (c.children.lines.length > 0) {
    const k = wb.addWorksheet('Đơn vị trực thuộc');
    bold(k.addRow(['Mã', 'Đơn vị', 'Trạng thái báo cáo', 'Đúng hạn', ...c.children.indicators.map((l) => `${l.name} (${l.unitLabel})`)]));
    for (const ch of c.children.lines) k.addRow([ch.unit.code, ch.unit.name, ch.status, ch.onTime === null ? null : ch.onTime ? 1 : 0, ...ch.values]);
    const last = k.rowCount;
    const whole = k.addRow([report.unit.code, `Toàn ${report.unit.name}`, null, null, ...c.children.indicators.map((l) => l.result)]);
    bold(whole);
    const n = k.rowCount + 1;
    bold(k.addRow(['', 'Số đơn vị đã gửi / tổng số', { formula: `COUNTIF(C2:C${last},"<>missing")`, result: c.children.lines.filter((x) => x.status !== 'missing').length }, { formula: `SUM(D2:D${last})`, result: c.children.lines.filter((x) => x.onTime).length }]));
    k.getCell(`E${n}`).value = { formula: `ROWS(B2:B${last})`, result: c.children.lines.length };
    k.getColumn(2).width = 30;
    k.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  }

  const b = wb.addWorksheet('Kinh phí');
  const n = report.narrative;
  bold(b.addRow([`Dự toán kinh phí năm ${report.year + 1} (triệu đồng)`, 'Dự toán']));
  b.addRow(['Ngân sách nhà nước', n.budgetState]);
  b.addRow(['Nguồn xã hội hóa', n.budgetSocial]);
  bold(b.addRow(['Tổng cộng', { formula: 'SUM(B2:B3)', result: (n.budgetState ?? 0) + (n.budgetSocial ?? 0) }]));
  b.getColumn(1).width = 40;
  b.getColumn(2).numFmt = NUM;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
