/** The national programme a plan carries out: Decision 1520/QĐ-TTg or one of its family. */
import type { Citation } from './citations.ts';

export const PROGRAMME = '1520/QĐ-TTg';
/** The programme's name, folded: naming it means implementing Decision 1520. */
const PROGRAMME_NAME = /day manh (?:cac )?hoat dong (?:phuc vu )?hoc tap suot doi/;
/** The family's other programmes, named without their number (folded). */
const PROGRAMME_NAMES: [RegExp, string][] = [
  // (or its first five years, as a province carries them out: "Đề án “Xây dựng xã hội học tập giai đoạn 2021-2025”")
  [/de an\W{0,3}xay dung xa hoi hoc tap giai doan 2021\s*-\s*20(?:30|25)/, '1373/QĐ-TTg'],
  // (the project it followed, 2012 - 2020, named by its title in its reviews)
  [/de an\W{0,3}xay dung xa hoi hoc tap giai doan 2012\s*-\s*2020/, '89/QĐ-TTg'],
  // (the national strategy for culture and programme for heritage, which museums and libraries carry out)
  // (its title may share the term with another strategy joined to it, "Chiến lược phát triển văn hóa và Chiến lược văn hóa
  // đối ngoại đến năm 2030": the first named is carried out)
  [/chien luoc phat trien van hoa (?:viet nam )?(?:va chien luoc [a-z ]{3,40}? )?den nam 2030/, '1909/QĐ-TTg'],
  // (or a province's plan continuing it by the same words, "Kế hoạch phát triển văn hóa đọc trong cộng đồng giai đoạn 2021 - 2025")
  // (the plan named by its number first, "Kế hoạch số 167/KH-UBND phát triển văn hóa đọc trong cộng đồng … năm 2024")
  [/(?:de an|ke hoach)(?:\s+(?:so\s+)?\d{1,5}\s*\/\s*[a-z][a-z-]*)? (?:"\s*)?phat trien van hoa doc trong cong dong/, '329/QĐ-TTg'],
  [/chuyen doi so nganh thu vien/, '206/QĐ-TTg'],
  // (by the title, "Đẩy mạnh phong trào …", or named as a project or programme: the movement alone,
  // "phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị trên địa bàn huyện", names none, nor the
  // movement told by its four models, "… trong gia đình, dòng họ, cộng đồng, đơn vị học tập")
  [
    /(?:(?:"|\b(?:chuong trinh|de an|ke hoach|thuc hien|trien khai))\W{0,3}day manh phong trao|(?:de an|chuong trinh)\W{0,3}) hoc tap suot doi trong gia dinh,? dong ho,? cong dong,? (?:va )?don vi\b(?! hoc tap)/,
    '387/QĐ-TTg',
  ],
  // (the title with a term after 2020, "… trong gia đình, dòng họ, cộng đồng giai đoạn 2021 - 2030", is the programme that
  // followed 281, its units dropped from the words: 281 ran "đến năm 2020")
  [
    /(?:(?:"|\b(?:chuong trinh|de an|ke hoach|thuc hien|trien khai))\W{0,3}day manh phong trao|(?:de an|chuong trinh)\W{0,3}) hoc tap suot doi trong gia dinh,? dong ho,? cong dong\W{0,3}(?:giai doan\s+20[2-9]\d\s*-\s*20\d\d|den nam 20(?:2[1-9]|[3-9]\d))\b/,
    '387/QĐ-TTg',
  ],
  [
    /(?:(?:"|\b(?:chuong trinh|de an|ke hoach|thuc hien|trien khai))\W{0,3}day manh phong trao|(?:de an|chuong trinh)\W{0,3}) hoc tap suot doi trong gia dinh,? dong ho,? cong dong\b(?! hoc tap|,? (?:va )?don vi)/,
    '281/QĐ-TTg',
  ],
  // (the 2014 project's title with a term, "… câu lạc bộ đến năm 2030", is the one that became Decision 1520)
  [/hoc tap suot doi trong (?:cac )?thu vien,? bao tang,? nha van hoa,? cau lac bo\W{0,3}den nam 2030/, PROGRAMME],
  [/hoc tap suot doi trong (?:cac )?thu vien,? bao tang,? nha van hoa,? cau lac bo/, '208/QĐ-TTg'],
  [/hoc tap suot doi (?:trong|o) (?:cac )?thu vien,? bao tang,? trung tam van hoa/, PROGRAMME],
  // (the programme, not the model it builds: "xây dựng mô hình “Công dân học tập”" alone names none)
  [/chuong trinh (?:"\s*)?xay dung mo hinh (?:"\s*)?cong dan hoc tap/, '677/QĐ-TTg'],
  [/xoa mu chu den nam 2020/, '692/QĐ-TTg'],
  // (the emulation movement of 2023 - 2030, "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", launched by
  // the plan Decision 1315 issued; a province may drop "Cả nước" from its name)
  [/\bthi dua xay dung xa hoi hoc tap,?\s+day manh hoc tap suot doi\b/, '1315/QĐ-TTg'],
  [/chuong trinh (?:"\s*)?bao ton va phat huy ben vung gia tri di san van hoa viet nam/, '1230/QĐ-TTg'],
  // (the heritage digitisation programme by its title, the nation's or its period's, `Chương trình số hóa Di sản văn hóa Việt
  // Nam giai đoạn 2021 - 2030`, `Chương trình số hóa Di sản văn hóa giai đoạn 2021 – 2030`; not a city's own, `… Di sản văn hóa
  // thành phố Cần Thơ giai đoạn 2023 - 2030`)
  [/chuong trinh (?:"\s*)?so hoa di san van hoa(?: viet nam\b|\W{0,3}giai doan 2021\s*[-–]\s*2030\b)/, '2026/QĐ-TTg'],
];
/** A programme is a document of the Prime Minister: `N/QĐ-TTg`, `N/YYYY/QĐ-TTg`, `N/CT-TTg`. */
const PM_CODE = /-ttg$/;
/** A decision, project, programme or directive of the Prime Minister cited by its number alone and its author. */
const BARE_PM = /\b(quyet dinh|de an|chuong trinh|chi thi)\s+(?:so\s+)?(\d{2,4})\s+(?:cua\s+)?thu tuong\b/;
/**
 * A national target programme is approved by a resolution of the National Assembly (`Nghị quyết số 162/2024/QH15 … phê duyệt
 * chủ trương đầu tư Chương trình mục tiêu quốc gia …`): that resolution names the programme the Government's and the Prime
 * Minister's documents cited with it carry out.
 */
const ASSEMBLY_CODE = /(?:^|-)qh\d*$/;
// (the citation may run over a line a PDF's text broke, `… của Quốc hội về phê duyệt chủ\ntrương đầu tư …`: not over a line
// opening the next ground or an article)
const APPROVES_NATIONAL_TARGET =
  /^(?:[^.;\n]|\n(?!\s*(?:can cu|theo de nghi|xet|thuc hien|quyet|dieu|[-+•*]))){0,120}?\bphe\s+duyet\s+(?:chu\s+truong\s+dau\s+tu\s+)?chuong\s+trinh\s+muc\s+tieu\s+quoc\s+gia\b/;
/** Verbs by which a plan says which programme it carries out. */
const IMPLEMENTS = /(?:thuc hien|trien khai|trien khai thuc hien|cu the hoa)\s+(?:cac\s+)?(?:quyet dinh|chi thi|chuong trinh|de an)?\s*(?:so\s*)?$/;

/**
 * The national programme the document carries out, told by its form, not by a list: a document
 * of the Prime Minister (`N/QĐ-TTg`, `N/YYYY/QĐ-TTg`, `N/CT-TTg`) cited in the title, else one the
 * text says it carries out (`triển khai Quyết định số …`), else Decision 1520 when cited or named,
 * else the first such document in the basis, else a programme named without its number.
 */
export function programmeOf(text: string, all: Citation[], bodyStart: number, basisEnd: number, titleStart: number): string | null {
  const pm = all.filter((c) => PM_CODE.test(c.code));
  const inTitle = titleStart >= 0 ? pm.find((c) => c.start >= titleStart && c.start < bodyStart) : undefined;
  if (inTitle) return inTitle.number;
  // The title says what the plan carries out ("… thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"),
  // whatever directive its basis cites first.
  const title = titleStart >= 0 ? text.slice(titleStart, bodyStart) : '';
  const titled = PROGRAMME_NAMES.find(([re]) => re.test(title));
  if (titled) return titled[1];
  const approving = approvingTitled(text, title, pm);
  if (approving) return approving;
  const assembly = all.find((c) => ASSEMBLY_CODE.test(c.code) && APPROVES_NATIONAL_TARGET.test(text.slice(c.end, c.end + 240)));
  if (assembly) return assembly.number;
  const carried = pm.find((c) => c.start < basisEnd && IMPLEMENTS.test(text.slice(Math.max(0, c.start - 60), c.start)) && c.digits !== '1520');
  const has1520 = pm.some((c) => c.digits === '1520' && c.code === 'qd-ttg');
  // Of the programmes named, the one named first (the title's, the basis's) is the one carried out.
  // (a document whose spirit the text follows, "theo tinh thần Nghị quyết … và Chiến lược …", is not what it carries out)
  const first = PROGRAMME_NAMES.map(([re, number]) => ({ at: namedAt(text, re), number, re }))
    .filter((x) => x.at < Number.POSITIVE_INFINITY)
    .sort((a, b) => a.at - b.at)[0];
  const byName = first?.number;
  // The 2014 Project 208 bore nearly the same name ("… trong các thư viện, bảo tàng, nhà văn hóa, câu lạc bộ").
  const named1520 = PROGRAMME_NAME.test(text) && (byName === undefined || byName === PROGRAMME);
  if (has1520 || (pm.length === 0 && named1520)) {
    // 1520 cited in passing while the title names another programme's decision: that one.
    return carried && !PROGRAMME_NAME.test(text.slice(0, basisEnd)) ? carried.number : PROGRAMME;
  }
  // Two decisions under one word, as equals (`Quyết định số 387/QĐ-TTg, 677/QĐ-TTg của Thủ tướng`, `… 387/QĐ-TTg và
  // 677/QĐ-TTg`): the text carries out both, neither is its programme.
  if (carried) return listedWith(text, carried, pm) ? null : carried.number;
  const nearName = pm.find((c) => PROGRAMME_NAME.test(text.slice(Math.max(0, c.start - 300), c.end + 300)));
  if (nearName) return nearName.number;
  const inBasis = pm.find((c) => c.start >= bodyStart && c.start < basisEnd) ?? pm[0];
  // (a plan titled by a work of its own, `Xây dựng quỹ khuyến học, khuyến tài xã … năm 2024`, whose basis cites several of the
  // Prime Minister's documents as grounds, carries out none of them)
  if (inBasis && ownWork(title) && pm.filter((c) => c.start >= bodyStart && c.start < basisEnd).length >= 2) return null;
  if (inBasis) return listedWith(text, inBasis, pm) ? null : inBasis.number;
  if (first !== undefined && !namedAmong(text, first.re, first.number)) return first.number;
  const ofYear = byName === undefined ? yearOfProject(text) : null;
  if (ofYear) return ofYear;
  // A project or directive by its number alone, then whose it is: `Đề án 281 của Thủ tướng Chính phủ`, `Chỉ thị 20 của Thủ tướng`
  // (not two named together as work done, `Việc thực hiện Chương trình 387 và Chương trình 677 của Thủ tướng …`).
  const bare = BARE_PM.exec(text);
  if (!bare) return null;
  const sentence = text.slice(Math.max(text.lastIndexOf('.', bare.index), text.lastIndexOf('\n', bare.index)) + 1, bare.index);
  if (/\b(?:quyet dinh|de an|chuong trinh|chi thi)\s+(?:so\s+)?\d{2,4}\b/.test(sentence)) return null;
  return `${bare[2]}/${bare[1] === 'chi thi' ? 'CT' : 'QĐ'}-TTg`;
}

/**
 * A title naming a work of the issuer's own, opening on its verb and its object (`Xây dựng quỹ khuyến học …`, `Vận động …`),
 * not on what it carries out (`Thực hiện …`, `Triển khai …`) nor on a programme's name.
 */
function ownWork(title: string): boolean {
  const t = title.replace(/^\W*(?:ke hoach\s+)?/, '');
  return /^(?:xay dung|van dong|ho tro|thanh lap)\s+quy\b/.test(t) && !/\b(?:thuc hien|trien khai|cu the hoa)\b/.test(t);
}

/** Another decision of the Prime Minister right beside this one, joined by a comma or `và` alone: a list of equals. */
function listedWith(text: string, c: Citation, pm: Citation[]): boolean {
  return pm.some(
    (o) => o.number !== c.number && o.start >= c.end && /^\s*(?:,|\bva\b)\s*(?:(?:quyet dinh|chi thi)\s+)?(?:so\s+)?$/.test(text.slice(c.end, o.start)),
  );
}

/**
 * The learning-society project named without its period, with the year the text carries it out in (`thực hiện Đề án
 * “Xây dựng xã hội học tập” năm 2024`): from 2021 on, the project of Decision 1373 (its forerunner ran 2012 - 2020).
 */
function yearOfProject(text: string): string | null {
  const m = /\bde an\W{0,3}xay dung xa hoi hoc tap\W{0,3}(?!\s*giai doan)[^.;\n]{0,80}?\bnam\s+(20\d\d)\b/.exec(text);
  return m && Number(m[1]) >= 2021 ? '1373/QĐ-TTg' : null;
}

/**
 * A programme named first in a sentence that names another of the family (`UBND tỉnh ban hành Kế hoạch thực hiện Chương
 * trình “Đẩy mạnh phong trào học tập suốt đời …” và Kế hoạch thực hiện Chương trình “Xây dựng mô hình công dân học tập …”`):
 * a list of the work done, none of it the text's own programme.
 */
function namedAmong(text: string, re: RegExp, number: string): boolean {
  // (the title that named it first: a programme may be known by two, "… cộng đồng, đơn vị" and "… cộng đồng giai đoạn 2021 - 2030")
  const at = namedAt(text, re);
  if (at === Number.POSITIVE_INFINITY) return false;
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  const stop = /[.\n]/.exec(text.slice(at));
  // (the rest of the sentence: one title may hold a shorter one's words, "… cộng đồng, đơn vị" those of "… cộng đồng")
  const own = re.exec(text.slice(at))![0].length;
  const rest = `${text.slice(start, at)} ${text.slice(at + own, stop ? at + stop.index : text.length)}`;
  return PROGRAMME_NAMES.some(([other, n]) => n !== number && other.test(rest));
}

/**
 * The decision that approved the project or programme the title names, whatever its local period
 * (`… thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2022 - 2030”` and, in the basis, `Quyết định số
 * 1373/QĐ-TTg … phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”`), not a directive cited before it.
 */
function approvingTitled(text: string, title: string, pm: Citation[]): string | null {
  const m = /\b(?:de an|chuong trinh|phong trao)\W{0,3}([a-z][a-z ,]{8,}?)\s*(?:\bgiai doan\b|\bden nam\b|\btren dia ban\b|"|$)/.exec(title);
  if (!m) return null;
  const name = m[1]!.trim().replace(/[,]/g, ',?').replace(/\s+/g, '\\s+');
  // (a movement the decision launches by a plan of its own, `… ban hành Kế hoạch triển khai Phong trào “Cả nước thi đua
  // xây dựng xã hội học tập, …”`, under the title's shorter name, `Triển khai Phong trào “Thi đua xây dựng xã hội học tập, …”`)
  const re = new RegExp(
    String.raw`^[^.;]{0,160}?\b(?:phe duyet|ban hanh)\s+(?:(?:de an|chuong trinh)\W{0,3}|ke hoach trien khai phong trao\W{0,3}(?:[a-z]+\s+){0,2}?)?${name}\b`,
  );
  return pm.find((c) => re.test(text.slice(c.end, c.end + 300)))?.number ?? null;
}

/** Where a programme's name first stands outside a clause of spirit (`theo tinh thần … Chiến lược …`). */
function namedAt(text: string, re: RegExp): number {
  const all = new RegExp(re.source, 'g');
  for (const m of text.matchAll(all)) if (!/\btheo tinh than\b[^.;\n]*$/.test(text.slice(Math.max(0, m.index - 300), m.index))) return m.index;
  return Number.POSITIVE_INFINITY;
}
