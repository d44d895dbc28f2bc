/**
 * The text of an uploaded plan: `.txt` (UTF-8), `.docx` (mammoth) or `.pdf` with a text layer
 * (unpdf). The format is told by the bytes, not the name. Bad input gets a clear message, in
 * Vietnamese and English: empty file, more than 50 MB, a PDF that is only images (needs OCR),
 * a DOCX that would unpack to more than 100 MB (a zip bomb), a document that is not a plan.
 */
import { readFile, stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { UserError, type Said } from '../../core/errors.ts';
import { plansErrors } from '../messages.ts';
import { parsePlan } from './index.ts';
import type { ParsedPlanFull } from './types.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;

export type PlanFormat = 'txt' | 'docx' | 'pdf';

const fail = (said: Said, status: 413 | 422 = 422) => new UserError(said, status);

export async function readPlanFile(path: string, opts: { maxUnpacked?: number } = {}): Promise<{ text: string; format: PlanFormat }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError(plansErrors.cannotOpen({ path }), 404);
  }
  if (size > MAX_FILE_BYTES) throw fail(plansErrors.fileSizeTooLarge({ mb: (size / 1048576).toFixed(0) }), 413);
  return readPlanBuffer(await readFile(path), opts);
}

export async function readPlanBuffer(buf: Buffer, opts: { maxUnpacked?: number } = {}): Promise<{ text: string; format: PlanFormat }> {
  if (buf.length > MAX_FILE_BYTES) throw fail(plansErrors.fileTooLarge(), 413);
  if (buf.length === 0) throw fail(plansErrors.emptyFile());
  let text: string;
  let format: PlanFormat;
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') {
    format = 'pdf';
    text = await pdfText(buf);
  } else if (buf.readUInt32LE(0) === 0x04034b50) {
    format = 'docx';
    text = await docxText(buf, opts.maxUnpacked ?? MAX_DOCX_UNPACKED);
  } else if (buf.readUInt32LE(0) === 0xe011cfd0) {
    throw fail(plansErrors.oldWord());
  } else {
    format = 'txt';
    if (buf.subarray(0, 8192).includes(0)) throw fail(plansErrors.unknownFormat());
    text = new TextDecoder('utf-8').decode(buf).replace(/^\ufeff/, '');
  }
  text = text.normalize('NFC');
  if (text.trim() === '') throw fail(plansErrors.noText());
  return { text, format };
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

async function docxText(buf: Buffer, maxUnpacked: number): Promise<string> {
  const names = checkZip(buf, maxUnpacked);
  if (!names.includes('word/document.xml')) throw fail(plansErrors.notDocx());
  const mammoth = (await import('mammoth')).default;
  try {
    const r = await mammoth.extractRawText({ buffer: buf });
    return r.value;
  } catch (e) {
    throw fail(plansErrors.docxUnreadable({ detail: e instanceof Error ? e.message : String(e) }));
  }
}

const bomb = () => fail(plansErrors.zipBomb(), 413);

/**
 * Walks the zip's central directory and inflates every entry with a cap on the output, so a
 * lying size field cannot get past it. Returns the entry names.
 */
export function checkZip(buf: Buffer, maxUnpacked: number): string[] {
  const from = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw fail(plansErrors.docxNoDirectory());
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count > 5000) throw bomb();
  const names: string[] = [];
  let declaredTotal = 0;
  let actualTotal = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw fail(plansErrors.docxBadDirectory());
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    names.push(buf.subarray(p + 46, p + 46 + nameLen).toString('utf8'));
    if (compressed === 0xffffffff || declared === 0xffffffff) throw bomb();
    declaredTotal += declared;
    if (declaredTotal > maxUnpacked) throw bomb();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw fail(plansErrors.docxBadEntry());
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    if (method === 8) {
      const room = maxUnpacked - actualTotal;
      if (room <= 0) throw bomb();
      try {
        actualTotal += inflateRawSync(data, { maxOutputLength: room }).length;
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
        throw fail(plansErrors.docxBadData());
      }
    } else actualTotal += compressed;
    if (actualTotal > maxUnpacked) throw bomb();
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return names;
}

/** Reads and parses a plan file; a document that does not look like a plan is refused. */
export async function parsePlanFile(path: string): Promise<{ text: string; format: PlanFormat; plan: ParsedPlanFull }> {
  const { text, format } = await readPlanFile(path);
  return { text, format, plan: parsePlanText(text) };
}

/** Bytes of an uploaded file → its text and what was read from it; refuses documents that are not plans. */
export async function parsePlanBuffer(buf: Buffer): Promise<{ text: string; format: PlanFormat; plan: ParsedPlanFull }> {
  const { text, format } = await readPlanBuffer(buf);
  return { text, format, plan: parsePlanText(text) };
}

function parsePlanText(text: string): ParsedPlanFull {
  const plan = parsePlan(text);
  if (!plan.looksLikePlan) {
    throw fail(plansErrors.notAPlan());
  }
  return plan;
}
