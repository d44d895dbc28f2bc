/**
 * Photo captions of a news page: a line that ends with its credit (`… Ảnh: Mộc Trà`, `(Ảnh: TL)`, `… - Nguồn: báo X`)
 * or opens as one (`Ảnh minh họa: …`). A caption restates the story under the photo; the targets it
 * repeats are the body's, not new ones.
 */
import { toOriginal, type Folded } from './normalise.ts';
import type { Span } from './types.ts';

// (or credits its source after a dash: `Ninh Bình phấn đấu 100% … - Nguồn: lic.vnu.edu.vn`)
// (or in brackets closing the line: `Đến năm 2020, phấn đấu 35% người dân … (Nguồn: datdo.baria-vungtau.gov.vn)`)
const CAPTION =
  /^[ \t]*anh(?: minh hoa\b|\s*:)|\banh\s*:\s*[^\n:.;%]{1,40}\)?[ \t]*$|\s[-–][ \t]*nguon\s*:\s*[^\n:;%]{1,40}$|\(\s*nguon\s*:\s*[^\n()%;]{1,60}\)[ \t]*$/;

/** A folded line that is a photo caption (`Ảnh minh họa (Nguồn: …)`, `… Ảnh: TL`): never a headline. */
export const isCaption = (line: string): boolean => CAPTION.test(line);

/** An image as a page's export writes it (`![](…)`, `![]() |`): the table cell under it is its caption. */
const IMAGE = /^[ \t|]*!\[[^\]\n]*\]\([^)\n]*\)/;
const CELL = /^[ \t]*\|[^\n]*\|[ \t]*$/;

/** The caption lines of a text, as spans of the original. */
export function captionLines(f: Folded): Span[] {
  const out: Span[] = [];
  let start = 0;
  let image = false;
  for (const line of f.text.split('\n')) {
    if (CAPTION.test(line) || (image && CELL.test(line))) out.push(toOriginal(f, start, start + line.length));
    if (line.trim() !== '') image = IMAGE.test(line);
    start += line.length + 1;
  }
  return out;
}
