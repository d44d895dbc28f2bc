/**
 * Scanned plans: poppler and Tesseract (Vietnamese model) as child processes, so the event loop
 * never waits on them. A PDF's text layer is read with `pdftotext -layout` (it keeps a sentence
 * whole where the plain reading order splits a letter from its diacritic); pages without text are
 * rasterised at 300 dpi (`pdftoppm`) and read by `tesseract … -l vie`, two pages at a time with
 * one thread each (the machine's two cores). A page that reads badly is checked for rotation
 * (`--psm 0`, orientation detection), turned and read again; what was turned is said.
 * Photos (PNG, JPEG, TIFF) are read the same way after sharp applies their EXIF orientation.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError, type Said } from '../../core/errors.ts';
import { plansErrors } from '../messages.ts';

/** A scanned document longer than this is refused with the limit named (OCR takes some seconds a page). */
export const MAX_OCR_PAGES = 60;
const DPI = 300;
/** Mean word confidence (0–100) below which a page is checked for rotation. */
const POOR_PAGE = 55;

export interface OcrProgress {
  page: number;
  pages: number;
}
export interface OcrNote {
  /** Pages read by OCR (1-based) and the pages turned before reading, with the angle. */
  ocrPages: number[];
  rotated: { page: number; degrees: number }[];
  /** Pages whose orientation could not be told (too little text): said, not guessed. */
  unsure: number[];
}
export interface OcrOptions {
  onProgress?: (p: OcrProgress) => void;
  signal?: AbortSignal;
}

const fail = (said: Said) => new UserError(said, 422);

interface RunResult {
  stdout: string;
  stderr: string;
}
/** One child process; a missing program comes back as `null`, its failure as an error. */
function run(cmd: string, args: string[], opts: { timeout?: number; signal?: AbortSignal; binary?: boolean } = {}): Promise<RunResult | null> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        timeout: opts.timeout ?? 300_000,
        maxBuffer: 64 * 1024 * 1024,
        signal: opts.signal,
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      },
      (err, stdout, stderr) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') return resolve(null);
        if (err) return reject(Object.assign(err, { stderr: String(stderr) }));
        resolve({ stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

/** The PDF's pages as poppler reads their text layer (`\f` between pages); `null` when poppler is not installed. */
export async function pdfLayerPages(file: string): Promise<string[] | null> {
  const r = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).catch((e: { stderr?: string }) => {
    if (/password|Incorrect/i.test(e.stderr ?? '')) throw fail(plansErrors.pdfPassword());
    throw fail(plansErrors.pdfUnreadable({ detail: (e.stderr ?? '').trim().slice(0, 200) }));
  });
  if (r === null) return null;
  const pages = r.stdout.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

async function tesseractReady(): Promise<void> {
  const r = await run('tesseract', ['--list-langs']).catch(() => null);
  if (r === null) throw fail(plansErrors.ocrMissing());
  if (!/^vie$/m.test(r.stdout + r.stderr)) throw fail(plansErrors.ocrNoVietnamese());
}

/** Reads one page image: its text and the words' mean confidence. */
async function readImage(image: string, signal?: AbortSignal): Promise<{ text: string; confidence: number }> {
  const base = image.replace(/\.(png|pgm)$/, '');
  const r = await run('tesseract', [image, base, '-l', 'vie', 'txt', 'tsv'], { signal });
  if (r === null) throw fail(plansErrors.ocrMissing());
  const [text, tsv] = await Promise.all([readFile(`${base}.txt`, 'utf8'), readFile(`${base}.tsv`, 'utf8')]);
  const confs = tsv
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 12 && c[11]!.trim() !== '' && Number(c[10]) >= 0)
    .map((c) => Number(c[10]));
  const confidence = confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : 0;
  return { text, confidence };
}

/** Orientation detection: the angle to turn the page clockwise, or null when Tesseract cannot tell. */
async function orientation(image: string, signal?: AbortSignal): Promise<number | null> {
  const r = await run('tesseract', [image, '-', '--psm', '0', '-l', 'osd'], { signal }).catch(() => null);
  if (!r) return null;
  const rotate = /Rotate:\s*(\d+)/.exec(r.stdout)?.[1];
  const confidence = Number(/Orientation confidence:\s*([\d.]+)/.exec(r.stdout)?.[1] ?? 0);
  return rotate !== undefined && confidence >= 1.5 ? Number(rotate) : null;
}

/**
 * One page image → its text. A photo is checked for rotation first (phones take them any way up);
 * a PDF page only when it reads badly. A page turned reads again, and the better reading is kept.
 */
async function readPage(image: string, page: number, note: OcrNote, opts: { signal?: AbortSignal; photo?: boolean } = {}): Promise<string> {
  const first = opts.photo ? null : await readImage(image, opts.signal);
  if (first && first.confidence >= POOR_PAGE && letters(first.text) >= 40) return first.text;
  const angle = await orientation(image, opts.signal);
  const sharp = (await import('sharp')).default;
  const turnedBy = async (degrees: number) => {
    const turned = image.replace(/\.(png|pgm)$/, `-turned-${degrees}.png`);
    await sharp(image).rotate(degrees).png().toFile(turned);
    return readImage(turned, opts.signal);
  };
  const poor = (r: { text: string; confidence: number }) => letters(r.text) < 40 || r.confidence < POOR_PAGE;
  if (angle === null || angle === 0) {
    const read = first ?? (await readImage(image, opts.signal));
    if (angle === 0 || !poor(read) || !opts.photo) {
      if (angle === null && poor(read)) note.unsure.push(page);
      return read.text;
    }
    // a photo whose orientation was not told (noisy, little text): the other three ways up are read, the best kept if
    // it reads well (photos only: a scanned PDF's pages come upright, and four readings of each poor page cost too much)
    let best = { degrees: 0, read };
    for (const degrees of [90, 180, 270]) {
      const r = await turnedBy(degrees);
      if (r.confidence > best.read.confidence) best = { degrees, read: r };
    }
    if (best.degrees === 0 || poor(best.read)) {
      note.unsure.push(page);
      return read.text;
    }
    note.rotated.push({ page, degrees: best.degrees });
    return best.read.text;
  }
  const second = await turnedBy(angle);
  if (first && second.confidence <= first.confidence) return first.text;
  note.rotated.push({ page, degrees: angle });
  return second.text;
}

/**
 * What a speckled margin leaves in OCR text: runs of `_ ~ | ˆ` at a line's ends (before its last stop too), a stray
 * letter before a sentence (`s Đến năm 2025`), a lone mark after the last word (`cho -`), lines that are mostly such
 * marks, a dash opening a line a sentence runs on to, and specks read as full stops (`STRAY_STOP`). The words themselves
 * are not touched.
 */
export function tidyOcr(text: string): string {
  const lead = /^[\s_~|`ˆ^¿¡°‹›«»\\]+/u;
  const trail = /[\s_~|`ˆ^¿¡°‹›«»\\]+$/u;
  const tidied = text
    .split('\n')
    .map((line) => {
      let l = line.replace(lead, '').replace(trail, '');
      l = l
        .replace(/^-[_~|]+\s*(?=\p{Ll})/u, '')
        .replace(/^-[_~|]+\s*/, '- ')
        .replace(/^[a-z]\s+(?=[\p{Lu}\d-])/u, '')
        .replace(/\s+[-.,;:'"]$/, '')
        .replace(/\s+[_~|`ˆ^]+(?=[.,;:]?$)/u, '');
      const nonSpace = l.replace(/\s/g, '').length;
      const words = l.match(/\p{L}{2,}/gu)?.length ?? 0;
      return nonSpace > 0 && letters(l) / nonSpace < 0.5 && words < 4 ? null : l;
    })
    .filter((l) => l !== null)
    .join('\n')
    // Tesseract parts blocks with a blank line, also inside a sentence: a line that goes on in lower case continues it
    .replace(/\n\s*\n(?=[\p{Ll}])/gu, '\n')
    // a speck read as a dash opening the line a sentence runs on to (`… 70% thư` / `- viện cơ sở …`, `-hộ nghèo`): no item of a list
    .replace(/(?<=\p{Ll}\.?)\n-\s*(?=\p{Ll})/gu, '\n')
    .replace(STRAY_STOP, '');
  return unwrap(tidied);
}

/** What opens an item of a list or a heading: `-`, `+`, `•`, `a)`, `1.`, `II.`, `Điều 3.`. */
const ITEM_OPENS = /^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,5}[.)]|Điều\s+\d)/u;

/**
 * A page's lines put back into paragraphs: Tesseract ends a line where the page did, so a headline or a sentence runs over
 * two lines and a rule that reads a line whole (a headline the body restates, a heading) sees half of it. A line goes on
 * from the one above when that one filled the page's width (at least 70 % of its longest line) and is no heading in capitals
 * nor ends on a colon, and the line opens no item of a list; a blank line still ends a paragraph.
 */
function unwrap(text: string): string {
  const lines = text.split('\n');
  const width = Math.max(0, ...lines.map((l) => l.length));
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const above = i > 0 ? lines[i - 1]! : '';
    const goesOn =
      out.length > 0 &&
      above.trim() !== '' &&
      line.trim() !== '' &&
      above.length >= 0.7 * width &&
      !/:\s*$/.test(above) &&
      above.toUpperCase() !== above &&
      !ITEM_OPENS.test(line);
    if (goesOn) out[out.length - 1] = `${out.at(-1)} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}

/**
 * A speck read as a full stop where no sentence can end: before a word in lower case (`Thư. viện`, `các chỉ tiêu. tương
 * ứng`: a sentence opens with a capital), between `năm`, `ngày`, `tháng` or `số` and its figure (`Đến năm. 2025`), and after
 * a word no sentence ends on (`60%, 20% và.` / `80% …`). An abbreviation keeps its stop: its letters are capitals
 * (`TP. Huế`, `ThS.`), `v.v.` is left as it is, and so is a stop inside an address (`thuvien.vn`).
 */
const STRAY_STOP =
  /(?<!\bv\.v)(?<=\p{Ll}|\d|%)\.(?=(?:[ \t]+|[ \t]*\n[ \t]*)\p{Ll})|(?<=\b(?:năm|ngày|tháng|số|Số))\.(?=\s+\d)|(?<=(?:^|\s)(?:và|của|các|những|với|cho|là|tại|theo|từ|đến|hoặc))\.(?=\s)/gmu;

/** Runs `work` over 1…n, `width` at a time, in order of pages. */
async function pool<T>(n: number, width: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, n) }, worker));
  return out;
}

async function withTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lifelong-ocr-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A PDF's text: poppler's text layer page by page; the pages without one are read by OCR. `null`
 * when poppler is not installed (the caller falls back to unpdf, which cannot OCR).
 */
export async function pdfTextPoppler(buf: Buffer, opts: OcrOptions = {}): Promise<{ text: string; note: OcrNote } | null> {
  return withTemp(async (dir) => {
    const file = path.join(dir, 'in.pdf');
    await writeFile(file, buf);
    const layer = await pdfLayerPages(file);
    if (layer === null) return null;
    const note: OcrNote = { ocrPages: [], rotated: [], unsure: [] };
    const blank = layer.map((p, i) => (letters(p) < 10 ? i : -1)).filter((i) => i >= 0);
    const written = letters(layer.join('')) >= Math.max(20, layer.length * 10);
    if (blank.length === 0) return { text: layer.join('\n'), note };
    if (blank.length > MAX_OCR_PAGES) throw fail(plansErrors.ocrTooManyPages({ pages: blank.length, max: MAX_OCR_PAGES }));
    try {
      await tesseractReady();
    } catch (e) {
      // a written document with a blank or pictured page is read without them when OCR is not installed
      if (written) {
        note.unsure = blank.map((i) => i + 1);
        return { text: layer.join('\n'), note };
      }
      throw e;
    }
    let done = 0;
    opts.onProgress?.({ page: 0, pages: blank.length });
    const texts = await pool(blank.length, 2, async (k) => {
      const page = blank[k]! + 1;
      const root = path.join(dir, `p${page}`);
      // greyscale PGM: uncompressed, so a speckled scan costs no PNG compression (minutes under load)
      const r = await run('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-gray', '-singlefile', file, root], { signal: opts.signal });
      if (r === null) throw fail(plansErrors.ocrMissing());
      const text = tidyOcr(await readPage(`${root}.pgm`, page, note, { signal: opts.signal }));
      await rm(`${root}.pgm`, { force: true });
      opts.onProgress?.({ page: ++done, pages: blank.length });
      return text;
    });
    note.ocrPages = blank.map((i) => i + 1);
    blank.forEach((i, k) => {
      layer[i] = texts[k]!;
    });
    return { text: layer.join('\n'), note };
  });
}

/** A photo or scan (PNG, JPEG, TIFF) read by OCR, upright first by its EXIF orientation. */
export async function imageText(buf: Buffer, opts: OcrOptions = {}): Promise<{ text: string; note: OcrNote }> {
  await tesseractReady();
  const sharp = (await import('sharp')).default;
  return withTemp(async (dir) => {
    const image = path.join(dir, 'photo.png');
    try {
      const meta = await sharp(buf).metadata();
      if ((meta.pages ?? 1) > MAX_OCR_PAGES) throw fail(plansErrors.ocrTooManyPages({ pages: meta.pages!, max: MAX_OCR_PAGES }));
      await sharp(buf).rotate().png().toFile(image);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fail(plansErrors.imageUnreadable());
    }
    const note: OcrNote = { ocrPages: [1], rotated: [], unsure: [] };
    opts.onProgress?.({ page: 0, pages: 1 });
    const text = tidyOcr(await readPage(image, 1, note, { signal: opts.signal, photo: true }));
    opts.onProgress?.({ page: 1, pages: 1 });
    return { text, note };
  });
}

/** What the file's first bytes say it is, among the images Tesseract reads. */
export function imageKind(buf: Buffer): 'png' | 'jpeg' | 'tiff' | null {
  if (buf.length < 4) return null;
  if (buf[0] === 0x89 && buf.subarray(1, 4).toString('latin1') === 'PNG') return 'png';
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  const head = buf.subarray(0, 4).toString('latin1');
  if (head === 'II*\0' || head === 'MM\0*') return 'tiff';
  return null;
}
