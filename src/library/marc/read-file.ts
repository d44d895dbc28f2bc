import { readIso2709, type ReadResult } from './iso2709.ts';
import { readMarcXml } from './marcxml.ts';

export type MarcFormat = 'iso2709' | 'marcxml';

/** Tells MARCXML (starts with `<`, after a BOM and white space) from ISO 2709 (starts with five digits). */
export function detectFormat(file: Uint8Array): MarcFormat | null {
  let i = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? 3 : 0;
  while (i < file.length && (file[i] === 0x20 || file[i] === 0x0a || file[i] === 0x0d || file[i] === 0x09)) i++;
  if (file[i] === 0x3c) return 'marcxml';
  let d = 0;
  while (d < 5 && file[i + d]! >= 0x30 && file[i + d]! <= 0x39) d++;
  return d === 5 ? 'iso2709' : null;
}

/** Every record of a MARC file, in either format, read lazily: ISO 2709 records are parsed one by one as they are consumed (what an import writes from). */
export function readMarcRecords(file: Uint8Array): { format: MarcFormat | null; results: Iterable<ReadResult> } {
  const format = detectFormat(file);
  if (format === 'marcxml') return { format, results: readMarcXml(new TextDecoder('utf-8').decode(file)) };
  if (format === 'iso2709') return { format, results: readIso2709(file) };
  return { format: null, results: [] };
}

/** Every record of a MARC file, in either format, read at once. */
export function readMarcFile(file: Uint8Array): { format: MarcFormat | null; results: ReadResult[] } {
  const { format, results } = readMarcRecords(file);
  return { format, results: [...results] };
}
