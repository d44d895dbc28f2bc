import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import type { Said } from '../core/errors.ts';
import { formatBytes, formatNumber } from '../core/i18n/format.ts';
import { nowIso } from '../core/time.ts';
import { networkErrors as E } from './messages.ts';

/**
 * A file proving a yearly status attribute (a decision, a certificate, a photo of the plaque): a PDF, JPEG or PNG,
 * known by its first bytes (never by its name or the browser's word), at most {@link EVIDENCE_MAX_BYTES}. One file per
 * institution, attribute and year, its bytes in the database as the museum's images are; a new file replaces the old.
 */

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/** The types taken, each known by its magic bytes. */
const TYPES: { mime: string; magic: number[] }[] = [
  { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** What the form or the API sent as a file. */
export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
}

/** The type of a file by its first bytes: a PDF, JPEG or PNG, else none. */
export function evidenceType(bytes: Uint8Array): string | undefined {
  return TYPES.find((t) => t.magic.every((b, i) => bytes[i] === b))?.mime;
}

/** Why a file cannot be evidence (empty, too large, not a PDF or image), or nothing when it can. */
export function evidenceProblem(file: { name: string; size: number; head: Uint8Array }): Said | undefined {
  if (file.size === 0) return E.evidenceEmpty({ file: file.name });
  if (file.size > EVIDENCE_MAX_BYTES) {
    // in MB rounded up to a tenth, so a file just over the limit never reads as the limit itself
    const mb = Math.ceil((file.size / 1048576) * 10) / 10;
    return E.evidenceTooLarge({
      file: file.name,
      size: `${formatNumber('vi', mb, 1)} MB`,
      sizeEn: `${formatNumber('en', mb, 1)} MB`,
      max: formatBytes('vi', EVIDENCE_MAX_BYTES),
      maxEn: formatBytes('en', EVIDENCE_MAX_BYTES),
    });
  }
  if (!evidenceType(file.head)) return E.evidenceType({ file: file.name });
  return undefined;
}

/** A file name as kept and offered back: its last path part, no control characters, at most 200 characters. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (clean || 'minh-chung').slice(-200);
}

/**
 * Stores a checked file as the evidence of an institution's attribute in a year (in the caller's transaction:
 * `setAttribute`'s), replacing the one before; audited with the names and sizes, not the bytes.
 */
export async function storeEvidenceFile(
  db: DB,
  key: { institutionId: number; attribute: string; year: number },
  file: EvidenceUpload,
  userId: number | null,
): Promise<void> {
  const mime = evidenceType(file.bytes);
  if (!mime || file.bytes.byteLength > EVIDENCE_MAX_BYTES) throw new Error('Evidence files are checked before they are stored (evidenceProblem).');
  const old = await db
    .selectFrom('attribute_evidence')
    .select(['file_name', 'size'])
    .where('institution_id', '=', key.institutionId)
    .where('attribute', '=', key.attribute)
    .where('year', '=', key.year)
    .executeTakeFirst();
  const row = { file_name: safeName(file.name), mime, size: file.bytes.byteLength, data: Buffer.from(file.bytes), uploaded_by: userId, uploaded_at: nowIso() };
  await db
    .insertInto('attribute_evidence')
    .values({ institution_id: key.institutionId, attribute: key.attribute, year: key.year, ...row })
    .onConflict((oc) => oc.columns(['institution_id', 'attribute', 'year']).doUpdateSet(row))
    .execute();
  await audit(db, {
    userId,
    action: old ? 'update' : 'create',
    entity: 'attribute_evidence',
    key: `${key.institutionId}:${key.attribute}:${key.year}`,
    oldValue: old ? { file: old.file_name, size: old.size } : undefined,
    newValue: { file: row.file_name, mime, size: row.size },
  });
}

export interface EvidenceFile {
  attribute: string;
  fileName: string;
  mime: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string | null;
}

/** The evidence files of an institution's attributes in a year (without their bytes), by attribute. */
export async function evidenceFilesOf(db: DB, institutionId: number, year: number): Promise<Map<string, EvidenceFile>> {
  const rows = await db
    .selectFrom('attribute_evidence as f')
    .leftJoin('users as u', 'u.id', 'f.uploaded_by')
    .select(['f.attribute', 'f.file_name', 'f.mime', 'f.size', 'f.uploaded_at', 'u.display_name'])
    .where('f.institution_id', '=', institutionId)
    .where('f.year', '=', year)
    .execute();
  return new Map(
    rows.map((r) => [
      r.attribute,
      { attribute: r.attribute, fileName: r.file_name, mime: r.mime, size: Number(r.size), uploadedAt: r.uploaded_at, uploadedBy: r.display_name },
    ]),
  );
}

/** One evidence file with its bytes (the download); access is the caller's to check. */
export async function evidenceBytes(
  db: DB,
  institutionId: number,
  attribute: string,
  year: number,
): Promise<{ fileName: string; mime: string; data: Uint8Array } | undefined> {
  const r = await db
    .selectFrom('attribute_evidence')
    .select(['file_name', 'mime', 'data'])
    .where('institution_id', '=', institutionId)
    .where('attribute', '=', attribute)
    .where('year', '=', year)
    .executeTakeFirst();
  return r ? { fileName: r.file_name, mime: r.mime, data: new Uint8Array(r.data) } : undefined;
}
