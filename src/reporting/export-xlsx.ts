import ExcelJS from 'exceljs';
import type { FullReport } from './document.ts';
import { documentText, statusName } from './messages.ts';
import { COUNT, numberFormat, RATE, safeRow } from '../core/text/spreadsheet.ts';

/**
 * The report's tables as a workbook, one sheet per table, numbers as numbers: the change
 * column and the assessment are formulas over the cells beside them, the budget has its SUM,
 * the children's sheet counts who submitted.
 */
export { numberFormat } from '../core/text/spreadsheet.ts';
const setFormat = (cells: ExcelJS.Cell[], fmt: string) => {
  for (const c of cells) c.numFmt = fmt;
};
/** The decree's form is Vietnamese, whoever prints it. */
const D = documentText('vi');
const bold = (row: ExcelJS.Row) => {
  row.font = { bold: true };
};

export async function reportXlsx(f: FullReport): Promise<Buffer> {
  const { content: c, report } = f;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lifelong';
  wb.title = D.fileTitle({ unit: report.unit.name, year: report.year });

  const ws = wb.addWorksheet(D.sheetTargets);
  ws.addRow(safeRow([D.targetsTitle({ year: report.year, unit: report.unit.name })])).font = { bold: true, size: 13 };
  const y = report.year;
  bold(
    ws.addRow(safeRow([D.no, D.code, D.target, D.unitOfMeasure, D.planTarget, D.resultShort({ year: y }), D.year({ year: y - 1 }), D.change, D.assessment])),
  );
  c.lines.forEach((l, i) => {
    const r = ws.rowCount + 1;
    const row = ws.addRow(
      safeRow([
        i + 1,
        l.indicator,
        l.name,
        l.unitLabel,
        l.target,
        l.note ?? l.result,
        l.previous,
        l.change === null ? null : { formula: `F${r}-G${r}`, result: l.change },
        l.met === null ? '—' : { formula: `IF(F${r}>=E${r},"${D.met}","${D.notMet}")`, result: l.met ? D.met : D.notMet },
      ]),
    );
    setFormat(
      [5, 6, 7, 8].map((k) => row.getCell(k)),
      numberFormat(l.unitLabel, [l.target, l.result, l.previous, l.change]),
    );
  });
  ws.columns = [{ width: 5 }, { width: 24 }, { width: 60 }, { width: 11 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 11 }];
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  if (c.trend) {
    const t = wb.addWorksheet(D.sheetTrend);
    bold(t.addRow(safeRow([D.code, D.target, D.unitOfMeasure, ...c.trend.years, D.planTarget])));
    for (const l of c.trend.lines) {
      const row = t.addRow(safeRow([l.indicator, l.name, l.unitLabel, ...l.values, l.target]));
      setFormat(
        [...l.values, l.target].map((_, k) => row.getCell(4 + k)),
        numberFormat(l.unitLabel, [...l.values, l.target]),
      );
    }
    t.getColumn(2).width = 60;
    t.views = [{ state: 'frozen', ySplit: 1 }];
  }

  if (c.children.lines.length > 0) {
    const k = wb.addWorksheet(D.sheetChildren);
    bold(k.addRow(safeRow([D.code, D.unit, D.reportStatus, D.onTime, ...c.children.indicators.map((l) => `${l.name} (${l.unitLabel})`)])));
    // the status and the timeliness in words ("Chưa gửi" for a unit without a report or with only a draft; "Đúng hạn" or
    // "Trễ hạn"): the formulas below count the words, so the sheet reads the same to a person and to COUNTIF
    const missing = statusName('vi', 'missing');
    for (const ch of c.children.lines) {
      const status = statusName('vi', ch.status === 'draft' ? 'missing' : ch.status);
      k.addRow(safeRow([ch.unit.code, ch.unit.name, status, ch.onTime === null ? null : ch.onTime ? D.onTime : D.late, ...ch.values]));
    }
    const last = k.rowCount;
    const whole = k.addRow(safeRow([report.unit.code, D.whole({ unit: report.unit.name }), null, null, ...c.children.indicators.map((l) => l.result)]));
    bold(whole);
    const n = k.rowCount + 1;
    const sent = { formula: `COUNTIF(C2:C${last},"<>${missing}")`, result: c.children.lines.filter((x) => x.status !== 'missing').length };
    const onTime = { formula: `COUNTIF(D2:D${last},"${D.onTime}")`, result: c.children.lines.filter((x) => x.onTime).length };
    bold(k.addRow(safeRow(['', D.submittedOfAll, sent, onTime])));
    k.getCell(`E${n}`).value = { formula: `ROWS(B2:B${last})`, result: c.children.lines.length };
    // one indicator a column: its format over the units' values and the whole's
    c.children.indicators.forEach((l, i) => {
      k.getColumn(5 + i).numFmt = numberFormat(l.unitLabel, [...c.children.lines.map((ch) => ch.values[i] ?? null), l.result]);
    });
    k.getCell(`C${n}`).numFmt = COUNT;
    k.getCell(`D${n}`).numFmt = COUNT;
    k.getCell(`E${n}`).numFmt = COUNT;
    k.getColumn(2).width = 30;
    k.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  }

  const b = wb.addWorksheet(D.sheetBudget);
  const n = report.narrative;
  bold(b.addRow(safeRow([D.budgetTitle({ year: report.year + 1 }), D.estimate])));
  b.addRow(safeRow([D.stateBudget, n.budgetState]));
  b.addRow(safeRow([D.socialSources, n.budgetSocial]));
  bold(b.addRow(safeRow([D.total, { formula: 'SUM(B2:B3)', result: (n.budgetState ?? 0) + (n.budgetSocial ?? 0) }])));
  b.getColumn(1).width = 40;
  b.getColumn(2).numFmt = numberFormat('', [n.budgetState, n.budgetSocial]) === COUNT ? COUNT : RATE;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
