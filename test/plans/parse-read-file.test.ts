import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/plan.ts';
import { UserError } from '../../src/core/errors.ts';
import { guardArchive } from '../../src/core/archive.ts';
import { parsePlanFile, readPlanBuffer, readPlanFile } from '../../src/plans/parse/read-file.ts';
import { hasSeeds, seedsTitle, seedText } from '../support/seeds.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

/** A zip of the given entries (deflated); `lie` overrides the uncompressed size written in the directory. */
function zip(entries: { name: string; data: Buffer; lie?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.lie ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc32(e.data), 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(cd, name);
    offset += 30 + name.length + packed.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

function docx(paragraphs: string[], extra: { name: string; data: Buffer; lie?: number }[] = []): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
    ...extra,
  ]);
}

/** A one-page PDF with the given lines as text (Helvetica), or with no text at all. */
function pdf(lines: string[]): Buffer {
  const content =
    lines.length === 0 ? '0 0 m 100 100 l S' : `BT /F1 11 Tf 14 TL 40 800 Td ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const PLAN_LINES = [
  'KE HOACH',
  'Thuc hien Chuong trinh Day manh cac hoat dong phuc vu hoc tap suot doi den nam 2030',
  'I. MUC TIEU',
  '- Den nam 2025, dat 70% thu vien co so giao duc pho thong co cung cap dich vu phuc vu viec hoc tap suot doi.',
  '- Den nam 2030, so luot nguoi su dung thu vien tang binh quan 10% moi nam.',
  'II. TO CHUC THUC HIEN',
  '1. Phong Van hoa va Thong tin: chu tri, phoi hop voi Phong Giao duc va Dao tao thuc hien Ke hoach.',
  'Dinh ky truoc ngay 10/11 hang nam bao cao ket qua ve Uy ban nhan dan huyen.',
];

async function userError(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('reading plan files', () => {
  it.skipIf(!hasSeeds)(seedsTitle('reads a .txt seed as it is (NFC)'), async () => {
    const { text, format } = await readPlanFile(file('002.txt', seedText('002')));
    expect(format).toBe('txt');
    expect(text).toBe(seedText('002').normalize('NFC'));
  });

  it('reads a .docx with mammoth, whatever its name', async () => {
    const p = file(
      'plan.bin',
      docx([
        'KẾ HOẠCH',
        'Thực hiện Chương trình học tập suốt đời',
        'Đến năm 2025, đạt 60% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.',
      ]),
    );
    const { text, format, plan } = await parsePlanFile(p);
    expect(format).toBe('docx');
    expect(text).toContain('Đến năm 2025, đạt 60% thư viện công cộng cấp huyện');
    expect(plan.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([['LIB_LLL_DISTRICT', 2025, 60]]);
  });

  it('reads the text layer of a PDF', async () => {
    const { format, plan } = await parsePlanFile(file('plan.pdf', pdf(PLAN_LINES)));
    expect(format).toBe('pdf');
    expect(plan.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([
      ['LIB_LLL_EDU', 2025, 70],
      ['LIB_USERS_GROWTH', 2030, 10],
    ]);
    expect(plan.reportDeadline).toMatchObject({ day: 10, month: 11, recurring: true });
    expect(plan.tasks[0]).toMatchObject({ agency: 'Phòng Văn hóa và Thông tin', collaborators: ['Phòng Giáo dục và Đào tạo'] }); // restored: the text has no marks
  });

  it('says plainly when an image-only PDF needs OCR and the machine has no Tesseract', async () => {
    // poppler alone on the PATH: the page has no text and nothing can read its image
    const bin = mkdtempSync(path.join(tmpdir(), 'no-ocr-'));
    for (const tool of ['pdftotext', 'pdftoppm']) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool));
    const saved = process.env.PATH;
    process.env.PATH = bin;
    try {
      const e = await userError(readPlanFile(file('scan.pdf', pdf([]))));
      expect(e.message).toMatch(/bản quét.*chưa cài phần mềm nhận dạng chữ Tesseract/);
      expect(e.said.en).toMatch(/no Tesseract OCR/);
    } finally {
      process.env.PATH = saved;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('refuses an empty file, a blank one, a broken PDF, binary junk and an old .doc', async () => {
    expect((await userError(readPlanFile(file('empty.txt', '')))).message).toMatch(/rỗng/);
    expect((await userError(readPlanFile(file('blank.txt', ' \n\t\n')))).message).toMatch(/không có nội dung/);
    expect((await userError(readPlanFile(file('broken.pdf', '%PDF-1.4\nnothing here')))).message).toMatch(/Không đọc được tệp PDF/);
    expect((await userError(readPlanFile(file('junk.bin', Buffer.from([1, 2, 0, 4, 5]))))).message).toMatch(/định dạng/);
    expect((await userError(readPlanFile(file('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))))).message).toMatch(/\.doc/);
    expect((await userError(readPlanFile(path.join(dir, 'missing.txt')))).status).toBe(404);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const p = file('huge.txt', '');
    truncateSync(p, 50 * 1024 * 1024 + 1);
    const e = await userError(readPlanFile(p));
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/50 MB/);
  });

  it('refuses a DOCX that unpacks to too much, even when its sizes lie', async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const honest = docx(['KẾ HOẠCH'], [{ name: 'word/media/big.bin', data: zeros }]);
    const liar = docx(['KẾ HOẠCH'], [{ name: 'word/media/big.bin', data: zeros, lie: 10 }]);
    expect(honest.length).toBeLessThan(20_000);
    for (const b of [honest, liar]) {
      const e = await userError(readPlanBuffer(b, { maxUnpacked: 1024 * 1024 }));
      expect(e.message).toMatch(/^Tệp DOCX (giải nén quá lớn|nén bất thường)/);
    }
    await expect(guardArchive(docx(['KẾ HOẠCH']), 'DOCX', { maxEntries: 10, maxUnpacked: 1024 * 1024, maxRatio: 200 })).resolves.toContain('word/document.xml');
  });

  it("reads a plan's first page (header only) and a text of targets without a plan's words, refusing nothing", async () => {
    const header = await parsePlanFile(
      file(
        'trang-1.txt',
        'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 66/KH-UBND      Hưng Yên, ngày 14 tháng 4 năm 2023\nKẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH HỌC TẬP SUỐT ĐỜI\n',
      ),
    );
    expect(header.plan).toMatchObject({ kind: 'plan', number: '66/KH-UBND', date: '2023-04-14' });
    const targets = await parsePlanFile(
      file('muc-tieu.txt', 'Phấn đấu đến năm 2025, 90% người dân trong độ tuổi lao động được học tập kỹ năng số; 100% xã có trung tâm học tập cộng đồng.'),
    );
    expect(targets.plan.targets.map((t) => [t.year, t.value])).toEqual([
      [2025, 90],
      [2025, 100],
    ]);
    expect(targets.plan.warnings.length).toBeGreaterThan(0);
  });

  it('refuses a document nothing of a plan can be read from', async () => {
    const e = await userError(
      parsePlanFile(
        file('menu.txt', 'Thực đơn tuần này\nThứ hai: cơm gà, canh chua.\nThứ ba: phở bò, chè đậu xanh.\nGiá mỗi suất 35.000 đồng, giảm 10% cho học sinh.'),
      ),
    );
    expect(e.message).toMatch(/Không đọc được gì của một kế hoạch/);
  });
});

describe('lifelong plan parse', () => {
  it.skipIf(!hasSeeds)(seedsTitle('prints exactly the contract fields with --format json'), async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await run(['parse', file('003.txt', seedText('003')), '--format', 'json'])).toBe(0);
      const out = JSON.parse(String(log.mock.calls[0]![0])) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual([
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
      expect(out.reportDeadline).toEqual({ day: 25, month: 11, recurring: true });
      expect((out.targets as unknown[]).length).toBe(26);
    } finally {
      log.mockRestore();
    }
  });

  it('explains its usage', async () => {
    expect((await userError(run(['parse']))).message).toMatch(/Thiếu tên tệp/);
    expect((await userError(run(['frobnicate']))).message).toMatch(/plan parse/);
  });
});
