/**
 * Photo captions of a news page: a line that ends with its credit (`… Ảnh: Mộc Trà`, `(Ảnh: TL)`)
 * or opens as one (`Ảnh minh họa: …`). A caption restates the story under the photo; the targets it
 * repeats are the body's, not new ones.
 */
import { toOriginal, type Folded } from './normalise.ts';
import type { Span } from './types.ts';

const CAPTION = /^[ \t]*anh(?: minh hoa\b|\s*:)|\banh\s*:\s*[^\n:.;%]{1,40}\)?[ \t]*$/;

/** A folded line that is a photo caption (`Ảnh minh họa (Nguồn: …)`, `… Ảnh: TL`): never a headline. */
export const isCaption = (line: string): boolean => CAPTION.test(line);

/** The caption lines of a text, as spans of the original. */
export function captionLines(f: Folded): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of f.text.split('\n')) {
    if (CAPTION.test(line)) out.push(toOriginal(f, start, start + line.length));
    start += line.length + 1;
  }
  return out;
}
