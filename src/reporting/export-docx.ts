import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
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

function dataTable(b: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const total = b.widths.reduce((a, w) => a + w, 0);
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: Math.round((CONTENT_WIDTH * b.widths[i]!) / total), type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          alignment: i === 1 || (i === 0 && !head && b.widths[0]! > 15) ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, { size: 22, bold: head })],
        }),
      ],
    });
  return [
    new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(b.caption, { bold: true })] }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
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
