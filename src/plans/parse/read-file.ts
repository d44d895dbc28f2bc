/**
 * The text of an uploaded plan: `.txt` (UTF-8), `.docx` (mammoth), `.pdf` (poppler's text layer,
 * its pages without text read by OCR — `ocr.ts`; unpdf when poppler is not installed) or a photo
 * (PNG, JPEG, TIFF, by OCR). The format is told by the bytes, not the name. Bad input gets a clear message, in
 * Vietnamese and English: empty file, more than 50 MB, a PDF that is only images (needs OCR),
 * a DOCX that would unpack to more than 100 MB (a zip bomb), a document nothing can be read from.
 */
import { readFile, stat } from 'node:fs/promises';
import { archiveEntry, guardArchive } from '../../core/archive.ts';
import { UserError, type Said } from '../../core/errors.ts';
import { plansErrors } from '../messages.ts';
import { parsePlanText } from './parse-thread.ts';
import type { ParsedPlanFull } from './types.ts';
import { imageKind, imageText, pdfTextPoppler, type OcrNote, type OcrOptions } from './ocr.ts';
import { PARSE_WARNINGS } from './warnings.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;
/** Unpacked ÷ packed size of a DOCX part over 1 MB (text and images pack to a tenth at most; a bomb to a thousandth). */
const DOCX_MAX_RATIO = 200;

export type PlanFormat = 'txt' | 'docx' | 'pdf' | 'image';

export interface ReadPlan {
  text: string;
  format: PlanFormat;
  /** What OCR read and turned, when it was used. */
  ocr?: OcrNote;
  /** A DOCX's tracked changes not yet accepted or rejected (the text is read with all of them accepted). */
  revisions?: Revisions;
}

export interface Revisions {
  inserted: number;
  deleted: number;
  moved: number;
}

type ReadOptions = { maxUnpacked?: number } & OcrOptions;

const fail = (said: Said, status: 413 | 422 = 422) => new UserError(said, status);

export async function readPlanFile(path: string, opts: ReadOptions = {}): Promise<ReadPlan> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError(plansErrors.cannotOpen({ path }), 404);
  }
  if (size > MAX_FILE_BYTES) throw fail(plansErrors.fileSizeTooLarge({ mb: (size / 1048576).toFixed(0) }), 413);
  return readPlanBuffer(await readFile(path), opts);
}

export async function readPlanBuffer(buf: Buffer, opts: ReadOptions = {}): Promise<ReadPlan> {
  if (buf.length > MAX_FILE_BYTES) throw fail(plansErrors.fileTooLarge(), 413);
  if (buf.length === 0) throw fail(plansErrors.emptyFile());
  let text: string;
  let format: PlanFormat;
  let ocr: OcrNote | undefined;
  let revisions: Revisions | undefined;
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') {
    format = 'pdf';
    const poppler = await pdfTextPoppler(buf, opts);
    if (poppler) {
      text = poppler.text;
      if (poppler.note.ocrPages.length > 0 || poppler.note.unsure.length > 0) ocr = poppler.note;
    } else text = await pdfText(buf);
  } else if (imageKind(buf)) {
    format = 'image';
    const r = await imageText(buf, opts);
    text = r.text;
    ocr = r.note;
  } else if (buf.readUInt32LE(0) === 0x04034b50) {
    format = 'docx';
    ({ text, revisions } = await docxText(buf, opts.maxUnpacked ?? MAX_DOCX_UNPACKED));
  } else if (buf.readUInt32LE(0) === 0xe011cfd0) {
    throw fail(plansErrors.oldWord());
  } else {
    format = 'txt';
    if (buf.subarray(0, 8192).includes(0)) throw fail(plansErrors.unknownFormat());
    text = new TextDecoder('utf-8').decode(buf).replace(/^\ufeff/, '');
  }
  text = text.normalize('NFC');
  if (text.trim() === '') throw fail(plansErrors.noText());
  return { text, format, ...(ocr && { ocr }), ...(revisions && { revisions }) };
}

async function pdfText(buf: Buffer): Promise<string> {
  const { extractText } = await import('unpdf');
  let pages: number;
  let text: string;
  try {
    const r = await extractText(new Uint8Array(buf), { mergePages: true });
    pages = r.totalPages;
    text = r.text;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password/i.test(msg)) throw fail(plansErrors.pdfPassword());
    throw fail(plansErrors.pdfUnreadable({ detail: msg }));
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < Math.max(20, pages * 10)) {
    throw fail(plansErrors.pdfNoTextLayer());
  }
  return text;
}

/**
 * The marks of tracked changes in a DOCX's body that hold text (`<w:ins>…</w:ins>`, `<w:del>`, `<w:moveFrom>`,
 * `<w:moveTo>`; not the empty ones that mark a paragraph's end as changed, nor `w:insideH`, a table's border).
 */
export function trackedChanges(xml: string): Revisions | undefined {
  const r: Revisions = { inserted: 0, deleted: 0, moved: 0 };
  for (const m of xml.matchAll(/<w:(ins|del|moveFrom|moveTo)(?=[\s>])[^>]*?(\/?)>/g)) {
    if (m[2] === '/') continue;
    if (m[1] === 'ins') r.inserted++;
    else if (m[1] === 'del') r.deleted++;
    else if (m[1] === 'moveTo') r.moved++;
  }
  return r.inserted + r.deleted + r.moved > 0 ? r : undefined;
}

/** A DOCX's text as mammoth reads it: every tracked change accepted (insertions kept, deletions left out). */
async function docxText(buf: Buffer, maxUnpacked: number): Promise<{ text: string; revisions: Revisions | undefined }> {
  const names = await guardArchive(buf, 'DOCX', { maxEntries: 5000, maxUnpacked, maxRatio: DOCX_MAX_RATIO });
  if (!names.includes('word/document.xml')) throw fail(plansErrors.notDocx());
  const mammoth = (await import('mammoth')).default;
  try {
    const r = await mammoth.extractRawText({ buffer: buf });
    const body = await archiveEntry(buf, 'DOCX', 'word/document.xml');
    return { text: r.value, revisions: body ? trackedChanges(body.toString('utf8')) : undefined };
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw fail(plansErrors.docxUnreadable({ detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** Reads and parses a plan file; a document is refused only when nothing at all is read from it. */
export async function parsePlanFile(path: string, opts: OcrOptions = {}): Promise<ReadPlan & { plan: ParsedPlanFull }> {
  const read = await readPlanFile(path, opts);
  return { ...read, plan: await readText(read) };
}

/** Bytes of an uploaded file → its text and what was read from it; refuses a document only when nothing is read from it. */
export async function parsePlanBuffer(buf: Buffer, opts: OcrOptions = {}): Promise<ReadPlan & { plan: ParsedPlanFull }> {
  const read = await readPlanBuffer(buf, opts);
  return { ...read, plan: await readText(read) };
}

const pageList = (pages: number[]) => pages.join(', ');

async function readText({ text, ocr, revisions }: ReadPlan): Promise<ParsedPlanFull> {
  const plan = await parsePlanText(text);
  if (revisions) plan.warnings.push(PARSE_WARNINGS.trackedChanges(revisions));
  if (ocr) {
    const said = [
      ...(ocr.ocrPages.length > 0 ? [PARSE_WARNINGS.ocrRead(pageList(ocr.ocrPages))] : []),
      ...ocr.rotated.map((r) => PARSE_WARNINGS.rotated(r.page, r.degrees)),
      ...(ocr.unsure.length > 0 ? [PARSE_WARNINGS.unsure(pageList(ocr.unsure))] : []),
    ];
    plan.warnings.push(...said);
  }
  // Read, don't gatekeep: whatever was found goes to the review, with the reader's warnings.
  if (plan.empty) {
    throw fail(plansErrors.notAPlan());
  }
  return plan;
}
