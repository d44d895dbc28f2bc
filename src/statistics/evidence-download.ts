import type { AppContext } from '../core/web/env.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { canReadInstitution } from '../network/access.ts';
import { evidenceBytes } from '../network/evidence.ts';
import { findInstitution } from '../network/institutions.ts';
import { networkErrors } from '../network/messages.ts';

/** A file name for Content-Disposition: ASCII for old clients, the name itself in UTF-8 (RFC 6266) for the rest. */
function disposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'minh-chung';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * `GET /co-so/<code>/minh-chung/<attribute>/<year>`: an attribute's evidence file, to whoever may read the
 * institution's data; always as a download of its checked type (never rendered as a page of this site).
 */
export async function evidenceDownload(c: AppContext) {
  const { db } = c.var.store;
  const inst = await findInstitution(db, c.req.param('code') ?? '');
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await canReadInstitution(db, c.var.principal, inst.id))) throw noAccess();
  const year = Number(c.req.param('year'));
  const file = Number.isInteger(year) ? await evidenceBytes(db, inst.id, c.req.param('attribute') ?? '', year) : undefined;
  if (!file) throw new UserError(networkErrors.evidenceNotFound(), 404);
  return c.body(new Uint8Array(file.data), 200, {
    'content-type': file.mime,
    'content-disposition': disposition(file.fileName),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
}
