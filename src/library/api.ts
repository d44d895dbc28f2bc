import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { forbidden, notFound, UserError } from '../core/errors.ts';
import { canWriteInstitution } from '../network/access.ts';
import { searchCatalogue } from './catalogue-search.ts';
import { checkin, checkout } from './circulation.ts';
import { placeByCode } from './places.ts';

/** JSON: the catalogue search (public) and the desk's lend and return (session + CSRF or API token). */
export const libraryApi = new Hono<AppEnv>()
  .get('/api/v1/catalogue/search', async (c) => {
    const limit = Math.min(100, Number(c.req.query('limit')) || 20);
    const { hits, result } = await searchCatalogue(c.var.store.db, { q: c.req.query('q') ?? '', limit, offset: Number(c.req.query('offset')) || 0 });
    return c.json({ total: result.total, notice: result.notice ?? null, hits });
  })
  .post('/api/v1/libraries/:code/:action{checkout|return}', async (c) => {
    const lib = await placeByCode(c.var.store.db, c.req.param('code'));
    if (!lib) throw notFound('thư viện', 'Library');
    if (!c.var.principal) throw new UserError('Cần đăng nhập.', 401, [], 'Sign in first.');
    if (!(await canWriteInstitution(c.var.store.db, c.var.principal, lib.id))) throw forbidden();
    const body = (await c.req.json().catch(() => null)) as { barcode?: unknown; card?: unknown } | null;
    if (!body || typeof body.barcode !== 'string') throw new UserError('Cần barcode.', 400, [{ field: 'barcode', message: 'Bắt buộc' }], 'barcode is required.');
    const desk = { institutionId: lib.id, userId: c.var.principal.userId };
    if (c.req.param('action') === 'checkout') {
      if (typeof body.card !== 'string') throw new UserError('Cần card.', 400, [{ field: 'card', message: 'Bắt buộc' }], 'card is required.');
      return c.json(await checkout(c.var.store.db, body.barcode, body.card, desk), 201);
    }
    return c.json(await checkin(c.var.store.db, body.barcode, desk));
  });
