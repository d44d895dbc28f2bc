/**
 * The text of an uploaded plan: `.txt` (UTF-8), `.docx` (mammoth) or `.pdf` with a text layer
 * (unpdf). The format is told by the bytes, not the name. Bad input gets a clear message, in
 * Vietnamese and English: empty file, more than 50 MB, a PDF that is only images (needs OCR),
 * a DOCX that would unpack to more than 100 MB (a zip bomb), a document that is not a plan.
 */
import { readFile, stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../../core/errors.ts';
import { parsePlan } from './index.ts';
import type { ParsedPlanFull } from './types.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;

export type PlanFormat = 'txt' | 'docx' | 'pdf';

const fail = (vi: string, en: string, status: 413 | 422 = 422) => new UserError(vi, status, [], en);

export async function readPlanFile(path: string, opts: { maxUnpacked?: number } = {}): Promise<{ text: string; format: PlanFormat }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError(`Không mở được tệp "${path}".`, 404, [], `Cannot open "${path}".`);
  }
  if (size > MAX_FILE_BYTES) throw fail(`Tệp quá lớn (${(size / 1048576).toFixed(0)} MB); tối đa 50 MB.`, `File too large (${(size / 1048576).toFixed(0)} MB); the limit is 50 MB.`, 413);
  return readPlanBuffer(await readFile(path), opts);
}

export async function readPlanBuffer(buf: Buffer, opts: { maxUnpacked?: number } = {}): Promise<{ text: string; format: PlanFormat }> {
  if (buf.length > MAX_FILE_BYTES) throw fail('Tệp quá lớn; tối đa 50 MB.', 'File too large; the limit is 50 MB.', 413);
  if (buf.length === 0) throw fail('Tệp rỗng.', 'The file is empty.');
  let text: string;
  let format: PlanFormat;
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') {
    format = 'pdf';
    text = await pdfText(buf);
  } else if (buf.readUInt32LE(0) === 0x04034b50) {
    format = 'docx';
    text = await docxText(buf, opts.maxUnpacked ?? MAX_DOCX_UNPACKED);
  } else if (buf.readUInt32LE(0) === 0xe011cfd0) {
    throw fail('Tệp Word cũ (.doc) chưa được hỗ trợ; hãy lưu thành .docx hoặc .pdf.', 'Old Word files (.doc) are not supported; save as .docx or .pdf.');
  } else {
    format = 'txt';
    if (buf.subarray(0, 8192).includes(0)) throw fail('Không nhận ra định dạng tệp (cần .txt, .docx hoặc .pdf).', 'Unknown file format (need .txt, .docx or .pdf).');
    text = new TextDecoder('utf-8').decode(buf).replace(/^\ufeff/, '');
  }
  text = text.normalize('NFC');
  if (text.trim() === '') throw fail('Tệp không có nội dung văn bản.', 'The file has no text.');
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
    if (/password/i.test(msg)) throw fail('Tệp PDF có mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.', 'The PDF is password-protected.');
    throw fail('Không đọc được tệp PDF (tệp hỏng hoặc không phải PDF).', `Cannot read the PDF: ${msg}`);
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < Math.max(20, pages * 10)) {
    throw fail('Tệp PDF không có lớp văn bản (chỉ có hình ảnh), cần OCR trước khi tải lên.', 'The PDF has no text layer (images only); it needs OCR first.');
  }
  return text;
}

async function docxText(buf: Buffer, maxUnpacked: number): Promise<string> {
  const names = checkZip(buf, maxUnpacked);
  if (!names.includes('word/document.xml')) throw fail('Tệp nén không phải văn bản Word (.docx).', 'The archive is not a Word document (.docx).');
  const mammoth = (await import('mammoth')).default;
  try {
    const r = await mammoth.extractRawText({ buffer: buf });
    return r.value;
  } catch (e) {
    throw fail('Không đọc được tệp .docx (tệp hỏng).', `Cannot read the .docx: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const bomb = () => fail('Tệp .docx bung ra quá lớn (nghi là "bom nén"); không đọc.', 'The .docx unpacks to too much data (a zip bomb?); not read.', 413);

/**
 * Walks the zip's central directory and inflates every entry with a cap on the output, so a
 * lying size field cannot get past it. Returns the entry names.
 */
export function checkZip(buf: Buffer, maxUnpacked: number): string[] {
  const from = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw fail('Tệp .docx hỏng (không đọc được mục lục tệp nén).', 'Broken .docx (no zip directory).');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count > 5000) throw bomb();
  const names: string[] = [];
  let declaredTotal = 0;
  let actualTotal = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw fail('Tệp .docx hỏng.', 'Broken .docx (bad zip directory).');
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    names.push(buf.subarray(p + 46, p + 46 + nameLen).toString('utf8'));
    if (compressed === 0xffffffff || declared === 0xffffffff) throw bomb();
    declaredTotal += declared;
    if (declaredTotal > maxUnpacked) throw bomb();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw fail('Tệp .docx hỏng.', 'Broken .docx (bad zip entry).');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    if (method === 8) {
      const room = maxUnpacked - actualTotal;
      if (room <= 0) throw bomb();
      try {
        actualTotal += inflateRawSync(data, { maxOutputLength: room }).length;
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
        throw fail('Tệp .docx hỏng.', 'Broken .docx (bad compressed data).');
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
    throw fail(
      'Tài liệu này không giống một kế hoạch (không thấy tiêu đề "Kế hoạch", các mục tiêu, nhiệm vụ hay phần tổ chức thực hiện).',
      'This document does not look like a plan (no "Kế hoạch" title, targets, tasks or organisation section found).',
    );
  }
  return plan;
}
