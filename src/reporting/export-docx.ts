import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { FullReport } from './document.ts';
import { documentText } from './messages.ts';
import { outline, type Block } from './sections.ts';

/**
 * The report as an administrative document (Decree 30/2020/NĐ-CP, appendix I): A4, Times New
 * Roman 13–14 pt, margins top/bottom 20 mm, left 30 mm, right 15 mm; issuer and number left,
 * national title and motto right, in a borderless table; place and date in italics; title,
 * body, then "Nơi nhận" left and the signature right.
 */
const FONT = 'Times New Roman';
/** The decree's form is Vietnamese, whoever prints it. */
const D = documentText('vi');
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CONTENT_WIDTH = convertMillimetersToTwip(210 - 30 - 15);

const run = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font: FONT, size: 26, ...o });
const line = (text: string, o: Partial<IRunOptions> = {}, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER, after = 0) =>
  new Paragraph({ alignment: align, spacing: { after }, children: [run(text, o)] });

function headerTable(f: FullReport): Table {
  const left = [...f.meta.issuer.split('\n').map((t) => line(t, { bold: true, size: 26 })), line('———', { size: 20 }), line(f.meta.number, { size: 26 })];
  const right = [
    line(D.nationalTitle, { bold: true, size: 24 }),
    line(D.motto, { bold: true, size: 26, underline: {} }),
    line(' ', { size: 14 }),
    line(`${f.meta.place}, ${f.meta.dateText}`, { italics: true, size: 26 }),
  ];
  const cell = (children: Paragraph[], pct: number) =>
    new TableCell({ children, borders: NO_BORDERS, width: { size: Math.round((CONTENT_WIDTH * pct) / 100), type: WidthType.DXA } });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })],
  });
}

/** Cell margins of the data tables, left and right (twips): 1 mm, so narrow columns keep their text. */
const CELL_MARGIN = 57;
/** Header and body sizes of the data tables, half-points. */
const HEAD_SIZE = 20;
const BODY_SIZE = 22;

/**
 * A word's width in twips, estimated for Times New Roman: capitals and m/w at 0.8 em, other letters and digits at
 * 0.56 em (bold's widest), so the estimate errs on the wide side.
 */
const wordWidth = (word: string, halfPoints: number) => [...word].reduce((a, ch) => a + (/[A-ZĐÀ-Ỹmw]/u.test(ch) ? 0.8 : 0.56), 0) * halfPoints * 10;

/**
 * The columns' widths in twips, summing to the text width: each as its weight says, but never narrower than its
 * longest word (header or cell), so a Vietnamese word is never broken inside a cell; what the widened columns take
 * comes from the others, in proportion to what they have beyond their own longest word.
 */
export function columnWidths(b: Pick<Extract<Block, { type: 'table' }>, 'head' | 'rows' | 'widths'>, total = CONTENT_WIDTH): number[] {
  const sum = b.widths.reduce((a, w) => a + w, 0);
  const longest = (text: string, size: number) => Math.max(0, ...text.split(/\s+/).map((w) => wordWidth(w, size)));
  const min = b.widths.map((_, i) =>
    Math.ceil(Math.max(longest(b.head[i] ?? '', HEAD_SIZE), ...b.rows.map((r) => longest(r[i] ?? '', BODY_SIZE))) + 2 * CELL_MARGIN + 20),
  );
  const w = b.widths.map((x, i) => Math.max(min[i]!, (total * x) / sum));
  const excess = w.reduce((a, x) => a + x, 0) - total;
  const spare = w.map((x, i) => x - min[i]!);
  const spareSum = spare.reduce((a, x) => a + x, 0);
  const fitted =
    excess <= 0 ? w : spareSum >= excess ? w.map((x, i) => x - (excess * spare[i]!) / spareSum) : min.map((m) => (m * total) / (total + excess - spareSum));
  const out = fitted.map((x) => Math.floor(x));
  out[out.length - 1]! += total - out.reduce((a, x) => a + x, 0);
  return out;
}

function dataTable(b: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const widths = columnWidths(b);
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
      children: [
        new Paragraph({
          alignment: i === 1 || (i === 0 && !head && b.widths[0]! > 15) ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, { size: head ? HEAD_SIZE : BODY_SIZE, bold: head })],
        }),
      ],
    });
  return [
    new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(b.caption, { bold: true })] }),
    // fixed layout over an explicit grid: every reader (Word, LibreOffice) keeps these widths instead of fitting to content
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, i, true)) }),
        ...b.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i, false)) })),
      ],
    }),
  ];
}

function body(f: FullReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of outline(f.content, f.report.narrative)) {
    if (b.type === 'heading') out.push(new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(b.text, { bold: true })] }));
    else if (b.type === 'para')
      out.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: convertMillimetersToTwip(10) },
          spacing: { after: 60 },
          children: [run(b.text)],
        }),
      );
    else out.push(...dataTable(b));
  }
  return out;
}

function closingTable(f: FullReport): Table {
  const left = [
    new Paragraph({ children: [run(D.recipients, { bold: true, italics: true, size: 24 })] }),
    ...f.meta.recipients.map((r) => new Paragraph({ children: [run(r, { size: 22 })] })),
  ];
  const { signatureTitle, signerName } = f.meta;
  // the instruction only while nobody is named; the space between title and name is for the signature and the seal
  const right = [
    ...signatureTitle.map((t) => line(t, { bold: true })),
    ...(signerName ? [] : [line(D.signHere, { italics: true, size: 24 })]),
    line(' '),
    line(' '),
    line(' '),
    line(' '),
    ...(signerName ? [line(signerName, { bold: true })] : []),
  ];
  const cell = (children: Paragraph[], pct: number) =>
    new TableCell({ children, borders: NO_BORDERS, width: { size: Math.round((CONTENT_WIDTH * pct) / 100), type: WidthType.DXA } });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

export async function reportDocx(f: FullReport): Promise<Buffer> {
  const doc = new Document({
    creator: 'Lifelong',
    title: D.fileTitle({ unit: f.report.unit.name, year: f.report.year }),
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          headerTable(f),
          line(' '),
          line(D.report, { bold: true, size: 28 }, AlignmentType.CENTER),
          line(f.meta.subject, { bold: true, size: 28 }, AlignmentType.CENTER, 240),
          ...body(f),
          line(' '),
          closingTable(f),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
