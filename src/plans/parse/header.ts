/**
 * The header of a plan: number (`53/KH-UBND`), place and date, title, issuer, the documents it
 * is based on and the national programme it implements (Decision 1520/QĐ-TTg).
 */
import { isCaption } from './captions.ts';
import { canonicalNumber, citations, iso, repairCode } from './citations.ts';
import { DATELINE, isDateline, isMenu, labelAbove, nameAbove, relatedLinks, sectionAbove, WEEKDAY } from './datelines.ts';
import { issuerOf, placeBefore } from './issuer.ts';
import { restore } from './lexicon.ts';
import { originalText, toOriginal, type Folded } from './normalise.ts';
import { programmeOf } from './programme.ts';
import { isUpperAt, type Structure } from './structure.ts';
import type { BasisDoc, Span } from './types.ts';

export { citations, repairCode } from './citations.ts';
export { PROGRAMME } from './programme.ts';

export interface Header {
  /** The document's type line (`ke hoach`, `quyet dinh`, `bao cao` …), folded. */
  docType: string | null;
  /** The title is a news item's headline (its first line), which may state a target of its own. */
  headline: boolean;
  number: string | null;
  date: string | null;
  dateYear: number | null;
  place: string | null;
  title: string | null;
  issuer: string | null;
  programme: string | null;
  basis: BasisDoc[];
  /** Folded offset where the body (basis paragraph, then sections) starts. */
  bodyStart: number;
  spans: { number: Span | null; date: Span | null; title: Span | null; issuer: Span | null };
}

/** The line that says what a document is: `KẾ HOẠCH`, `QUYẾT ĐỊNH`, `BÁO CÁO` … alone on its line. */
const DOC_LINE = /(?:^|\n)[ "]*(k[eo] hoach|quyet dinh|bao cao|chuong trinh|de an|chi thi|thong bao|huong dan|to trinh|cong van|nghi quyet)[ .:]*(?=\n)/;
/** A word of running text before `, ngày` (`… công tác xoá mù chữ, ngày 29/5/2014, UBND tỉnh … đã phê duyệt`): an act the text reports. */
const RUNNING = /[a-z]+\s*$/;

/**
 * Without a type line of its own, a line in capitals that opens with one and runs on as the title
 * (`BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2010 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2011` under a site's menu) says what the document is.
 */
/** A line that sets a figure, not a title: it opens on a year to reach (`Đến năm 2025, …`), or it holds a share. */
const SETS_A_FIGURE = /^\W*(?:den|vao) (?:het )?nam 20\d\d\s*,|\d\s*%/;

function titledType(f: Folded, top: string): string | null {
  for (const m of top.slice(0, 800).matchAll(/(?:^|\n)[ \t"]*(bao cao|ke hoach|quyet dinh)[ \t]+[a-z][^\n]{10,}/g)) {
    const at = m.index + m[0].search(/[a-z]/);
    const o = toOriginal(f, at, m.index + m[0].length);
    const line = f.original.slice(o.start, o.end);
    if (/\p{Lu}/u.test(line) && line === line.toUpperCase()) return m[1]!;
  }
  return null;
}

/** A page's spacer or furniture line above its headline: bare punctuation, its logo's alt text, its reading toolbar. */
const FURNITURE = /^[ \t]*(?:[^\n\da-z]*|logo|a-[ \t]*a[ \t]*a\+[^\n]*|co chu[ \t]*:?[ \t]*(?:giam|a-)[^\n]*)[ \t]*\n/;

/** A page's text-size toggle on a line of its own: `aa` (its two letters), `A- A A+ …`, `Cỡ chữ: A- …`. */
const TEXT_SIZE = /^[ \t]*(?:a[ \t]?a|a-[ \t]*a[ \t]*a\+[^\n]*|co chu[ \t]*:?[ \t]*(?:giam|a-)[^\n]*)[ \t]*\n/;

export function readHeader(f: Folded, st: Structure, ocr: boolean): Header {
  const text = f.text;
  const firstSection = st.sections[0]?.start ?? Math.min(text.length, 3000);
  const top = text.slice(0, firstSection);
  const typeLine = DOC_LINE.exec(top);
  // "QUYẾT ĐỊNH:" before "Điều 1." is a decision's formula opening its articles, not its title (a web copy may drop the title).
  // (or before a later article, the copy having dropped the first with the document it issues: "QUYẾT ĐỊNH:" / "Điều 2. Quyết
  // định này có hiệu lực …")
  const formula = typeLine?.[0].includes(':') && /^\s*dieu\s+\d{1,2}\s*[.:]/.test(top.slice(typeLine.index + typeLine[0].length));
  // (a plan's type line under the formula and its articles is the title of the plan the decision issues, not the decision's)
  // (a scan may leave a margin's mark before it, `#1 KE HOACH`, folded to a bare digit)
  const titleLine =
    /(?:^|\n)(?:\d[ ]+)?[ "]*k[eo] hoach[ .]*(?=\n)/.exec(formula && typeLine ? top.slice(0, typeLine.index) : top) ?? (formula ? null : typeLine);
  const docType = typeLine ? typeLine[1]!.replace(/^k[eo]/, 'ke') : titledType(f, top);
  const headerEnd = titleLine ? titleLine.index : formula && typeLine ? typeLine.index : Math.min(firstSection, 600);
  const head = text.slice(0, headerEnd);
  const spans: Header['spans'] = { number: null, date: null, title: null, issuer: null };

  let number: string | null = null;
  // Without a type line (a news item, a web page) only a `Số:` opening a line or a header cell is the document's own.
  const SO = typeLine ? String.raw`\bso\s*:\s*` : String.raw`(?:^|\n|\|)\s*so\s*:\s*`;
  const num = new RegExp(String.raw`${SO}(\d{1,5})?(?:\s*\/\s*((?:19|20)\d\d))?\s*\/\s*([a-z][a-z0-9]*(?:\s*-\s*[a-z][a-z0-9]*)*)`).exec(head);
  const party = new RegExp(String.raw`${SO}(\d{1,5})\s*-\s*([a-z]{2,3})\s*\/\s*([a-z]{1,6})\b`).exec(head);
  if (num?.[1]) {
    const codeStart = num.index + num[0].length - num[3]!.length;
    number = canonicalNumber(f, num[1], codeStart, num.index + num[0].length, num[2]);
    spans.number = toOriginal(f, num.index, num.index + num[0].length);
  } else if (party) {
    const raw = originalText(f, party.index + party[0].search(/\d/), party.index + party[0].length).replace(/\s+/g, '');
    const dash = raw.indexOf('-');
    const [kind, owner] = raw.slice(dash + 1).split('/');
    number = `${raw.slice(0, dash)}-${repairCode(kind ?? '')}/${(owner ?? '').toUpperCase()}`;
    spans.number = toOriginal(f, party.index, party.index + party[0].length);
  }

  let date: string | null = null;
  let dateYear: number | null = null;
  let place: string | null = null;
  // "Place, ngày …" is the document's own date (so is "Số: 12/KH-UBND, ngày …"); ", ngày" right after a cited
  // code ("Quyết định 629/QĐ-TTg, ngày 04/5/2013") is the date of the document cited.
  const dm =
    [...head.matchAll(/(?:,|(?<=[a-z] ))\s*ngay\s*(\d{1,2})?\s*(?:thang|\/)\s*(\d{1,2})?\s*(?:nam|\/)\s*(\d{4,5})(?!\d)/g)].find((m) => {
      const before = head.slice(Math.max(0, m.index - 40), m.index);
      // (its comma lost, as a PDF's text runs the header's two cells into one line, "Số: 114/NQ-CP Hà Nội ngày 29 tháng 4 năm
      // 2025": only on the number's line, after the place's capitalised name)
      if (!m[0].startsWith(',')) {
        const line = before.slice(before.lastIndexOf('\n') + 1);
        const word = RUNNING.exec(before);
        return /\bso\s*:\s*\d/.test(line) && !!word && isUpperAt(f, m.index - before.length + word.index + word[0].search(/[a-z]/));
      }
      if (/\bso\s*:/.test(before)) return true;
      if (/\d\s*\/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z][a-z0-9]*)+\s*$/.test(before) || WEEKDAY.test(before)) return false;
      // A place is a capitalised name (`Hà Nội`, `Quận 11`); a lower-case word runs a sentence on.
      const word = RUNNING.exec(before);
      return !word || isUpperAt(f, m.index - before.length + word.index + word[0].search(/[a-z]/));
    }) ?? null;
  // (a year misprinted with a digit too many, `ngày 20 tháng 5 năm 23024`, is the year the text names that the misprint holds)
  const year = dm ? mendYear(dm[3]!, text) : null;
  if (dm && year) {
    dateYear = Number(year);
    if (dm[1] && dm[2]) date = iso(year, dm[2], dm[1]);
    spans.date = toOriginal(f, dm.index, dm.index + dm[0].length);
    place = placeBefore(f, dm.index, ocr);
  }

  let title: string | null = null;
  let titleAt = -1;
  let headline = false;
  let bodyStart = 0;
  let start = titleLine ? titleLine.index + titleLine[0].length : 0;
  while (titleLine && (text[start] === '\n' || text[start] === ' ')) start++;
  if (titleLine && SETS_A_FIGURE.test(text.slice(start).split('\n', 1)[0]!)) {
    // no title: the type line is followed at once by what the plan sets (`KẾ HOẠCH` / `Đến năm 2025, 60% …`)
    bodyStart = start;
  } else if (titleLine) {
    let end = text.indexOf('\n', start);
    while (end > 0) {
      let next = end;
      while (text[next] === '\n' || text[next] === ' ') next++;
      const open = text[next] === '"' ? next + 1 : next;
      if (!/[a-z]/.test(text[open] ?? '') || isUpperAt(f, open)) break;
      const nl = text.indexOf('\n', next);
      end = nl < 0 ? text.length : nl;
    }
    if (end < 0) end = text.length;
    title = originalText(f, start, end) || null;
    titleAt = start;
    spans.title = toOriginal(f, start, end);
    bodyStart = end;
  } else {
    // A news item: its headline is the first line (if it is one, not the whole text); a line with a
    // figure is a headline only when a blank line sets it apart ("Trên 70% xã … đạt chuẩn").
    // A news page may open with its dateline ("16/03/2017 14:03 GMT+7"): the headline is the line after it.
    let first = DATELINE.exec(text)?.[0].length ?? 0;
    // A portal may set its section's name above the dateline and the headline under it ("Tin chỉ đạo điều hành" /
    // "Thứ 6, Ngày 05/08/2022, 13:00" / headline); a dateline under the headline has the lead after it.
    const section = sectionAbove(text);
    if (first === 0 && section > 0) first = section;
    // (or the section's name above the headline, and the dateline under it: "Tầm nhìn" / headline / "08:51, 21 Tháng Ba 2022")
    if (first === 0) first = labelAbove(text);
    // (or the section's name alone above the headline, a blank line between: "Văn hoá đời sống" / headline / lead)
    if (first === 0) first = nameAbove(text);
    // (lines of bare punctuation, ".", "*", a page's spacers, stand above nothing; nor do its logo's alt text and its
    // reading toolbar, "Logo", "A- A A+ | Tăng tương phản Giảm tương phản")
    // (after the dateline too: "Wednesday, 26/01/2022 - 14:47|" / "A- A A+ | Chia sẻ bài viết …" / headline)
    const blanks = /^\n*/.exec(text.slice(first))![0].length;
    if (FURNITURE.exec(text.slice(first + blanks))?.[0].trim()) first += blanks;
    for (let m = FURNITURE.exec(text.slice(first)); m && m[0].trim() !== ''; m = FURNITURE.exec(text.slice(first))) {
      first += m[0].length;
      while (text[first] === '\n') first++;
    }
    const afterDateline = first > 0 && text.slice(0, first).trim() !== '' && /\d/.test(text.slice(0, first));
    while (text[first] === '\n' || text[first] === ' ') first++;
    // A page's menu or banner above the headline ("DÒNG SỰ KIỆN. * … * …") is no headline.
    // (read in the original: folding drops the asterisks)
    const raw = (a: number, b: number) => {
      const o = toOriginal(f, a, b);
      return f.original.slice(o.start, o.end);
    };
    for (let nl = text.indexOf('\n', first); nl > first && isMenu(raw(first, nl)); nl = text.indexOf('\n', first)) {
      first = nl;
      while (text[first] === '\n' || text[first] === ' ') first++;
      const d = DATELINE.exec(text.slice(first));
      if (d) {
        first += d[0].length;
        while (text[first] === '\n' || text[first] === ' ') first++;
      }
    }
    // A page may open on its photo's caption ("Ảnh minh họa (Nguồn: …)"): the headline, if any, is below it.
    for (let nl = text.indexOf('\n', first); nl > first && isCaption(text.slice(first, nl)); nl = text.indexOf('\n', first)) {
      first = nl;
      while (text[first] === '\n' || text[first] === ' ') first++;
    }
    const end = text.indexOf('\n', first);
    const line = text.slice(first, Math.max(first, end));
    let next = end;
    // (or a bracketed tag of the page's, `[Nhận Định Bóng Đá] 时间:2025-01-25 …`, a sentence of its own)
    while (text[next] === '\n' || text[next] === ' ' || text[next] === '(' || text[next] === '"' || text[next] === '[') next++;
    // (the page's text-size toggle may stand right under the headline, `aa`, `A- A A+`, `Cỡ chữ: …`)
    const toggle = TEXT_SIZE.exec(text.slice(next));
    if (toggle) next += toggle[0].length;
    while (text[next] === '\n' || text[next] === ' ') next++;
    // (a list of related links may stand between the headline and what follows it)
    next = relatedLinks(text, next);
    while (text[next] === '\n' || text[next] === ' ' || text[next] === '(' || text[next] === '"') next++;
    // What follows a headline: a sentence, or the dateline ("18:33, 09/10/2019").
    const followed =
      isUpperAt(f, next) ||
      DATELINE.test(text.slice(next)) ||
      isDateline(text.slice(next, text.indexOf('\n', next) < 0 ? text.length : text.indexOf('\n', next)));
    // (a document's own number line, `Số: 12/KH-UBND`, is no headline)
    if (
      end > first &&
      end - first <= 200 &&
      !/[.;:,]$/.test(line.trim()) &&
      !/^\W*so\s*:/.test(line) &&
      (!/\d\s*%/.test(line) || text[end + 1] === '\n' || afterDateline) &&
      followed
    ) {
      title = originalText(f, first, end);
      titleAt = first;
      headline = true;
      spans.title = toOriginal(f, first, end);
      bodyStart = end;
    }
  }

  const all = citations(f);
  // What stands above a document's own `Số: …, ngày …` line is a site's furniture (its list of related documents).
  const basisStart = Math.max(bodyStart, num?.[1] ? num.index + num[0].length : 0, num?.[1] && dm && dm.index > num.index ? dm.index + dm[0].length : 0);
  // The basis ends where the plan's first numbered part begins ("1. Mục đích", "I. MỤC TIÊU"), or a decision's
  // articles ("QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Kế hoạch … (Kèm theo Kế hoạch số 1376/KH-SGDĐT …)": what it approves).
  const part = /\n[ \t]*(?:(?:\d{1,2}|[ivx]{1,4})\.[ \t]+(?!can cu|thuc hien)[a-z]|quyet dinh[ \t]*:|dieu[ \t]+1[ \t]*[.:])/g;
  part.lastIndex = basisStart;
  const firstPart = part.exec(text)?.index ?? text.length;
  const basisEnd = st.sections[0]?.start ?? Math.min(text.length, bodyStart + 1500);
  const seen = new Set<string>(number ? [number] : []);
  const basis: BasisDoc[] = [];
  for (const c of all) {
    if (c.start < basisStart || c.start >= Math.min(basisEnd, firstPart) || seen.has(c.number)) continue;
    seen.add(c.number);
    basis.push({ number: c.number, date: c.date, issuer: c.issuer ? restore(c.issuer, ocr) : null, type: c.type, span: toOriginal(f, c.start, c.end) });
  }

  const programme = programmeOf(text, all, bodyStart, basisEnd, titleAt);

  // Only a formal document (a number or a type line) has an issuer block to fall back on; a news text does not.
  const iss = issuerOf(f, head, bodyStart, basisEnd, title, ocr, number !== null || typeLine !== null);
  if (iss) spans.issuer = iss.span;
  return { docType, headline, number, date, dateYear, place, title, issuer: iss?.name ?? null, programme, basis, bodyStart, spans };
}

/**
 * A date's year as printed, or, printed with a digit too many (`năm 23024`, `năm 20225`), the year the text names elsewhere
 * that the misprint holds with one digit dropped; none when no such year is named.
 */
function mendYear(raw: string, text: string): string | null {
  if (raw.length === 4) return raw;
  for (let i = 0; i < raw.length; i++) {
    const y = raw.slice(0, i) + raw.slice(i + 1);
    if (/^(?:19|20)\d\d$/.test(y) && new RegExp(String.raw`(?<!\d)${y}(?!\d)`).test(text)) return y;
  }
  return null;
}
