/**
 * Known phrases restored: in text read from a scan that lost its diacritics, the phrases the
 * platform knows (programme titles, agencies, unit names, institution kinds, the words plans are
 * written in) get their marks back, word by word, the longest phrase first. A word is changed only
 * when it has no mark of its own and folds (core `fold`: no marks, lower case) to the phrase's
 * word; its case (`KE HOACH`, `Ke hoach`) and the punctuation around it are kept. Unknown words
 * are left as they are. Every restoration is returned with its place, so the review can show it
 * and put the original back.
 */
import { fold } from '../../core/text/vietnamese.ts';
import { PHRASES, PROVINCES } from './lexicon.ts';

/** The words plans are written in, and the programmes' titles (phrases of two words or more). */
export const PLAN_VOCABULARY = [
  'Kế hoạch',
  'Chủ trì',
  'phối hợp',
  'chủ trì, phối hợp',
  'Triển khai thực hiện',
  'Triển khai',
  'thực hiện',
  'Chương trình',
  'Quyết định',
  'Chỉ thị',
  'Đề án',
  'Phê duyệt',
  'Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030',
  'Đẩy mạnh các hoạt động phục vụ học tập suốt đời',
  'Đẩy mạnh các hoạt động học tập suốt đời',
  'Xây dựng xã hội học tập giai đoạn 2021 - 2030',
  'Phát triển văn hóa đọc trong cộng đồng',
  'Chuyển đổi số ngành thư viện',
  'học tập suốt đời',
  'xã hội học tập',
  'văn hóa đọc',
  'thư viện',
  'bảo tàng',
  'trung tâm văn hóa',
  'Trung tâm Văn hóa, Thông tin và Thể thao',
  'Trung tâm Văn hóa - Thông tin và Thể thao',
  'Nhà văn hóa',
  'Thư viện tỉnh',
  'Thư viện huyện',
  'Bảo tàng tỉnh',
  'trên địa bàn',
  'trên địa bàn tỉnh',
  'trên địa bàn huyện',
  'trên địa bàn xã',
  'đến năm',
  'định hướng đến năm',
  'giai đoạn',
  'tổ chức',
  'phục vụ',
  'hoạt động',
  'Ủy ban nhân dân tỉnh',
  'Ủy ban nhân dân huyện',
  'Ủy ban nhân dân xã',
  'Hội đồng nhân dân',
  'Ngày Sách và Văn hóa đọc Việt Nam',
  'Tuần lễ hưởng ứng học tập suốt đời',
  'Ngày Di sản văn hóa Việt Nam',
  'Ngày Quốc tế Bảo tàng',
  'chuyển đổi số',
  'tuyên truyền',
  'nâng cao',
  'cơ sở vật chất',
  'đọc sách',
];

export interface Restoration {
  /** Where the restored phrase stands in the returned text. */
  start: number;
  end: number;
  original: string;
  restored: string;
}

interface Entry {
  words: string[];
  text: string[];
}
export interface PhraseIndex {
  /** The entries by their first folded word, longest first. */
  byFirst: Map<string, Entry[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKED = /[^\x00-\x7f]/;

/**
 * An index of phrases (two words or more); a folded phrase that stands for two different
 * spellings (`Đắk Hà`, `Đăk Hà`) is left out: which one was meant cannot be told.
 */
export function phraseIndex(phrases: Iterable<string>): PhraseIndex {
  const byKey = new Map<string, string | null>();
  for (const p of phrases) {
    const text = p.normalize('NFC').trim();
    const words = text.match(WORD) ?? [];
    if (words.length < 2) continue;
    const key = words.map((w) => fold(w)).join(' ');
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, text);
    else if (seen !== null && seen.toLowerCase() !== text.toLowerCase()) byKey.set(key, null);
  }
  const byFirst = new Map<string, Entry[]>();
  for (const [key, text] of byKey) {
    if (text === null) continue;
    const entry = { words: key.split(' '), text: text.match(WORD)! };
    const list = byFirst.get(entry.words[0]!) ?? [];
    list.push(entry);
    byFirst.set(entry.words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** The phrases the reader knows without the database: its agencies and provinces, and the plans' vocabulary. */
export const BUILT_IN_PHRASES: readonly string[] = [...PHRASES, ...PROVINCES.flatMap((p) => [`tỉnh ${p}`, p]), ...PLAN_VOCABULARY];

/** `KE HOACH` → `KẾ HOẠCH`, `Ke hoach` → `Kế hoạch`, `ke hoach` → `kế hoạch`; a name keeps its capitals. */
function cased(original: string, word: string, first: boolean): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return word.toUpperCase();
  const upperStart = original[0] !== original[0]!.toLowerCase();
  if (upperStart) return word[0]!.toUpperCase() + word.slice(1);
  // a lower-case word in the text stays lower case unless the phrase's word is a name's capital
  return first || word[0] === word[0]!.toLowerCase() ? word[0]!.toLowerCase() + word.slice(1) : word;
}

/** The text with the known phrases' marks put back, and each restoration. */
export function restorePhrases(text: string, index: PhraseIndex): { text: string; restorations: Restoration[] } {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, key: fold(m[0]) }));
  const out: string[] = [];
  const restorations: Restoration[] = [];
  let at = 0; // in `text`
  let shift = 0; // length of the output minus that of the input so far
  let i = 0;
  while (i < tokens.length) {
    const candidates = index.byFirst.get(tokens[i]!.key) ?? [];
    const hit = candidates.find(
      (e) => e.words.every((w, j) => tokens[i + j]?.key === w) && tokens.slice(i, i + e.words.length).some((t) => !MARKED.test(t.word)),
    );
    if (!hit) {
      i++;
      continue;
    }
    const span = tokens.slice(i, i + hit.words.length);
    const start = span[0]!.start;
    const last = span[span.length - 1]!;
    const end = last.start + last.word.length;
    let piece = '';
    let from = start;
    let changed = false;
    span.forEach((t, j) => {
      piece += text.slice(from, t.start);
      // a word that has its own marks is the writer's: kept as it is
      const word = MARKED.test(t.word) ? t.word : cased(t.word, hit.text[j]!, j === 0);
      if (word !== t.word) changed = true;
      piece += word;
      from = t.start + t.word.length;
    });
    if (changed) {
      out.push(text.slice(at, start), piece);
      restorations.push({ start: start + shift, end: start + shift + piece.length, original: text.slice(start, end), restored: piece });
      shift += piece.length - (end - start);
      at = end;
    }
    i += hit.words.length;
  }
  out.push(text.slice(at));
  return { text: out.join(''), restorations };
}
