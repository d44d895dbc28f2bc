/** A number the reader found in a sentence, with its unit and place, and how such numbers are written. */

export type ValueType = 'percent' | 'count' | 'per_capita';

export interface ValueToken {
  type: ValueType;
  value: number | null;
  min: number | null;
  max: number | null;
  /** The number as written (`05`), for the OCR plausibility check. */
  raw: string;
  /** Folded unit: `%`, `cuoc`, `bo`, `hoat dong`, `ban/nguoi`, `cuon/nam` … */
  unit: string;
  /** The whole a count is a share of: 17 in `15/17 huyện`. */
  of?: number;
  start: number;
  end: number;
}

/** `từ 15 đến 20`: the words that open and join a range. */
export const FROM = String.raw`(?:\b(?:tu|tr|tt)\s+)?`;
export const TO = String.raw`\s*(?:den|-|toi)\s*`;

export function num(s: string): number {
  // Vietnamese decimals use a comma; a dot before three digits groups thousands.
  return Number(s.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.'));
}
