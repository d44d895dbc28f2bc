import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { parsePlanBuffer } from '../../src/plans/parse/read-file.ts';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { MAX_OCR_PAGES, tidyOcr } from '../../src/plans/parse/ocr.ts';
import { UserError } from '../../src/core/errors.ts';
import { hasSeeds, SEEDS_SKIPPED, seedText } from '../support/seeds.ts';
import { imagePdf, scanPages, scanSkipReason, typeset } from '../support/scan.ts';

const skip = scanSkipReason ?? (hasSeeds ? null : SEEDS_SKIPPED);
const title = (t: string) => (skip ? `${t} (${skip})` : t);

describe('OCR text tidied', () => {
  it("drops a margin's marks and joins a sentence Tesseract split into blocks", () => {
    const raw =
      '~ Tăng cường sự quản lý các cơ quan -\n; kinh - ` NÓ2 .. k ` : ~ ^+ - h4 # + ˆ Tỷ ¿\nchức năng và xã hội,\n\n_ học tập suốt đời.\n\n- Đến năm 2025, đạt 50%';
    expect(tidyOcr(raw)).toBe('Tăng cường sự quản lý các cơ quan chức năng và xã hội,\nhọc tập suốt đời.\n\n- Đến năm 2025, đạt 50%');
  });

  it('drops specks read as full stops where no sentence ends, and keeps the stops of abbreviations, addresses and figures', () => {
    const raw =
      'Đến năm. 2025, Thư. viện huyện và 20% thư viện cấp xã, 70% thư.\nviện có dịch vụ. Đến năm 2030, đạt 60%, 20% và.\n80% các chỉ tiêu. tương ứng. Xem tại www.thuvien.vn và v.v. TP. Huế có 1.234 người.';
    expect(tidyOcr(raw)).toBe(
      'Đến năm 2025, Thư viện huyện và 20% thư viện cấp xã, 70% thư viện có dịch vụ. Đến năm 2030, đạt 60%, 20% và\n80% các chỉ tiêu tương ứng. Xem tại www.thuvien.vn và v.v. TP. Huế có 1.234 người.',
    );
  });

  it("puts a page's lines back into paragraphs: a line that filled the page goes on, a heading, a short line or an item does not", () => {
    const raw = [
      'Năm 2024, Khu Di tích Quốc gia đặc biệt Lam Kinh phấn đấu đón trên',
      '350.000 lượt khách',
      '',
      'I. MỤC TIÊU VÀ NHIỆM VỤ CỦA KẾ HOẠCH TRIỂN KHAI NĂM 2024 CỦA HUYỆN',
      'Đến năm 2025, 70% thư viện cơ sở giáo dục có cung cấp dịch vụ phục vụ',
      'việc học tập suốt đời.',
      'Ngắn thôi.',
      '- Tăng cường phối hợp với các cơ quan, đơn vị trên địa bàn huyện để',
      'a) tổ chức các hoạt động.',
    ].join('\n');
    expect(tidyOcr(raw).split('\n')).toEqual([
      'Năm 2024, Khu Di tích Quốc gia đặc biệt Lam Kinh phấn đấu đón trên 350.000 lượt khách',
      '',
      'I. MỤC TIÊU VÀ NHIỆM VỤ CỦA KẾ HOẠCH TRIỂN KHAI NĂM 2024 CỦA HUYỆN',
      'Đến năm 2025, 70% thư viện cơ sở giáo dục có cung cấp dịch vụ phục vụ việc học tập suốt đời.',
      'Ngắn thôi.',
      '- Tăng cường phối hợp với các cơ quan, đơn vị trên địa bàn huyện để',
      'a) tổ chức các hoạt động.',
    ]);
  });

  it('drops a dash that opens a line a sentence runs on to, and marks before a line’s last stop', () => {
    expect(tidyOcr('- Đến năm 2025, 70% thư\n- viện cơ sở giáo dục có dịch vụ\n- Tăng cường phối hợp.')).toBe(
      '- Đến năm 2025, 70% thư viện cơ sở giáo dục có dịch vụ\n- Tăng cường phối hợp.',
    );
    expect(tidyOcr('đạt 80%, 50% và 80% các chỉ tiêu _.')).toBe('đạt 80%, 50% và 80% các chỉ tiêu.');
    expect(tidyOcr('Hỗ trợ xóa đói giảm nghèo, góp phần giảm\n-hộ nghèo còn 3,1%.')).toBe('Hỗ trợ xóa đói giảm nghèo, góp phần giảm hộ nghèo còn 3,1%.');
  });
});

describe.skipIf(skip !== null)(title('a scanned plan read by OCR'), () => {
  it('reads an image-only PDF of seed 002 (150 dpi, turned 1°, speckled) and finds at least 80 % of its targets', async () => {
    const clean = seedText('002');
    const scan = await imagePdf(await scanPages(typeset(clean), { dpi: 150, degrees: 1, noise: 20 }));
    const started = Date.now();
    const pages: number[] = [];
    const { text, format, ocr, plan } = await parsePlanBuffer(scan, { onProgress: (p) => pages.push(p.page) });
    const seconds = (Date.now() - started) / 1000;
    expect(format).toBe('pdf');
    expect(ocr?.ocrPages.length).toBeGreaterThan(1);
    expect(pages).toEqual([0, ...ocr!.ocrPages.map((_, i) => i + 1)]); // the pages to read first, then progress page by page
    expect(text).toContain('Kế hoạch số 100/KH-UBND');
    expect(plan.warnings.some((w) => /nhận dạng chữ \(OCR\)/.test(w))).toBe(true);
    // a target is the same when its year and value are (the indicator needs the words around it, which OCR damages)
    const key = (t: { year: number | null; value: number | null; min: number | null }) => `${t.year}|${t.value ?? t.min}`;
    const want = parsePlan(clean).targets.map(key);
    const got = plan.targets.map(key);
    const recall = want.filter((k) => got.includes(k)).length / want.length;
    const strict = parsePlan(clean).targets.filter((t) => plan.targets.some((o) => o.indicator === t.indicator && key(o) === key(t))).length / want.length;
    console.log(
      `OCR of seed 002: ${ocr!.ocrPages.length} pages in ${seconds.toFixed(0)} s (${(seconds / ocr!.ocrPages.length).toFixed(1)} s a page); targets recall ${recall.toFixed(2)} by year and value, ${strict.toFixed(2)} with the indicator`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.8);
  }, 900_000);

  it('turns a photo taken sideways and says so', async () => {
    const [page] = await scanPages(typeset(seedText('002')), { dpi: 200, degrees: 0, noise: 5 });
    const sideways = await sharp(page!).rotate(90).png().toBuffer();
    const { format, text, plan } = await parsePlanBuffer(sideways);
    expect(format).toBe('image');
    expect(plan.warnings.some((w) => /bị xoay; đã xoay lại 270°/.test(w))).toBe(true);
    expect(text).toMatch(/KẾ HOẠCH/);
  }, 600_000);

  it('refuses a scan longer than the page limit, naming it', async () => {
    const blank = await sharp({ create: { width: 20, height: 28, channels: 3, background: '#ffffff' } })
      .jpeg()
      .toBuffer();
    const e = await parsePlanBuffer(await imagePdf(Array.from({ length: MAX_OCR_PAGES + 1 }, () => blank))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toMatch(new RegExp(`${MAX_OCR_PAGES + 1} trang.*tối đa ${MAX_OCR_PAGES} trang`));
  });
});
