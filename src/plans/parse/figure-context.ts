/**
 * What the words around a figure, or a sentence's frame, tell the reader of targets (targets.ts): a plan setting out its
 * contents or a sentence framing aims, an occasion or a spirit named before a year, a share to the hundredth, what a plan
 * assigned among past years, a yearly rate, a rise from one level to another, a page's time stamp, a figure's own year, a
 * change's starting point and a rise in brackets, and the counts of visits and people that report unless cued.
 */

/**
 * A plan, programme or project as the subject that sets out its contents: `Kế hoạch triển khai thực hiện một số nội dung
 * như: …`, `Chương trình đề ra các nhiệm vụ …`.
 */
export const PLAN_SETS =
  /^\W*(?:theo do,?\s*)?(?:ke hoach|chuong trinh|de an)\s+(?:[^.;:]{0,20}?\s)?(?:trien khai|de ra|dat ra|xac dinh|neu|gom|bao gom)\b[^.;:]{0,40}?\b(?:noi dung|nhiem vu|muc tieu|chi tieu)\b/;

/** A sentence that frames aims: a year to reach and a verb of aim (`từ nay đến năm 2025, Hòa Bình sẽ phấn đấu …`). */
export const FRAMES_AIMS =
  /\b(?:den|toi)\s+(?:het\s+)?nam\s+20\d\d\b[^.;]*?\b(?:se|phan dau|du kien)\b|\b(?:se|phan dau|du kien)\b[^.;]*?\b(?:den|toi)\s+(?:het\s+)?nam\s+20\d\d\b/;

/** An occasion the text names before a year (`trong dịp Ngày Sách …`, `nhân dịp …`): the year is in the occasion's name. */
export const OCCASION = /\b(?:nhan\s+)?dip\b[^,.;:%\d]*$/;

/** A clause of spirit open at the end of a text: `… theo tinh thần Nghị quyết … và Chiến lược …`. */
export const SPIRIT = /\btheo tinh than\b[^.;]*$/;

/** A share to the hundredth: `83,07%`, `84,47 %`. */
export const HUNDREDTHS = /(?<![\d.,])\d{1,3},\d{2}\s*%/;

/**
 * What a plan assigned, told among the figures of the years gone by (`năm 2011 là 5.813 hộ, chiếm 76% và năm 2012 kế hoạch giao
 * 5.890 hộ, chiếm 77%`, `kế hoạch giao năm 2012 là 2.300 hộ`): the figure right after it, and the share told of it, are that plan's aims, not
 * results (the plan's figure beside a result, in brackets or weighed, `đạt 98% so với kế hoạch giao`, is none).
 */
const ASSIGNED = /(?<!\bvuot\s)\b(?:ke hoach|chi tieu)\s+(?:duoc\s+)?giao\s+(?:(?:cho\s+)?nam\s+20\d\d\s+(?:la\s+)?)?$/;
/** … and its share told after it, `kế hoạch giao 5.890 hộ, chiếm 77%`. */
const ITS_SHARE =
  /(?<!\bvuot\s)\b(?:ke hoach|chi tieu)\s+(?:duoc\s+)?giao\s+(?:(?:cho\s+)?nam\s+20\d\d\s+(?:la\s+)?)?\d[\d.]*\s+[a-z]+(?:\s*\/\s*\d[\d.]*\s+[a-z]+)?\s*,?\s*chiem\s+$/;
export const assignedOf = (text: string, values: { start: number; end: number }[]): Set<(typeof values)[number]> => {
  const out = new Set<(typeof values)[number]>();
  for (const v of values) {
    const before = text.slice(Math.max(0, v.start - 80), v.start);
    if (ASSIGNED.test(before) || ITS_SHARE.test(before)) out.add(v);
  }
  return out;
};
/** A cue of a yearly rate: `hàng năm`, `mỗi năm`, `bình quân`, `/năm`. */
export const YEARLY = /\b(?:hang nam|moi nam|binh quan|so voi)\b|\/\s*nam\b/;
/** `tăng từ 49,1 - 50%`: a rise from one level to another, told as a range. */
export const RISES_FROM = /(?<!\b(?:bao|nen|ha)\s)\btang\s+(?:len\s+)?tu\s*(?:\d|$)/;
/** A page's time stamp: a time and a day, either first (`08:22, Thứ Sáu, 26/02/2021`, `21/09/2021 10:00:47`). */
export const STAMP = /\b\d{1,2}:\d{2}\b[^\n\d]{0,30}\d{1,2}\/\d{1,2}\/(20\d\d)\b|\b\d{1,2}\/\d{1,2}\/(20\d\d)\s*[-|,]?\s*\d{1,2}:\d{2}\b/;
/** A figure's own year right after it: `38% năm 2025`, `28% năm 2020 (tăng bình quân 1,5%/năm)`. */
export const OWN_YEAR = /^\s*nam\s+(20\d\d)\b(?!\s*-)/;
/** … or right before it with its verb, `Số CLB thể thao năm 2020 đạt 1.200 CLB`. */
// (and so is the rise in brackets that stands for a count read by it, `năm 2020 đạt 1.200 CLB (tăng bình quân 8%/năm)`)
export const YEAR_THEN =
  /\bnam\s+(20\d\d)\s+(?:dat|la|co)\s+(?:(?:hon|tren|gan|khoang)\s+)?(?:\d[\d.,]*\s*[a-z]+(?:\s[a-z]+)?\s*\(\s*tang\s+(?:binh quan\s+|them\s+)?)?$/;
/** A figure a change starts from, `từ 33% năm 2020 lên 38% năm 2025`: where things stood. */
export const FROM_BEFORE = /\btu\s+$/;
export const UP_TO_AFTER = /^[^;%]{0,25}?\blen\b/;
/** A rise told in brackets after a figure, `(tăng bình quân 1,5%/năm)`: that figure's. */
export const RISE_OPENS = /\(\s*tang\s+(?:binh quan\s+|them\s+)?$/;
/** Counts of visits and of people (`61.300 lượt bạn đọc`, `300 học sinh tham gia`, `4.500 hội viên`). */
export const TOLD = new Set(['lượt', 'người', 'học sinh', 'sinh viên', 'thí sinh', 'thiếu nhi', 'độc giả', 'hội viên']);
