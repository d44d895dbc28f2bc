import type { DB } from '../core/db/database.ts';
import { formatDate, formatDateTime, formatNumber, type Lang } from '../core/i18n/index.ts';
import { names } from '../core/i18n/index.ts';
import { roleNames } from '../accounts/messages.ts';
import { KINDS } from '../network/catalogue.ts';
import { levelName } from '../network/messages.ts';
import { statisticsText } from '../statistics/messages.ts';
import { auditFields } from './audit-fields.ts';
import { adminText } from './messages.ts';

/**
 * An audited old or new value in words (the audit page and its CSV): every field by its label, codes and ids of
 * units, institutions, data elements and people by their names, statuses, roles, kinds and ownership in words, dates
 * dd/mm/yyyy, numbers the reader's way.
 */

/** The names of the codes and ids the values of a page mention, read once for the page. */
export interface AuditNames {
  unitByCode: Map<string, string>;
  unitById: Map<number, string>;
  institutionByCode: Map<string, string>;
  institutionById: Map<number, string>;
  elementByCode: Map<string, string>;
  userById: Map<number, string>;
  objectById: Map<number, string>;
  collectionById: Map<number, string>;
  /** Commemorative days an event is tagged with (`event_days`), by code ("21/4"). */
  eventDayByCode: Map<string, string>;
}

export const noNames = (): AuditNames => ({
  unitByCode: new Map(),
  unitById: new Map(),
  institutionByCode: new Map(),
  institutionById: new Map(),
  elementByCode: new Map(),
  userById: new Map(),
  objectById: new Map(),
  collectionById: new Map(),
  eventDayByCode: new Map(),
});

const UNIT_CODES = new Set(['unit', 'unitCode']);
const UNIT_IDS = new Set(['unitId', 'parentId']);
const INSTITUTION_CODES = new Set(['institution', 'institutionCode']);
const INSTITUTION_IDS = new Set(['institutionId']);
const ELEMENT_CODES = new Set(['dataElement', 'element', 'left', 'right', 'numerator', 'denominator']);
const USER_IDS = new Set(['userId', 'by']);
const OBJECT_IDS = new Set(['objectId']);
const COLLECTION_IDS = new Set(['collectionId']);
/** An event's commemorative days: codes (strings) under `days`, which elsewhere is a number of days. */
const EVENT_DAYS = 'days';

/** Statuses as the writers store them, in words. */
export const statusWords = names({
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  returned: { vi: 'Trả lại để sửa', en: 'Returned' },
  accepted: { vi: 'Đã duyệt', en: 'Accepted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  published: { vi: 'Đã công bố', en: 'Published' },
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  ready: { vi: 'Sẵn sàng', en: 'Ready' },
  held: { vi: 'Đã diễn ra', en: 'Held' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  received: { vi: 'Đã nhận', en: 'Received' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  fulfilled: { vi: 'Đã hoàn thành', en: 'Fulfilled' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  late: { vi: 'Chậm', en: 'Late' },
  met: { vi: 'Đạt', en: 'Met' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  attended: { vi: 'Có mặt', en: 'Attended' },
  outlier: { vi: 'Giá trị bất thường', en: 'Outlier' },
  rule: { vi: 'Quy tắc kiểm tra', en: 'Validation rule' },
});

/**
 * The kinds the operations modules write (events, exhibitions, clubs, donations) and a commendation's recipient, in
 * words: those modules sit above this one, so their words are repeated here (test/admin/audit-value-words.test.ts
 * holds them equal to the modules' own catalogues).
 */
export const operationKindWords = names({
  // events (events/messages.ts eventKindName)
  talk: { vi: 'Tọa đàm, nói chuyện chuyên đề', en: 'Talk' },
  book_exhibition: { vi: 'Trưng bày, triển lãm sách', en: 'Book exhibition' },
  reading_festival: { vi: 'Ngày hội đọc sách', en: 'Reading festival' },
  contest: { vi: 'Cuộc thi', en: 'Contest' },
  training: { vi: 'Tập huấn, bồi dưỡng cán bộ', en: 'Staff training' },
  communication: { vi: 'Hoạt động truyền thông, tuyên truyền', en: 'Communication activity' },
  performance: { vi: 'Biểu diễn nghệ thuật', en: 'Performance' },
  festival: { vi: 'Lễ hội, liên hoan', en: 'Festival' },
  class: { vi: 'Lớp học, khóa học', en: 'Class or course' },
  museum_education: { vi: 'Chương trình giáo dục tại bảo tàng', en: 'Museum education programme' },
  // exhibitions (museum/messages.ts exhibitionKindName)
  permanent: { vi: 'Trưng bày thường xuyên', en: 'Permanent display' },
  thematic: { vi: 'Triển lãm chuyên đề', en: 'Thematic exhibition' },
  travelling: { vi: 'Triển lãm lưu động', en: 'Travelling exhibition' },
  virtual: { vi: 'Triển lãm ảo', en: 'Virtual exhibition' },
  // clubs (culture/messages.ts clubKindName)
  club: { vi: 'Câu lạc bộ', en: 'Club' },
  talent_class: { vi: 'Lớp năng khiếu', en: 'Talent class' },
  interest_group: { vi: 'Nhóm sở thích', en: 'Interest group' },
  // donations (socialisation/messages.ts donationKindName)
  money: { vi: 'Tiền (đồng)', en: 'Money (VND)' },
  books: { vi: 'Sách (bản)', en: 'Books (copies)' },
  equipment: { vi: 'Trang thiết bị (món)', en: 'Equipment (items)' },
});

/** A commendation's recipient (socialisation/messages.ts). */
const recipientWords = names({ collective: { vi: 'Tập thể', en: 'Collective' }, individual: { vi: 'Cá nhân', en: 'Individual' } });

const ownershipWords = names({ public: { vi: 'Công lập', en: 'Public' }, non_public: { vi: 'Ngoài công lập', en: 'Non-public' } });

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A validation rule's importance (statistics/messages.ts). */
function importanceWords(lang: Lang, v: string): string {
  const t = statisticsText(lang);
  return v === 'high' ? t.importanceHigh : v === 'medium' ? t.importanceMedium : v === 'low' ? t.importanceLow : v;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** The field's label; a key no writer should leave without one (test/admin/audit-labels.test.ts) is shown as it is. */
export const fieldLabel = (lang: Lang, key: string): string => auditFields(lang, key);

export function readable(lang: Lang, v: unknown, field?: string, known: AuditNames = noNames()): string {
  const a = adminText(lang);
  if (v === null || v === undefined || v === '') return a.none;
  if (typeof v === 'boolean') return v ? a.yes : a.no;
  if (typeof v === 'number') {
    if (field && UNIT_IDS.has(field)) return known.unitById.get(v) ?? String(v);
    if (field && INSTITUTION_IDS.has(field)) return known.institutionById.get(v) ?? String(v);
    if (field && USER_IDS.has(field)) return known.userById.get(v) ?? String(v);
    if (field && OBJECT_IDS.has(field)) return known.objectById.get(v) ?? String(v);
    if (field && COLLECTION_IDS.has(field)) return known.collectionById.get(v) ?? String(v);
    return Number.isInteger(v) && field === 'year'
      ? String(v)
      : formatNumber(lang, v, Number.isInteger(v) ? 0 : 6)
          .replace(/(,\d*?)0+$/, '$1')
          .replace(/,$/, '');
  }
  if (typeof v === 'string') {
    if (field === 'role') return roleNames(lang, v);
    if (field === 'password') return v === 'reset' ? a.passwordWasReset : a.passwordWasChanged;
    if (field === 'status') return statusWords(lang, v);
    if (field === 'ownership') return ownershipWords(lang, v);
    if (field === 'kind') {
      const k = KINDS.find((x) => x.code === v);
      if (k) return lang === 'vi' ? k.vi : k.en;
      if (Object.hasOwn(operationKindWords.entries, v)) return operationKindWords(lang, v);
    }
    if (field === 'recipientType') return recipientWords(lang, v);
    if (field === 'level') return capitalised(levelName(lang, v));
    if (field === 'importance') return importanceWords(lang, v);
    if (field && UNIT_CODES.has(field)) return known.unitByCode.get(v) ?? v;
    if (field && INSTITUTION_CODES.has(field)) return known.institutionByCode.get(v) ?? v;
    if (field && ELEMENT_CODES.has(field)) return known.elementByCode.get(v) ?? v;
    if (field === EVENT_DAYS) return known.eventDayByCode.get(v) ?? v;
    if (ISO_DATE.test(v)) return v.length > 10 ? formatDateTime(v) : formatDate(v);
    return v;
  }
  if (Array.isArray(v)) {
    // who attended an event: their registrations, counted
    if (field === 'attended') return formatNumber(lang, v.length, 0);
    return v.length === 0 ? a.none : v.map((x) => readable(lang, x, field, known)).join('; ');
  }
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${fieldLabel(lang, k === EVENT_DAYS && Array.isArray(x) ? 'eventDays' : k)}: ${readable(lang, x, k, known)}`)
      .join('; ');
  return String(v);
}

/** Reads the names of every unit, institution, element and person the values mention (a few queries a page). */
export async function auditNames(db: DB, values: unknown[]): Promise<AuditNames> {
  const unitCodes = new Set<string>();
  const unitIds = new Set<number>();
  const instCodes = new Set<string>();
  const instIds = new Set<number>();
  const elements = new Set<string>();
  const users = new Set<number>();
  const objects = new Set<number>();
  const collections = new Set<number>();
  const days = new Set<string>();
  const visit = (v: unknown, field?: string) => {
    if (Array.isArray(v)) for (const x of v) visit(x, field);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
    else if (field && typeof v === 'string') {
      if (UNIT_CODES.has(field)) unitCodes.add(v);
      if (INSTITUTION_CODES.has(field)) instCodes.add(v);
      if (ELEMENT_CODES.has(field)) elements.add(v);
      if (field === EVENT_DAYS) days.add(v);
    } else if (field && typeof v === 'number') {
      if (UNIT_IDS.has(field)) unitIds.add(v);
      if (INSTITUTION_IDS.has(field)) instIds.add(v);
      if (USER_IDS.has(field)) users.add(v);
      if (OBJECT_IDS.has(field)) objects.add(v);
      if (COLLECTION_IDS.has(field)) collections.add(v);
    }
  };
  for (const v of values) visit(v);
  const known = noNames();
  const unitName = (r: { name: string; full_name: string | null }) => r.full_name ?? r.name;
  if (unitCodes.size > 0)
    for (const r of await db
      .selectFrom('units')
      .select(['code', 'name', 'full_name'])
      .where('code', 'in', [...unitCodes])
      .execute())
      known.unitByCode.set(r.code, unitName(r));
  if (unitIds.size > 0)
    for (const r of await db
      .selectFrom('units')
      .select(['id', 'name', 'full_name'])
      .where('id', 'in', [...unitIds])
      .execute())
      known.unitById.set(r.id, unitName(r));
  if (instCodes.size > 0)
    for (const r of await db
      .selectFrom('institutions')
      .select(['code', 'name'])
      .where('code', 'in', [...instCodes])
      .execute())
      known.institutionByCode.set(r.code, r.name);
  if (instIds.size > 0)
    for (const r of await db
      .selectFrom('institutions')
      .select(['id', 'name'])
      .where('id', 'in', [...instIds])
      .execute())
      known.institutionById.set(r.id, r.name);
  if (elements.size > 0)
    for (const r of await db
      .selectFrom('data_elements')
      .select(['code', 'name_vi'])
      .where('code', 'in', [...elements])
      .execute())
      known.elementByCode.set(r.code, r.name_vi);
  if (users.size > 0)
    for (const r of await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name'])
      .where('id', 'in', [...users])
      .execute())
      known.userById.set(r.id, `${r.display_name} (${r.username})`);
  if (objects.size > 0)
    for (const r of await db
      .selectFrom('museum_objects')
      .select(['id', 'title', 'identifier'])
      .where('id', 'in', [...objects])
      .execute())
      known.objectById.set(r.id, r.identifier ? `${r.title} (${r.identifier})` : r.title);
  if (collections.size > 0)
    for (const r of await db
      .selectFrom('museum_collections')
      .select(['id', 'name'])
      .where('id', 'in', [...collections])
      .execute())
      known.collectionById.set(r.id, r.name);
  if (days.size > 0)
    for (const r of await db
      .selectFrom('event_days')
      .select(['code', 'name_vi'])
      .where('code', 'in', [...days])
      .execute())
      known.eventDayByCode.set(r.code, r.name_vi);
  return known;
}
