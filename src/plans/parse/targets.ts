/**
 * Targets, read sentence by sentence on the grammar of the plans:
 * - years set by `đến năm 2025` apply to the values after them (`đạt 70% và đến năm 2030 đạt 100% X`);
 * - a share of institutions names its kinds after the value and its attribute once, at the end
 *   of the list (`100% thư viện tỉnh, 70% thư viện huyện … có cung cấp dịch vụ …`);
 * - a kind before the list with no value means all of them (`Thư viện huyện và 20% …` → 100%);
 * - `đạt 80%, 50% và 80% các chỉ tiêu tương ứng` gives, in order, new values to the previous sentence's targets;
 * - a growth names what grows before the value (`số lượt người sử dụng thư viện … tăng 10%`),
 *   and a sentence that only says `tăng 8 - 10% mỗi năm` continues the previous growth;
 * - undated targets hold for the plan's horizon (`đến năm 2030` in the title).
 */
import {
  FRAMES_AIMS,
  FROM_BEFORE,
  HUNDREDTHS,
  OCCASION,
  OWN_YEAR,
  PLAN_SETS,
  RISES_FROM,
  RISE_OPENS,
  SPIRIT,
  STAMP,
  TOLD,
  UP_TO_AFTER,
  YEARLY,
  YEAR_THEN,
  assignedOf,
} from './figure-context.ts';
import { oneLine, toOriginal, type Folded } from './normalise.ts';
import { type Ctx, sentenceTargets } from './sentence-targets.ts';
import { sentences, type Item } from './structure.ts';
import { clauses, governing, interjection, isHeading, rank } from './target-years.ts';
import { AIM, CONTINUES, cueText, FUTURE, GOES_ON, PAST, PAST_HEADING, PLAN_FIGURE, REPORT_SAYS, resultOf, TARGET_CUE, TREND } from './target-mood.ts';
import type { ParsedResult, ParsedTarget } from './types.ts';
import { isStockUnit } from './unit-counts.ts';
import { scanValues } from './values.ts';
import { scanYears } from './year-tokens.ts';
import {
  AHEAD,
  BEFORE_YEAR,
  HAS,
  OPENS_ON_SHARE,
  OPENS_ON_WHAT_IS,
  REACHED,
  SPAN_BACK,
  TURNS_TO_FIELD,
  WHOLE_HAS,
  givenAgain,
  repeatsAbove,
  standsAlone,
  thisPeriod,
  yearOnYear,
} from './paragraph-shapes.ts';
import {
  APPROVED_DOC,
  FIGURE_ABOVE,
  PLAN_SHARE_AFTER,
  RISE_IN_BRACKETS,
  HABITUAL,
  ABOUT_BEFORE,
  STANDING_STOCK,
  STOCK_CHANGE,
  SHARE_OF_BEFORE,
  USUAL,
  companions,
  holdings,
  inBrackets,
  inventories,
  namedAfter,
  namedInBrackets,
} from './value-companions.ts';

export interface TargetOptions {
  /** The plan's last year: the year of a target that names none. */
  horizon: number | null;
  /** Every year the plan sets a milestone for (`đến năm 2025`, `giai đoạn 2023 - 2025`), ascending. */
  milestones: number[];
  /** The document's year: a value for an earlier year is a result, not a target. */
  dateYear: number | null;
  /**
   * The year a text reviews (`tổ chức tổng kết phong trào … năm 2021 và triển khai nhiệm vụ năm 2022`, `BÁO CÁO KẾT QUẢ
   * HOẠT ĐỘNG NĂM 2010`): its values for that year, without a cue of aim, are results.
   */
  reviewed?: number | null;
  /** The year a text speaks in (`triển khai nhiệm vụ năm 2023`, else its own date's): what `năm nay` (this year) names. */
  present?: number | null;
  /** The year of the page a news item was kept from (the index's ` date 2025-09-08` line): an undated aim's year. */
  page?: number | null;
  /** Whether the span read is a news headline. */
  headline?: boolean;
}

export function readTargets(
  f: Folded,
  items: Item[],
  from: number,
  to: number,
  ocr: boolean,
  opts: TargetOptions,
  warnings: string[],
): { targets: ParsedTarget[]; results: ParsedResult[] } {
  const { horizon, milestones, dateYear } = opts;
  const reviewed = opts.reviewed ?? null;
  const { flat: line, at } = oneLine(f);
  const ctx: Ctx = { f: line, ocr, horizon, warnings };
  const out: ParsedTarget[] = [];
  const results: ParsedResult[] = [];
  let leadYear: { year: number; level: number } | null = null;
  let previousShares: ParsedTarget[] = [];
  const headings: { level: number; past: boolean }[] = [];
  const flat = line.text;
  // (the year a page is stamped with, its time beside its day near the top, `Cập nhật, 08:22, Thứ Sáu, 26/02/2021 (GMT+7)`)
  const stamped = STAMP.exec(f.text.slice(0, 600));
  const now = opts.page ?? dateYear ?? (stamped ? Number(stamped[1] ?? stamped[2]) : null);
  // Whether the last sentence with a value reported a result: a sentence that goes on from it keeps its mood.
  let pastBefore = false;
  // The paragraph of that result: its next sentences without a year or a cue of aim go on reporting.
  let pastItem = -1;
  // The paragraph opening on what a report says ("Báo cáo … cho hay, …"): its sentences report until one sets an aim.
  let reportItem = -1;
  // A report told (`Báo cáo tại Đại hội cho biết, đến nay, …`) goes on over the paragraphs of prose after it, until a
  // sentence sets an aim or a list or numbered heading begins: what they tell without a year of their own, it reports.
  let reportOpen = false;
  // A review opened by the span it looks back on (`Sau 10 năm thực hiện Nghị quyết …, …`): its paragraphs of prose tell
  // where things stand, dated too (`Đến năm 2023, toàn tỉnh có …; … đạt 51%`, `… năm 2022 đạt 92%`), until a sentence
  // sets an aim (`phấn đấu`, `mục tiêu`, `sẽ`, `thời gian tới`) or a list or numbered heading begins.
  let reviewOpen = false;
  // The paragraph whose sentence set an aim (`Đề án đặt mục tiêu …`): its next counts of visits are aims too.
  let aimItem = -1;
  // The last paragraph that set targets: a paragraph opening on a share after it goes on with its list.
  let aimsItem = -1;
  // A table of two columns flattened to text ("Mục tiêu đến năm 2025" / "Mục tiêu đến năm 2030" heading the
  // columns, then each row's cells as dashes in turn): the dashes under a row take the columns' years in turn.
  let columns: number[] | null = null;
  let cell = 0;
  /**
   * The years of column headings closing an item: its last two lines, each a short heading with one year (the first
   * may close the item before, a short line before a blank ending its paragraph in a double-spaced page).
   */
  const columnYears = (i: number): number[] | null => {
    const x = items[i]!;
    if (x.marker !== 'none') return null;
    const before = i > 0 && items[i - 1]!.marker === 'none' ? items[i - 1]!.bodyStart : x.bodyStart;
    const lines = f.text
      .slice(before, x.end)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length < 2) return null;
    const ys = lines.slice(-2).map((l) => {
      const y = scanYears(l);
      return y.length === 1 && !y[0]!.period && l.length <= 60 && scanValues(l).length === 0 && isHeading(l) ? y[0]!.year : null;
    });
    return ys[0] && ys[1] && ys[0] < ys[1] ? [ys[0], ys[1]] : null;
  };
  for (const [i, it] of items.entries()) {
    if (it.end <= from || it.start >= to) continue;
    // A paragraph printed again right under itself (a page's lead twice) is read once.
    if (repeatsAbove(f.text, items, i)) continue;
    // So is a lead that another paragraph gives again, word for word, after its own opening (`Năm 2024, …` / `… phấn đấu đến năm 2024, …`).
    if (givenAgain(f.text, items, i)) continue;
    const heads = columnYears(i);
    if (heads) {
      columns = heads;
      cell = 0;
    } else if (columns && it.marker !== 'dash' && it.marker !== 'plus') {
      if (it.marker === 'none' || it.level <= 1) columns = null;
      cell = 0;
    }
    if (leadYear && rank(it) <= leadYear.level && !interjection(f, items, i)) leadYear = null;
    if (it.marker !== 'none') reportOpen = reviewOpen = false;
    while (headings.length > 0 && headings.at(-1)!.level >= it.level) headings.pop();
    const underPast = headings.some((h) => h.past);
    headings.push({ level: it.level, past: PAST_HEADING.test(f.text.slice(it.bodyStart, Math.min(it.end, it.bodyStart + 60))) });
    let itemYear: number | null = leadYear?.year ?? null;
    if (columns && (it.marker === 'dash' || it.marker === 'plus')) itemYear = columns[cell++ % columns.length]!;
    // "Ngoài ra, có 50% …", "Bên cạnh đó, …": a paragraph that adds to the one before keeps its year.
    if (itemYear === null && CONTINUES.test(f.text.slice(it.bodyStart, Math.min(it.end, it.bodyStart + 40)))) itemYear = out.at(-1)?.year ?? null;
    // A paragraph opening on a share with no year of its own (`Trên 90% cấp huyện, cấp xã có Trung tâm …; 100% xã …`) right
    // after one that set aims for a year (`Yêu cầu trong năm 2024, có 91% trở lên …`) goes on with its list: the same year.
    if (itemYear === null && it.marker === 'none' && aimsItem === i - 1 && OPENS_ON_SHARE.test(f.text.slice(it.bodyStart, Math.min(it.end, it.bodyStart + 30))))
      itemYear = out.at(-1)?.year ?? null;
    // (and one opening on the field it turns to, `Đối với giáo dục phổ thông, … 75% các tỉnh …`, `Về giáo dục đại học, …`, after
    // `Mục tiêu cụ thể đến năm 2030, giáo dục Mầm non … đạt 30%`: the same list of aims by field, the same year)
    if (itemYear === null && it.marker === 'none' && aimsItem === i - 1 && TURNS_TO_FIELD.test(f.text.slice(it.bodyStart, Math.min(it.end, it.bodyStart + 80))))
      itemYear = out.at(-1)?.year ?? null;
    // "Cụ thể, trong giai đoạn này, tỉnh sẽ …": this period is the one named last before it (`giai đoạn 2021-2025,
    // định hướng đến năm 2030`), its last year, not the orientation after it.
    if (itemYear === null) itemYear = thisPeriod(f.text, it.bodyStart, it.end);
    // A photo's caption without its credit ("Phòng đọc trên 200 chỗ ngồi của Thư viện …", a line of its own without a
    // stop or a year) opens no new matter: the paragraph under it keeps the year of the one above.
    if (itemYear === null && it.marker === 'none' && out.length > 0 && standsAlone(f.text, it)) itemYear = out.at(-1)!.year;
    const seen: number[] = itemYear ? [itemYear] : [];
    let lastGrowth: ParsedTarget | null = null;
    for (const s of sentences(line, at[Math.max(it.bodyStart, from)]!, at[Math.min(it.end, to)]!).flatMap((x) => clauses(flat, x))) {
      const text = flat.slice(s.start, s.end);
      const years = scanYears(text);
      // "Năm nay, huyện … phấn đấu …": this year is the one the text turns to (`triển khai nhiệm vụ năm 2023`), else its own.
      if (years.length === 0 && /^\W*(?:trong\s+)?nam nay\b/.test(text) && opts.present) itemYear = opts.present;
      const cues = cueText(text);
      // (the plan's own figure in brackets beside a result, "đạt 6,31% (kế hoạch là 6,3%)", is none of the text's)
      const planFigures = [...text.matchAll(PLAN_FIGURE)].map((m) => [m.index, m.index + m[0].length] as const);
      // (a sentence without a year or a cue of aim, going on in a paragraph that reports: its counts are the report's)
      // (the years of an anniversary in brackets, `kỷ niệm 55 năm … (1969-2024)`, are the event's, not the sentence's)
      const dated = years.filter((y) => !inBrackets(text, y.start));
      const reporting = pastBefore && (pastItem === i || GOES_ON.test(text)) && dated.length === 0 && !AIM.test(cues) && !FUTURE.test(cues);
      // (in a text that reviews a year, a sentence telling what its subject has, `Hội Khuyến học quận có 10 hội …, 345 chi hội
      // …`, with no cue of aim nor a later year: the state the review reports)
      const stating = reviewed !== null && HAS.test(text) && !AIM.test(cues) && !FUTURE.test(cues) && years.every((y) => y.year <= reviewed);
      // (and in a page of a year, a sentence telling what the whole place has in that year or before, `Thực hiện Phong trào …,
      // năm 2025, toàn tỉnh có 88,2% gia đình …` on a page of December 2025: where things stand, not an aim)
      const standing =
        opts.page != null && years.length > 0 && years.every((y) => y.year <= opts.page!) && WHOLE_HAS.test(text) && !AIM.test(cues) && !FUTURE.test(cues);
      // (the paragraph of a plan's contents cues its counts as a report's paragraph does, `Xuất bản 02 ấn phẩm …`, and so does
      // a sentence going on from an aim of its paragraph, `… phấn đấu 100% …. Đồng thời, phát triển 965 hội viên, …`)
      // (a paragraph of prose opening on what there is, `Có hơn 275.000 hộ gia đình đạt danh hiệu …; 822 dòng họ …`, with no
      // year nor a cue of aim in it or just above it, `Phấn đấu đến năm 2030:`: the state it reports)
      const present =
        it.marker === 'none' &&
        itemYear === null &&
        OPENS_ON_WHAT_IS.test(text) &&
        years.length === 0 &&
        !AIM.test(cues) &&
        !FUTURE.test(cues) &&
        !AIM.test(cueText(flat.slice(Math.max(0, s.start - 300), s.start)));
      const scanned = scanValues(text, reporting || aimItem === i || stating || present).filter(
        (v) => !planFigures.some(([a, b]) => v.start >= a && v.start < b),
      );
      // (an inventory broken down in brackets, "toàn tỉnh có 67 di tích được xếp hạng (02 …, 16 …, 49 …)": the state now)
      const stock = inventories(text, scanned);
      // (what an institution or a place holds, `Bảo tàng tỉnh lưu giữ gần 30.000 hiện vật gốc …`, with no cue of aim: no figure
      // done nor to do)
      const holding = AIM.test(cues) || FUTURE.test(cues) ? [] : holdings(text, scanned);
      // (the make-up of a document the sentence cites, `Quyết định 281/QĐ-TTg được … phê duyệt ngày …, nhằm mục tiêu … thông
      // qua … 4 mô hình: Gia đình học tập, dòng họ học tập, cộng đồng học tập và đơn vị học tập`: the models it names, no figure)
      const cited = APPROVED_DOC.test(text);
      // (and what is usual, `Một chuyến xe … thường có trên 3.000 bản sách`: a typical load, neither done nor to do)
      // (a share brought in after a count by `; chiếm`, `… phục vụ hơn 1.662.000 lượt bạn đọc …; chiếm 80% bạn đọc là học sinh`,
      // is that count's: no value of its own)
      const values = scanned.filter(
        (v) =>
          !stock.parts.includes(v) &&
          !holding.includes(v) &&
          !(cited && v.type === 'count' && namedAfter(text, v)) &&
          !(v.type === 'count' && namedInBrackets(text, v)) &&
          !(v.type === 'percent' && FIGURE_ABOVE.test(text) && /^\s*so\s+voi\b/.test(text.slice(v.end))) &&
          !USUAL.test(text.slice(Math.max(0, v.start - 30), v.start)) &&
          // (nor what a system is given each year, told as usual and about, `Mỗi năm, … được bổ sung khoảng 20 ngàn đến 22 ngàn
          // bản sách`)
          !(HABITUAL.test(text) && ABOUT_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start))) &&
          // (nor what a place or a library has now, told as it stands, `hiện nay, toàn thành phố có 29 thư viện, 32 phòng đọc
          // sách …`: an inventory)
          !(
            v.type === 'count' &&
            isStockUnit(v.unit) &&
            STANDING_STOCK.test(text.slice(0, v.start)) &&
            !STOCK_CHANGE.test(text.slice(0, v.end) + text.slice(v.end, v.end + 20).split(/;|\.(?!\d)/)[0])
          ) &&
          !(v.type === 'percent' && SHARE_OF_BEFORE.test(text.slice(0, v.start)) && scanned.some((w) => w.type === 'count' && w.end <= v.start)) &&
          // (nor the share of the year's plan a count reaches, `cấp 753 thẻ thư viện, đạt 54,8% kế hoạch năm`: that count's)
          !(
            v.type === 'percent' &&
            PLAN_SHARE_AFTER.test(text.slice(v.end)) &&
            scanned.some((w) => w.type === 'count' && w.end <= v.start && !/[;.]/.test(text.slice(w.end, v.start)))
          ) &&
          // (nor the rise told in brackets after a value, `81,62% số hộ … (tăng 2% so với năm 2021)`: one value with its rise)
          !(
            v.type === 'percent' &&
            RISE_IN_BRACKETS.test(text.slice(0, v.start)) &&
            // (or closing the bracket, `24.080 thư viện (tăng 14%); trong đó …`)
            /^\s*(?:so\s+(?:voi\s+)?(?:nam|cung ky|ky)\b|\))/.test(text.slice(v.end)) &&
            scanned.some((w) => w.end <= v.start)
          ),
      );
      // (a value told beside the one before it as its companion, `… nâng tổng số hội viên lên 12.480 người, đạt tỷ lệ 18,5% dân
      // số`: one result with it; an aim sets each)
      const paired = new Set(companions(text, values).map((v) => toOriginal(line, s.start + v.start, s.start + v.end).start));
      const report = (t: ParsedTarget, year: number | null) => {
        if (!paired.has(t.valueSpan.start)) results.push(resultOf(t, year));
      };
      if (AIM.test(cues) || FUTURE.test(cues)) reportOpen = false;
      if (FUTURE.test(cues) || AHEAD.test(text)) reviewOpen = false;
      if (SPAN_BACK.test(text) && !FUTURE.test(cues)) reviewOpen = true;
      if (values.length === 0) {
        // What a report says opens the paragraph's report though its figures are none the reader counts
        // (`Báo cáo tại Đại hội cho biết, đến nay, toàn tỉnh đã có 12.652 chi hội …`): the sentences after it report.
        if (REPORT_SAYS.test(text) && !AIM.test(cues) && !FUTURE.test(cues)) {
          pastBefore = true;
          pastItem = reportItem = i;
          reportOpen = true;
        }
        // (a paragraph going on from a report, `Cùng với phục vụ bạn đọc, Thư viện tỉnh tổ chức nhiều hoạt động …: …; tổ
        // chức 36 cuộc giới thiệu sách …`, `Bên cạnh đó, …`, reports over its clauses)
        if (pastBefore && GOES_ON.test(text) && !AIM.test(cues) && !FUTURE.test(cues)) pastItem = i;
        // (in a review of a year, a sentence telling work done without a figure, `Trong năm 2024, Bảo tàng tỉnh đã tham mưu
        // … tổ chức Lễ …`, reports for its paragraph and the next)
        if (reviewed !== null && PAST.test(text) && !AIM.test(cues) && !FUTURE.test(cues)) {
          pastBefore = true;
          pastItem = i;
        }
        // (a term of a document the sentence follows in spirit, "theo tinh thần … Chiến lược … đến năm 2030", is that document's)
        const own = years.filter((y) => !SPIRIT.test(text.slice(0, y.start)));
        if (own.length > 0 && isHeading(text)) leadYear = { year: own.at(-1)!.year, level: rank(it) };
        if (isHeading(text)) pastBefore = false;
        // (what a plan sets out, told of it, `Theo đó, Kế hoạch triển khai thực hiện một số nội dung như: …`: its
        // paragraph lists the plan's work, and its counts, `Hỗ trợ thành lập 02 thư viện …`, are aims)
        if (PLAN_SETS.test(text)) aimItem = i;
        // (and a sentence that frames the aims of its paragraph with a year and a cue but no figure, `Theo Nghị quyết, từ nay đến
        // năm 2025, Hòa Bình sẽ phấn đấu tổ chức lập hồ sơ …`: the counts of the sentences after it, `Đầu tư xây dựng 02 mô hình
        // …`, `Khôi phục, bảo tồn 6 lễ hội …`, are its aims)
        // (a year to reach and a verb of aim, not a term gone by that carried out aims named before, `Nhiệm kỳ 2018 - 2023, Hội … đã
        // …, thực hiện các mục tiêu mà đại hội … đã đề ra`)
        if (own.length > 0 && FRAMES_AIMS.test(cues) && !/\bda\s/.test(text) && !reporting) aimItem = i;
        if (own.length > 0) itemYear = own.at(-1)!.year;
        seen.push(...own.map((y) => y.year));
        continue;
      }
      // "Mỗi năm, …" states a standing target: it does not take the year of the sentence before.
      const inherited = /^\W*(?:moi|hang)\s+nam\b/.test(text) ? null : itemYear;
      const yearAt = (pos: number, end: number): number | null => {
        // "… đạt 90% vào năm 2030": a year after the value, or after what the value is a share of ("từ 1,5 đến 2% tổng chi
        // ngân sách của tỉnh cho văn hóa vào năm 2020")
        // (or the year from which it holds, `đạt 100% từ năm 2015 trở đi`: set for that year and kept after it)
        const post = /^[^%;]{0,60}?\b(?:vao\s+(?:cuoi\s+)?nam\s+(20\d\d)\b|tu\s+(?:nam\s+)?(20\d\d)\s+(?:tro\s+)?(?:di|ve sau)\b)/.exec(
          text.slice(end, end + 80),
        );
        if (post) return Number(post[1] ?? post[2]);
        // (or its own year right after it, `từ 33% năm 2020 lên 38% năm 2025 và 42% vào năm 2030`: each figure with its year)
        const own = OWN_YEAR.exec(text.slice(end, end + 12));
        if (own) return Number(own[1]);
        // "… lộ trình là 60% đến năm 2030.": a year closing the clause of the value
        const closing = /^(?:(?!\bva\b|\bhoac\b)[^%;,]){0,25}?\b(?:den|toi)\s+(?:het\s+)?nam\s+(20\d\d)\b\s*(?:[.;)]|$)/.exec(text.slice(end, end + 45));
        if (closing) return Number(closing[1]);
        const before = governing(years, values)
          .filter((y) => y.end <= pos)
          .at(-1);
        if (before) return before.year;
        // "đạt 80% và đến năm 2030 đạt 100%", "60% … và tiến tới là 80% vào năm 2030": the value
        // before a later year is for the milestone before it, named earlier or among the plan's.
        // (the year in an occasion's name, `ra mắt trong dịp Ngày Sách và Văn hóa đọc năm 2024`, is the occasion's: no milestone)
        const later = years.find((y) => y.start >= pos && !OCCASION.test(text.slice(Math.max(pos, y.start - 60), y.start)));
        // "Có 100% quận, huyện và 99,7% xã đạt chuẩn … giai đoạn 2013 - 2015." under "Mục tiêu đến năm
        // 2015": a period after the values frames them; it is no later milestone. They keep the year
        // that governs them, else (the period closing the sentence) the period's last year.
        if (later?.period) {
          if (inherited !== null) return inherited;
          if (/^[\s.;)]*$/.test(text.slice(later.end))) return later.year;
        }
        // "Quảng Trị phấn đấu 70% cư dân đạt … có kỹ năng số đến 2025": a year that closes the sentence, with no value
        // between, is the value's own (not a later milestone after which it would be an earlier one).
        // (so is one said with `vào`, `Phấn đấu hoàn thành việc số hoá 100% các di sản … cấp quốc gia đặc biệt vào năm 2026`)
        const closes = /\b(?:(?:den|toi)\s+(?:het\s+)?(?:nam\s+)?|vao\s+(?:cuoi\s+)?nam\s+)(20\d\d)[\s.!?)"']*$/.exec(text);
        if (later && !later.period && closes && Number(closes[1]) === later.year && !values.some((v) => v.start > pos && v.start < closes.index))
          return later.year;
        if (later) {
          const earlier = [...seen, ...(inherited ? [inherited] : []), ...milestones].filter((y) => y < later.year && (dateYear === null || y >= dateYear));
          return earlier.length > 0 ? Math.max(...earlier) : null;
        }
        return inherited ?? horizon;
      };
      const made = sentenceTargets(ctx, s.start, text, values, yearAt, previousShares, lastGrowth);
      // (a share that rises to between two levels, `Số người tập luyện TDTT thường xuyên tăng từ 49,1 - 50%`, with no yearly cue
      // in its sentence nor above it in its paragraph, `Phấn đấu hàng năm, tỷ lệ … tăng từ 1,5 - 2%`, nor a year it is weighed
      // against, `so với năm 2000 tăng từ 40 đến 50%`: the level it reaches, not a rate of growth)
      const risesFrom = values.filter((v) => v.min != null && RISES_FROM.test(text.slice(Math.max(0, v.start - 40), v.start + 3)));
      if (risesFrom.length > 0 && !YEARLY.test(flat.slice(at[it.bodyStart]!, s.start + text.length))) {
        for (const v of risesFrom) {
          const where = toOriginal(line, s.start + v.start, s.start + v.end).start;
          for (const t of made) if (t.kind === 'growth' && t.valueSpan.start === where) Object.assign(t, { kind: 'percent', unit: '%', perYear: false });
        }
      }
      if (stock.wholes.length > 0) {
        const at = new Set(stock.wholes.map((v) => toOriginal(line, s.start + v.start, s.start + v.end).start));
        const held = made.filter((t) => t.kind === 'count' && at.has(t.valueSpan.start));
        for (const t of held) report(t, null);
        made.splice(0, made.length, ...made.filter((t) => !held.includes(t)));
        if (made.length === 0) continue;
      }
      const future = FUTURE.test(cues);
      // A bare count of visits or people ("thu hút 61.300 lượt bạn đọc", "300 học sinh tham gia") is a target only with a cue of one; otherwise it reports.
      // So is a count of what a library holds or serves ("luân chuyển sách tại 239 điểm đọc sách, với 71.700 bản sách").
      // (a paragraph whose sentence set an aim, "Đề án đặt mục tiêu …", keeps it for its next such counts)
      const told = made.filter((t) => (TOLD.has(t.unit) || (isStockUnit(t.unit) && t.perYear)) && !TARGET_CUE.test(cues) && aimItem !== i);
      if (told.length > 0) {
        for (const t of told) report(t, years.length > 0 ? t.year : null);
        made.splice(0, made.length, ...made.filter((t) => !told.includes(t)));
        if (made.length === 0) {
          // (a sentence that only reports such counts reports for its paragraph: `… đã phát triển được 85 hội viên mới. Có 42 dòng họ …`)
          if (!AIM.test(cues) && !FUTURE.test(cues)) {
            pastBefore = true;
            pastItem = i;
          }
          continue;
        }
      }
      const pastYear =
        (dateYear !== null && years.length > 0 && Math.max(...years.map((y) => y.year)) < dateYear) ||
        (reviewed !== null && made.every((t) => t.year === reviewed));
      const trend = TREND.exec(text);
      // (a paragraph telling what a report says, "Báo cáo của Bộ … cho hay, …", reports its years too)
      const goesOn =
        (pastBefore && (GOES_ON.test(text) || (pastItem === i && (dated.length === 0 || reportItem === i) && !AIM.test(cues)))) ||
        (reportOpen && years.length === 0 && !AIM.test(cues)) ||
        (reviewOpen && !FUTURE.test(cues) && (!AIM.test(cues) || REACHED.test(text))) ||
        // (in a review of a year, a paragraph of prose that goes on listing the work, `Tham mưu Sở … thực hiện bàn giao 09/12 di
        // tích …`, after one that reported, without a year or a cue of aim of its own)
        (reviewed !== null && pastBefore && pastItem === i - 1 && it.marker === 'none' && years.length === 0 && !AIM.test(cues) && !FUTURE.test(cues)) ||
        stating ||
        standing ||
        present;
      // (a figure weighed against the year before or the same part of it, `năm 2024 đạt 2,77 triệu lượt, tăng hơn 19,14% so với
      // năm 2023`, `quý 1/2024 … (tăng 65,7% so với cùng kỳ năm 2023)`, with no cue of aim: what was measured)
      const measured = !AIM.test(cues) && yearOnYear(text, years, itemYear, dateYear);
      // (a share measured to the hundredth, `Năm 2023, số hộ đạt “Gia đình học tập” là 83,07%; …`, `đến hết năm 2024, có 84,47% …`,
      // with no cue of aim in it nor just above it: a measure of what was; an aim is set in round figures, or after `phấn đấu`)
      const hundredths =
        HUNDREDTHS.test(text) &&
        !AIM.test(cues) &&
        !FUTURE.test(cues) &&
        !/\b(?:phan dau|muc tieu|chi tieu|se|du kien)\b/.test(cueText(flat.slice(Math.max(0, s.start - 300), s.start)));
      // (a time before a year opening its clause, `Theo …, trước năm 2025, kỷ lục đón khách … chỉ đạt khoảng 1,3 triệu lượt`: what
      // stood then; a deadline follows its verb, `hoàn thành trước năm 2025`)
      const before = BEFORE_YEAR.test(text) && !AIM.test(cues);
      if (
        !future &&
        (underPast || PAST.test(text) || pastYear || goesOn || measured || hundredths || before || (trend && Number(trend[1]) < Number(trend[2])))
      ) {
        pastBefore = true;
        if (pastItem !== i) reportItem = REPORT_SAYS.test(text) ? i : -1;
        if (REPORT_SAYS.test(text)) reportOpen = true;
        pastItem = i;
        const planned = new Set([...assignedOf(text, values)].map((v) => toOriginal(line, s.start + v.start, s.start + v.end).start));
        for (const t of made) if (!planned.has(t.valueSpan.start)) report(t, years.length > 0 ? t.year : null);
        out.push(...made.filter((t) => planned.has(t.valueSpan.start)));
        if (years.length > 0) itemYear = years.at(-1)!.year;
        continue;
      }
      // A count with no year of its own nor any the text runs to, and no cue of aim (`Tại đường Lê Lợi, sự kiện đạt trên
      // một triệu lượt khách, còn … đón khoảng 100.000 lượt người`, `Tổng số bản sách bán ra đạt hơn 83.000 bản`): what an
      // event reached, told of it; an aim is set for a year, or as one (`phấn đấu`, `mục tiêu`, `sẽ`). An aim so set with no
      // year (`Mục tiêu của chương trình là trang bị 1.000 tủ sách …`) is for the year the page tells it in. (A headline is
      // read against its body's figures, in parsePlan.) A sentence going on in a paragraph an aim opened (`Mục tiêu: Duy trì … ở
      // 101/101 xã …. Củng cố và duy trì chuẩn …: 09 huyện/thành phố đạt mức độ 3`) sets aims with it.
      const aimed = AIM.test(cues) || FUTURE.test(cues);
      const undated = made.filter((t) => t.year === null && (t.kind === 'count' || aimed));
      if (undated.length > 0 && !aimed && aimItem !== i && !opts.headline) {
        for (const t of undated) report(t, null);
        made.splice(0, made.length, ...made.filter((t) => !undated.includes(t)));
        if (made.length === 0) {
          pastBefore = true;
          pastItem = i;
          continue;
        }
      } else if (opts.page && aimed) {
        // (a share so set, `phấn đấu có 95% trẻ em mẫu giáo đến trường`, is a state a plan's term reaches, and the page's year is
        // not the plan's term: it keeps none; a count of things to do, `trang bị 1.000 tủ sách`, is done in the page's year)
        for (const t of undated) if (t.kind !== 'percent') t.year = opts.page;
      }
      // (a figure of its own year before the page's, told beside the aims, `số gia đình … đạt 28% năm 2020 (tăng bình quân
      // 1,5%/năm) cho đến năm 2025 đạt 35,5%`, or the figure a change starts from, `từ 33% năm 2020 lên 38% năm 2025`: where
      // things stood, a result, and the rise told in brackets after it is its companion)
      const stood = new Set<number>();
      const risen = new Set<number>();
      for (const [k, v] of values.entries()) {
        const own = OWN_YEAR.exec(text.slice(v.end, v.end + 12)) ?? YEAR_THEN.exec(text.slice(Math.max(0, v.start - 60), v.start));
        const from = FROM_BEFORE.test(text.slice(Math.max(0, v.start - 8), v.start)) && UP_TO_AFTER.test(text.slice(v.end));
        if ((own && now !== null && Number(own[1]) < now) || (from && own)) {
          stood.add(toOriginal(line, s.start + v.start, s.start + v.end).start);
          const next = values[k + 1];
          if (next && RISE_OPENS.test(text.slice(v.end, next.start))) risen.add(toOriginal(line, s.start + next.start, s.start + next.end).start);
        }
      }
      if (stood.size > 0) {
        for (const t of made) if (stood.has(t.valueSpan.start)) report(t, t.year);
        made.splice(0, made.length, ...made.filter((t) => !stood.has(t.valueSpan.start) && !risen.has(t.valueSpan.start)));
      }
      pastBefore = false;
      if (FUTURE.test(cues) || AIM.test(cues)) aimItem = i;
      out.push(...made);
      if (made.length > 0) aimsItem = i;
      const shares = made.filter((t) => t.kind === 'percent' && t.measure.sector !== 'population');
      if (shares.length > 0) previousShares = shares;
      lastGrowth = made.filter((t) => t.kind === 'growth' && t.indicator).at(-1) ?? lastGrowth;
      const next = governing(years, values);
      if (next.length > 0) itemYear = next.at(-1)!.year;
      seen.push(...years.map((y) => y.year));
    }
  }
  return { targets: out, results };
}
