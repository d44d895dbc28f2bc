/**
 * Citations of other documents in a plan: their numbers (`1520/QĐ-TTg`, `93/2020/NĐ-CP`, `696-QĐ/TU`),
 * dates and issuers, and the repair of codes a scan misread.
 */
import { originalText, type Folded } from './normalise.ts';

export interface Citation {
  number: string;
  digits: string;
  code: string;
  type: string | null;
  date: string | null;
  issuer: string | null;
  start: number;
  end: number;
}

const TYPES = 'quyet dinh|cong van|ke hoach|nghi quyet|chi thi|thong tu|thong tri|thong bao|huong dan|nghi dinh|chuong trinh|de an|luat';
/** `1520/QĐ-TTg`, `93/2020/NĐ-CP` (the year kept between number and code), `696-QĐ/TU` (a Party document). */
const CITE = new RegExp(
  `(?:(${TYPES})\\s+)?(?:so\\s*:?\\s*)?(\\d{1,5})(?:\\s*\\/\\s*((?:19|20)\\d\\d))?\\s*\\/\\s*([a-z][a-z0-9]*(?:&[a-z]+)?(?:\\s*-\\s*[a-z][a-z0-9]*(?:&[a-z]+)?)*)`,
  'g',
);
const PARTY_CITE = new RegExp(`(?:(${TYPES})\\s+)?(?:so\\s*:?\\s*)?(\\d{1,5})\\s*-\\s*([a-z]{2,3})\\s*\\/\\s*([a-z]{1,6}(?:-[a-z]{1,6})?)\\b`, 'g');
/** Codes the Party writes `N-QĐ/TU`: decision, resolution, directive, conclusion, notice, plan, report, programme, guide, circular notice (`Thông tri`, `23-TT/TU`). */
const PARTY_KINDS = /^(?:q[dpbo]|nq|ct|kl|tb|kh|bc|ctr|hd|tt)$/;
/** The centre as the issuer after a Party document's code and its date: `… ngày 05/5/2022 của Bộ Chính trị`. */
const CENTRE_AFTER =
  /^\s*,?\s*(?:ngay\s*\d{1,2}\s*(?:\/|-|thang)\s*\d{1,2}\s*(?:\/|-|nam)\s*\d{4}\s*,?\s*)?cua\s+(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong)\b/;
const DATE_AFTER = /^\s*,?\s*ngay\s*(\d{1,2})\s*(?:\/|-|thang)\s*(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})/;
const ISSUER_AFTER = /^\s*,?\s*cua\s+/;
const ISSUER_STOP = /\s+(?:ve|phe\s+duyet|ban\s+hanh|tai|thuc\s+hien|trien\s+khai|xay\s+dung)\b|[;.:"(]|,(?!\s*the\s+thao)|\s\d/;

export const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

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
      // the education offices in any part of a code, its head too: Bộ, Sở, Phòng GDĐT (`TT-BGDĐT`, `KHLT-PGDĐT-HKH`,
      // `TTr-SGDĐT`, a ministry's letter `3320/BGDĐT-GDTX`)
      .replace(/(?<=^|-)([BSP]?)GD[DĐPB]T(?=-|$)/gi, (_, office: string) => `${office.toUpperCase()}GDĐT`)
      // (written with an ampersand, `TTr-SGD&ĐT`, `PGD&ĐT-CM`)
      .replace(/(?<=^|-)([BSP]?)GD&[DĐPB]T(?=-|$)/gi, (_, office: string) => `${office.toUpperCase()}GD&ĐT`)
      // (a steering committee's letters, Ban Chỉ đạo, national or named by its programme: `822/BCĐQG-XHHT`, `BCĐ389`)
      .replace(/(?<=^|-)BC[DĐPB](?=QG|\d|-|$)/g, 'BCĐ')
      .replace(/(?<=-)(?:[DĐPB]CSVN)$/i, 'ĐCSVN')
      .replace(/(?<=[-/])(?:HDND|H[ĐPB]ND)$/i, 'HĐND')
      .replace(/(?<=-)TT[gGq8]$/, 'TTg')
      .replace(/(?<=-)UBN[DĐP]$/i, 'UBND')
      // (a commune's Party committee, Đảng ủy: `44/ĐU`, `05-NQ/ĐU`, its Đ lost or read as P)
      .replace(/(?<=^|-)[DĐP]U$/, 'ĐU')
  );
}

/** `1520/QD-TTg` as written (`93/2020/NĐ-CP` keeps its head), code repaired. */
export function canonicalNumber(f: Folded, digits: string, codeStart: number, codeEnd: number, year?: string): string {
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
    // (a Party congress's or a Party committee's code, `01-NQ/ĐH`, `05-NQ/ĐU`, keeps its Đ when a scan read it as D or P)
    // (the congress by its ordinal too, `01-NQ/ĐHXVII`)
    const by = (owner ?? '')
      .toUpperCase()
      .replace(/^[DP]([HU])$/, 'Đ$1')
      .replace(/^[DPB]H(?=[IVXL]+$)/, 'ĐH');
    // (the centre's code printed `TƯ`, `15-NQ/TƯ … của Bộ Chính trị`, which a text without diacritics gives as a province's
    // `TU`: the issuer after it tells the centre's)
    const owned = by === 'TU' && CENTRE_AFTER.test(text.slice(codeEnd, codeEnd + 80)) ? 'TƯ' : by;
    const number = `${raw.slice(0, dash)}-${repairCode(kind ?? '')}/${owned}`;
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
