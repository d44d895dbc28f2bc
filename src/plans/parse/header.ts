/**
 * The header of a plan: number (`53/KH-UBND`), place and date, title, issuer, the documents it
 * is based on and the national programme it implements (Decision 1520/QĐ-TTg).
 */
import { isCaption } from './captions.ts';
import { DATELINE, isMenu, sectionAbove, WEEKDAY } from './datelines.ts';
import { restore, provinceName } from './lexicon.ts';
import { originalText, tidy, toOriginal, type Folded } from './normalise.ts';
import { isUpperAt, type Structure } from './structure.ts';
import type { BasisDoc, Span } from './types.ts';

export const PROGRAMME = '1520/QĐ-TTg';
/** The programme's name, folded: naming it means implementing Decision 1520. */
const PROGRAMME_NAME = /day manh (?:cac )?hoat dong (?:phuc vu )?hoc tap suot doi/;
/** The family's other programmes, named without their number (folded). */
const PROGRAMME_NAMES: [RegExp, string][] = [
  [/de an (?:"\s*)?xay dung xa hoi hoc tap giai doan 2021\s*-\s*2030/, '1373/QĐ-TTg'],
  [/de an (?:"\s*)?phat trien van hoa doc trong cong dong/, '329/QĐ-TTg'],
  [/chuyen doi so nganh thu vien/, '206/QĐ-TTg'],
  // (by the title, "Đẩy mạnh phong trào …", or named as a project or programme: the movement alone,
  // "phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị trên địa bàn huyện", names none)
  [/(?:day manh phong trao|(?:de an|chuong trinh)\W{0,3}) hoc tap suot doi trong gia dinh,? dong ho,? cong dong,? (?:va )?don vi/, '387/QĐ-TTg'],
  [/(?:day manh phong trao|(?:de an|chuong trinh)\W{0,3}) hoc tap suot doi trong gia dinh,? dong ho,? cong dong/, '281/QĐ-TTg'],
  [/hoc tap suot doi trong (?:cac )?thu vien,? bao tang,? nha van hoa,? cau lac bo/, '208/QĐ-TTg'],
  [/hoc tap suot doi (?:trong|o) (?:cac )?thu vien,? bao tang,? trung tam van hoa/, PROGRAMME],
  // (the programme, not the model it builds: "xây dựng mô hình “Công dân học tập”" alone names none)
  [/chuong trinh (?:"\s*)?xay dung mo hinh (?:"\s*)?cong dan hoc tap/, '677/QĐ-TTg'],
  [/xoa mu chu den nam 2020/, '692/QĐ-TTg'],
];
/** A programme is a document of the Prime Minister: `N/QĐ-TTg`, `N/YYYY/QĐ-TTg`, `N/CT-TTg`. */
const PM_CODE = /-ttg$/;
/** Verbs by which a plan says which programme it carries out. */
const IMPLEMENTS = /(?:thuc hien|trien khai|trien khai thuc hien|cu the hoa)\s+(?:cac\s+)?(?:quyet dinh|chi thi|chuong trinh|de an)?\s*(?:so\s*)?$/;

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

interface Citation {
  number: string;
  digits: string;
  code: string;
  type: string | null;
  date: string | null;
  issuer: string | null;
  start: number;
  end: number;
}

const TYPES = 'quyet dinh|cong van|ke hoach|nghi quyet|chi thi|thong tu|thong bao|huong dan|nghi dinh|chuong trinh|de an|luat';
/** `1520/QĐ-TTg`, `93/2020/NĐ-CP` (the year kept between number and code), `696-QĐ/TU` (a Party document). */
const CITE = new RegExp(
  `(?:(${TYPES})\\s+)?(?:so\\s*:?\\s*)?(\\d{1,5})(?:\\s*\\/\\s*((?:19|20)\\d\\d))?\\s*\\/\\s*([a-z][a-z0-9]*(?:\\s*-\\s*[a-z][a-z0-9]*)*)`,
  'g',
);
const PARTY_CITE = new RegExp(`(?:(${TYPES})\\s+)?(?:so\\s*:?\\s*)?(\\d{1,5})\\s*-\\s*([a-z]{2,3})\\s*\\/\\s*([a-z]{1,6}(?:-[a-z]{1,6})?)\\b`, 'g');
/** Codes the Party writes `N-QĐ/TU`: decision, resolution, directive, conclusion, notice, plan, report, programme. */
const PARTY_KINDS = /^(?:q[dpbo]|nq|ct|kl|tb|kh|bc|ctr|hd)$/;
/** The line that says what a document is: `KẾ HOẠCH`, `QUYẾT ĐỊNH`, `BÁO CÁO` … alone on its line. */
const DOC_LINE = /(?:^|\n)[ "]*(k[eo] hoach|quyet dinh|bao cao|chuong trinh|de an|chi thi|thong bao|huong dan|to trinh|cong van)[ .:]*(?=\n)/;
/** A word of running text before `, ngày` (`… công tác xoá mù chữ, ngày 29/5/2014, UBND tỉnh … đã phê duyệt`): an act the text reports. */
const RUNNING = /[a-z]+\s*$/;
const DATE_AFTER = /^\s*,?\s*ngay\s*(\d{1,2})\s*(?:\/|-|thang)\s*(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})/;
const ISSUER_AFTER = /^\s*,?\s*cua\s+/;
const ISSUER_STOP = /\s+(?:ve|phe\s+duyet|ban\s+hanh|tai|thuc\s+hien|trien\s+khai|xay\s+dung)\b|[;.:"(]|,(?!\s*the\s+thao)|\s\d/;

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * A document code as written, spaces removed and its Đ given back where the code is one of the
 * official ones that hold it (QĐ, NĐ, BGDĐT, VHTTDL's TTg …): a scan reads Đ as D, P, B or 0
 * (`494/QP-UBND`, `93/2020/NP-CP`).
 */
export function repairCode(code: string): string {
  return (
    code
      .replace(/\s+/g, '')
      .replace(/^Q[DĐdđbBpP0O]?(?=-|\/|$)/i, 'QĐ')
      .replace(/^N[DĐdđbBpP](?=-)/i, 'NĐ')
      // the education offices in any part of a code: Bộ, Sở, Phòng GDĐT (`TT-BGDĐT`, `KHLT-PGDĐT-HKH`, `TTr-SGDĐT`)
      .replace(/(?<=-)([BSP]?)GD[DĐPB]T(?=-|$)/gi, (_, office: string) => `${office.toUpperCase()}GDĐT`)
      .replace(/(?<=-)(?:[DĐPB]CSVN)$/i, 'ĐCSVN')
      .replace(/(?<=[-/])(?:HDND|H[ĐPB]ND)$/i, 'HĐND')
      .replace(/(?<=-)TT[gGq8]$/, 'TTg')
      .replace(/(?<=-)UBN[DĐP]$/i, 'UBND')
  );
}

/** `1520/QD-TTg` as written (`93/2020/NĐ-CP` keeps its head), code repaired. */
function canonicalNumber(f: Folded, digits: string, codeStart: number, codeEnd: number, year?: string): string {
  const code = repairCode(originalText(f, codeStart, codeEnd));
  return year ? `${digits}/${year}/${code}` : `${digits}/${code}`;
}

/** The folded code of a citation: `qd-ttg`, `nd-cp`, `kh-ubnd`. */
const foldedCode = (code: string) =>
  code
    .replace(/\s+/g, '')
    .replace(/^q[a-z0]?(?=-)/, 'qd')
    .replace(/^n[dpb](?=-)/, 'nd')
    .replace(/-ttq$/, '-ttg');

export function citations(f: Folded): Citation[] {
  const text = f.text;
  const out: Citation[] = [];
  const found: { m: RegExpMatchArray; digits: string; year?: string; code: string; codeStart: number; codeEnd: number; number: string }[] = [];
  for (const m of text.matchAll(CITE)) {
    const codeEnd = m.index! + m[0].length;
    const codeStart = codeEnd - m[4]!.length;
    found.push({ m, digits: m[2]!, year: m[3], code: m[4]!, codeStart, codeEnd, number: canonicalNumber(f, m[2]!, codeStart, codeEnd, m[3]) });
  }
  for (const m of text.matchAll(PARTY_CITE)) {
    if (!PARTY_KINDS.test(m[3]!)) continue;
    const codeEnd = m.index + m[0].length;
    const raw = originalText(f, m.index + m[0].search(/\d+\s*-/), codeEnd).replace(/\s+/g, '');
    const dash = raw.indexOf('-');
    const [kind, owner] = raw.slice(dash + 1).split('/');
    const number = `${raw.slice(0, dash)}-${repairCode(kind ?? '')}/${(owner ?? '').toUpperCase()}`;
    found.push({ m, digits: m[2]!, code: `${m[3]}/${m[4]!.replace(/\s+/g, '')}`, codeStart: codeEnd, codeEnd, number });
  }
  found.sort((a, b) => a.m.index! - b.m.index!);
  for (const c of found) {
    const m = c.m;
    const { digits, number } = c;
    let end = c.codeEnd;
    let date: string | null = null;
    const d = DATE_AFTER.exec(text.slice(end, end + 40));
    if (d) {
      date = iso(d[3]!, d[2]!, d[1]!);
      end += d[0].length;
    }
    let issuer: string | null = null;
    const ci = ISSUER_AFTER.exec(text.slice(end, end + 10));
    if (ci) {
      const from = end + ci[0].length;
      const rest = text.slice(from, from + 100);
      const stop = ISSUER_STOP.exec(rest);
      const len = stop ? stop.index : Math.min(rest.length, 60);
      if (len > 2) {
        issuer = originalText(f, from, from + len);
        end = from + len;
      }
    }
    const code = foldedCode(c.code);
    const type = m[1] ?? (/^qd[-/]/.test(code) ? 'quyet dinh' : /^kh[-/]/.test(code) ? 'ke hoach' : /^ct[-/]/.test(code) ? 'chi thi' : null);
    out.push({ number, digits: c.year ? `${digits}/${c.year}` : digits, code, type, date, issuer, start: m.index!, end });
  }
  return correctTypos(out);
}

/** `1502/QĐ-TTg` cited once, `1520/QĐ-TTg` twice with the same date: the rarer is a typo of the other. */
function correctTypos(cites: Citation[]): Citation[] {
  const count = new Map<string, number>();
  for (const c of cites) count.set(`${c.digits}/${c.code}`, (count.get(`${c.digits}/${c.code}`) ?? 0) + 1);
  const sorted = (s: string) => [...s].sort().join('');
  return cites.map((c) => {
    const mine = count.get(`${c.digits}/${c.code}`) ?? 0;
    const better = cites.find(
      (o) =>
        o.code === c.code &&
        o.digits !== c.digits &&
        sorted(o.digits) === sorted(c.digits) &&
        (o.date === c.date || !o.date || !c.date) &&
        (count.get(`${o.digits}/${o.code}`) ?? 0) > mine,
    );
    return better ? { ...c, digits: better.digits, number: better.number } : c;
  });
}

export function readHeader(f: Folded, st: Structure, ocr: boolean): Header {
  const text = f.text;
  const firstSection = st.sections[0]?.start ?? Math.min(text.length, 3000);
  const top = text.slice(0, firstSection);
  const typeLine = DOC_LINE.exec(top);
  // "QUYẾT ĐỊNH:" before "Điều 1." is a decision's formula opening its articles, not its title (a web copy may drop the title).
  const formula = typeLine?.[0].includes(':') && /^\s*dieu\s+1\b/.test(top.slice(typeLine.index + typeLine[0].length));
  const titleLine = /(?:^|\n)[ "]*k[eo] hoach[ .]*(?=\n)/.exec(top) ?? (formula ? null : typeLine);
  const docType = typeLine ? typeLine[1]!.replace(/^k[eo]/, 'ke') : null;
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
    [...head.matchAll(/,\s*ngay\s*(\d{1,2})?\s*(?:thang|\/)\s*(\d{1,2})?\s*(?:nam|\/)\s*(\d{4})/g)].find((m) => {
      const before = head.slice(Math.max(0, m.index - 40), m.index);
      if (/\bso\s*:/.test(before)) return true;
      if (/\d\s*\/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z][a-z0-9]*)+\s*$/.test(before) || WEEKDAY.test(before)) return false;
      // A place is a capitalised name (`Hà Nội`, `Quận 11`); a lower-case word runs a sentence on.
      const word = RUNNING.exec(before);
      return !word || isUpperAt(f, m.index - before.length + word.index + word[0].search(/[a-z]/));
    }) ?? null;
  if (dm) {
    dateYear = Number(dm[3]);
    if (dm[1] && dm[2]) date = iso(dm[3]!, dm[2], dm[1]);
    spans.date = toOriginal(f, dm.index, dm.index + dm[0].length);
    place = placeBefore(f, dm.index, ocr);
  }

  let title: string | null = null;
  let titleAt = -1;
  let headline = false;
  let bodyStart = 0;
  if (titleLine) {
    let start = titleLine.index + titleLine[0].length;
    while (text[start] === '\n' || text[start] === ' ') start++;
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
    const afterDateline = first > 0;
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
    while (text[next] === '\n' || text[next] === ' ' || text[next] === '(' || text[next] === '"') next++;
    // What follows a headline: a sentence, or the dateline ("18:33, 09/10/2019").
    const followed = isUpperAt(f, next) || DATELINE.test(text.slice(next));
    if (end > first && end - first <= 200 && !/[.;:,]$/.test(line.trim()) && (!/\d\s*%/.test(line) || text[end + 1] === '\n' || afterDateline) && followed) {
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
  // The basis ends where the plan's first numbered part begins ("1. Mục đích", "I. MỤC TIÊU").
  const part = /\n[ \t]*(?:\d{1,2}|[ivx]{1,4})\.[ \t]+(?!can cu|thuc hien)[a-z]/g;
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
 * The national programme the document carries out, told by its form, not by a list: a document
 * of the Prime Minister (`N/QĐ-TTg`, `N/YYYY/QĐ-TTg`, `N/CT-TTg`) cited in the title, else one the
 * text says it carries out (`triển khai Quyết định số …`), else Decision 1520 when cited or named,
 * else the first such document in the basis, else a programme named without its number.
 */
function programmeOf(text: string, all: Citation[], bodyStart: number, basisEnd: number, titleStart: number): string | null {
  const pm = all.filter((c) => PM_CODE.test(c.code));
  const inTitle = titleStart >= 0 ? pm.find((c) => c.start >= titleStart && c.start < bodyStart) : undefined;
  if (inTitle) return inTitle.number;
  // The title says what the plan carries out ("… thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"),
  // whatever directive its basis cites first.
  const title = titleStart >= 0 ? text.slice(titleStart, bodyStart) : '';
  const titled = PROGRAMME_NAMES.find(([re]) => re.test(title));
  if (titled) return titled[1];
  const carried = pm.find((c) => c.start < basisEnd && IMPLEMENTS.test(text.slice(Math.max(0, c.start - 60), c.start)) && c.digits !== '1520');
  const has1520 = pm.some((c) => c.digits === '1520' && c.code === 'qd-ttg');
  // Of the programmes named, the one named first (the title's, the basis's) is the one carried out.
  const byName = PROGRAMME_NAMES.map(([re, number]) => ({ at: re.exec(text)?.index ?? Number.POSITIVE_INFINITY, number }))
    .filter((x) => x.at < Number.POSITIVE_INFINITY)
    .sort((a, b) => a.at - b.at)[0]?.number;
  // The 2014 Project 208 bore nearly the same name ("… trong các thư viện, bảo tàng, nhà văn hóa, câu lạc bộ").
  const named1520 = PROGRAMME_NAME.test(text) && (byName === undefined || byName === PROGRAMME);
  if (has1520 || (pm.length === 0 && named1520)) {
    // 1520 cited in passing while the title names another programme's decision: that one.
    return carried && !PROGRAMME_NAME.test(text.slice(0, basisEnd)) ? carried.number : PROGRAMME;
  }
  if (carried) return carried.number;
  const nearName = pm.find((c) => PROGRAMME_NAME.test(text.slice(Math.max(0, c.start - 300), c.end + 300)));
  if (nearName) return nearName.number;
  const inBasis = pm.find((c) => c.start >= bodyStart && c.start < basisEnd) ?? pm[0];
  if (inBasis) return inBasis.number;
  return byName ?? null;
}

/** The words just before `, ngày`: a capitalised name (`Hué`, `Quảng Nghiệp`, `Đắk Hà`). */
function placeBefore(f: Folded, comma: number, ocr: boolean): string | null {
  let i = comma;
  let start = comma;
  for (let n = 0; n < 4; n++) {
    let j = i;
    while (j > 0 && f.text[j - 1] === ' ') j--;
    let k = j;
    while (k > 0 && /[a-z0-9&]/.test(f.text[k - 1]!)) k--;
    if (k === j || !isUpperAt(f, k) || f.text[k - 1] === '/' || f.text[k - 1] === '-') break;
    start = k;
    i = k;
  }
  if (start === comma) return null;
  const raw = originalText(f, start, comma);
  return provinceName(raw) ?? (ocr ? restore(raw, true) : raw);
}

const ISSUER_WORDS = /^(?:uy ban|ubnd|so |phong |trung tam|thu vien|bao tang|bo |hoi |doan |ban |truong )/;
const LEVELS = /(?:^|\s)(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)$/;

function issuerOf(
  f: Folded,
  head: string,
  bodyStart: number,
  basisEnd: number,
  title: string | null,
  ocr: boolean,
  formal: boolean,
): { name: string; span: Span } | null {
  const text = f.text;
  const region = text.slice(bodyStart, basisEnd);
  const m = [...region.matchAll(/(?:^|[,;.]\s*)([^,;."]{3,90}?)\s+(?:ban\s+hanh|ban|xay\s+dung)\s+k[eo]\s+hoach/g)]
    .filter((x) => ISSUER_WORDS.test(x[1]!.trim()))
    .at(-1);
  let name: string | null = null;
  let span: Span | null = null;
  if (m) {
    const start = bodyStart + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    name = restore(originalText(f, start, end), ocr);
    span = toOriginal(f, start, end);
    const level = LEVELS.exec(m[1]!.trim())?.[1];
    if (level) {
      const own = nameAfterLevel(f, head, level, ocr) ?? nameAfterLevel(f, text.slice(0, basisEnd), level, ocr);
      if (own) name = `${name} ${own}`;
    }
  } else if (formal) {
    const lines = head
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^so\s*:|cong hoa|doc lap|hanh phuc|ngay/.test(l));
    if (lines.length > 0) {
      const at = head.indexOf(lines.at(-1)!);
      const raw = originalText(f, at, at + lines.at(-1)!.length).replace(/\s+(?:Độc|Đ?ộc|Poc|Doc|CỘNG|CONG)\b.*$/i, '');
      name = restore(raw, ocr);
      span = toOriginal(f, at, at + raw.length);
    }
  }
  if (!name && title) return null;
  return name && span ? { name: tidy(name), span } : null;
}

/** In `THANH PHO HUE` or `trên địa bàn huyện Đắk Hà`: the name after the level word. */
function nameAfterLevel(f: Folded, text: string, level: string, ocr: boolean): string | null {
  const blank = (m: string) => ' '.repeat(m.length);
  const region = text.replace(/cong hoa xa h\w{1,3} chu nghia viet nam/g, blank).replace(/\w{1,3}c lap\s*-\s*t\w do\s*-\s*hanh ph\w+/g, blank);
  const re = new RegExp(`(?:^|\\s)${level} ([a-z]+(?: [a-z]+){0,2})`, 'g');
  for (const m of region.matchAll(re)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!isUpperAt(f, start)) continue;
    let words = m[1]!.split(' ');
    let k = start;
    const keep: string[] = [];
    for (const w of words) {
      if (!isUpperAt(f, k)) break;
      keep.push(w);
      k += w.length + 1;
    }
    words = keep;
    if (words.length === 0) continue;
    const raw = originalText(f, start, start + words.join(' ').length);
    return provinceName(raw) ?? (ocr ? restore(raw, true) : raw);
  }
  return null;
}
