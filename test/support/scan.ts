import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Scanned documents for the OCR tests, made the way an office makes them: the text typeset by
 * LibreOffice, printed to images by poppler at 150 dpi, each page turned ~1° and speckled with
 * noise, then put back into a PDF that holds only the page images (JPEG, no text layer).
 */
const has = (cmd: string, args: string[], out?: RegExp) => {
  try {
    const r = execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    return out ? out.test(r) : true;
  } catch {
    return false;
  }
};
const hasTesseract = has('tesseract', ['--list-langs'], /^vie$/m);
const hasPoppler = has('pdftoppm', ['-v']);
const hasOffice = has('soffice', ['--version']);
/** Why the OCR tests cannot run here, or null when they can. */
export const scanSkipReason: string | null = !hasTesseract
  ? 'tesseract with its Vietnamese model (tesseract-ocr-vie) is not installed: OCR tests skipped'
  : !hasPoppler
    ? 'poppler (pdftoppm) is not installed: OCR tests skipped'
    : !hasOffice
      ? 'LibreOffice (soffice) is not installed: OCR tests skipped'
      : null;
if (scanSkipReason) console.warn(scanSkipReason);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text typeset as a PDF by LibreOffice (an HTML page of one paragraph a line, DejaVu Serif 13 pt). */
export function typeset(text: string): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  try {
    const html = `<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Serif";font-size:13pt}</style></head><body>${text
      .split('\n')
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('')}</body></html>`;
    writeFileSync(path.join(dir, 'doc.html'), html);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        // Writer's own HTML import: the web-page one (the default for .html) drops the page's first paragraph
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        'pdf:writer_pdf_Export',
        '--outdir',
        dir,
        path.join(dir, 'doc.html'),
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    return readFileSync(path.join(dir, 'doc.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A deterministic speckle: ±`amount` grey on every pixel, and one dark dot in ~`dots` of them. */
function speckle(pixels: Buffer, amount: number, dots: number, seed = 7): void {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  for (let i = 0; i < pixels.length; i++) {
    let v = pixels[i]! + Math.round((rnd() * 2 - 1) * amount);
    if (rnd() < dots) v = 40;
    pixels[i] = Math.max(0, Math.min(255, v));
  }
}

/** A PDF's pages as degraded scans (150 dpi, turned by `degrees`, noise), as JPEG images. */
export async function scanPages(pdf: Buffer, opts: { dpi?: number; degrees?: number; noise?: number } = {}): Promise<Buffer[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(opts.dpi ?? 150), '-gray', '-png', path.join(dir, 'doc.pdf'), path.join(dir, 'p')]);
    const pages = readdirSync(dir)
      .filter((f) => f.startsWith('p') && f.endsWith('.png'))
      .sort();
    const out: Buffer[] = [];
    for (const [k, f] of pages.entries()) {
      const turned = await sharp(path.join(dir, f))
        .rotate((opts.degrees ?? 1) * (k % 2 === 0 ? 1 : -1), { background: '#ffffff' })
        .flatten({ background: '#ffffff' })
        .toColourspace('b-w')
        .raw()
        .toBuffer({ resolveWithObject: true });
      speckle(turned.data, opts.noise ?? 20, 0.0005, k + 7);
      out.push(
        await sharp(turned.data, { raw: { width: turned.info.width, height: turned.info.height, channels: turned.info.channels } })
          .toColourspace('b-w')
          .jpeg({ quality: 70 })
          .toBuffer(),
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF holding only the given JPEG images, one a page (A4 at the images' width), no text layer. */
export async function imagePdf(jpegs: Buffer[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    at += buf.length;
  };
  const obj = (n: number, body: (Buffer | string)[]) => {
    offsets[n] = at;
    push(`${n} 0 obj\n`);
    for (const b of body) push(b);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const n = jpegs.length;
  // 1 catalog, 2 pages, then per page: page, image, contents
  const kids = jpegs.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, [`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`]);
  for (const [i, jpeg] of jpegs.entries()) {
    const { width, height } = await sharp(jpeg).metadata();
    const w = 595.28;
    const h = (w * height!) / width!;
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    obj(3 + i * 3, [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${4 + i * 3} 0 R >> >> /Contents ${5 + i * 3} 0 R >>`,
    ]);
    obj(4 + i * 3, [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ]);
    obj(5 + i * 3, [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`]);
  }
  const xref = at;
  const size = 3 + n * 3;
  push(`xref\n0 ${size}\n0000000000 65535 f \n`);
  for (let k = 1; k < size; k++) push(`${String(offsets[k]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
