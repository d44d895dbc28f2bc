import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { catalogueSearchPage } from './catalogue-search.ts';
import { lendAtDesk, returnAtDesk } from './desk.ts';

/** A query number that is not one (or out of range) falls back to the default, as the search page does. */
const lenient = (description: string, min: number, max?: number) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .optional()
    .catch(undefined)
    .openapi({ type: 'integer', minimum: min, ...(max !== undefined ? { maximum: max } : {}), description });

const SearchQuery = z.object({
  q: z.string().optional().openapi({ description: 'Words to search for (Vietnamese with or without marks); empty: the newest books' }),
  limit: lenient('Hits per page: 1–100, default 20 (more is cut to 100)', 1, 100),
  offset: lenient('Hits to skip (paging), default 0', 0),
});

const LibraryCopies = z
  .object({
    code: z.string().openapi({ description: 'Institution code of the library or service point' }),
    name: z.string(),
    total: z.number().int().openapi({ description: 'Copies there now' }),
    available: z.number().int().openapi({ description: 'Of those, copies that can be borrowed now' }),
  })
  .openapi('LibraryCopies');

const CatalogueHit = z
  .object({
    id: z.number().int().openapi({ description: 'Bibliographic record id' }),
    title: z.string(),
    author: z.string().nullable(),
    year: z.number().int().nullable().openapi({ description: 'Year of publication' }),
    libraries: z.array(LibraryCopies).openapi({ description: 'Where copies are now, with their availability' }),
  })
  .openapi('CatalogueHit');

const SearchAnswer = z
  .object({
    total: z.number().int().openapi({ description: 'Books found (all pages)' }),
    notice: z.enum(['no-terms']).nullable().openapi({ description: "'no-terms' when the query had nothing to search by (only punctuation)" }),
    hits: z.array(CatalogueHit),
  })
  .openapi('CatalogueSearch');

const LibraryParam = z.object({
  code: z
    .string()
    .openapi({ param: { name: 'code', in: 'path' }, description: 'Institution code of the library (or service point) whose desk lends', example: 'TVTINH-46' }),
});

const Barcode = z.string().openapi({ description: "The copy's barcode", example: 'TVTINH-46-0005-1' });

const CheckoutBody = z
  .object({ barcode: Barcode, card: z.string().openapi({ description: "The reader's library card number", example: 'TV46-0001' }) })
  .openapi('Checkout');
const ReturnBody = z.object({ barcode: Barcode }).openapi('Return');

const LoanReceipt = z
  .object({
    loanId: z.number().int(),
    barcode: z.string(),
    patron: z.string().nullable().openapi({ description: "The reader's name: only when the card is the lending library's own; else null" }),
    card: z.string().openapi({ description: "The reader's card, masked (…X4Z) unless the name is given" }),
    dueAt: z.string().openapi({ description: 'Due date (YYYY-MM-DD)' }),
  })
  .openapi('LoanReceipt');

const ReturnReceipt = z
  .object({
    barcode: z.string(),
    patron: z.string().nullable().openapi({ description: 'The reader who had it: only at the library that lent it; else null' }),
    card: z.string().openapi({ description: "That reader's card, masked (…X4Z) unless the name is given" }),
    overdueDays: z.number().int().openapi({ description: 'Days past the due date (0 when on time)' }),
    heldFor: z.string().nullable().openapi({
      description: "The reader it is now set aside for, when someone reserved the title: the name if the card is this library's, else the masked card",
    }),
    heldUntil: z.string().nullable().openapi({ description: 'The last day it waits for that reader (YYYY-MM-DD)' }),
  })
  .openapi('ReturnReceipt');

const deskErrors = {
  400: errorResponse('barcode (and card) missing or not text'),
  401: errorResponse('Login required'),
  403: errorResponse("Not a library (or service point), or not its staff: only a library's own staff work its desk"),
  404: errorResponse('Unknown library, copy or card'),
  409: errorResponse('The copy or the card does not allow it (on loan, blocked, limit reached…)'),
};

/** JSON: the catalogue search (public) and the desk's lend and return (session + X-CSRF-Token, or an API token). */
export const libraryApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/catalogue/search',
      summary: "The network's book catalogue, with each book's copies per library",
      request: { query: SearchQuery },
      responses: {
        200: { description: 'One page of hits', content: { 'application/json': { schema: SearchAnswer } } },
        400: errorResponse('The query is too long'),
      },
    }),
    async (c) => c.json(await catalogueSearchPage(c.var.store.db, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/libraries/{code}/checkout',
      summary: "Lend a copy to a card holder at the library's desk; the loan counts in the library's statistics",
      request: { params: LibraryParam, body: { content: { 'application/json': { schema: CheckoutBody } }, required: true } },
      responses: { 201: { description: 'Lent', content: { 'application/json': { schema: LoanReceipt } } }, ...deskErrors },
    }),
    async (c) => c.json(await lendAtDesk(c.var.store.db, signedIn(c), c.req.valid('param').code, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/libraries/{code}/return',
      summary: "Take a copy back at the library's desk (any desk of the network); a reader waiting for the title gets it set aside",
      request: { params: LibraryParam, body: { content: { 'application/json': { schema: ReturnBody } }, required: true } },
      responses: { 200: { description: 'Returned', content: { 'application/json': { schema: ReturnReceipt } } }, ...deskErrors },
    }),
    async (c) => c.json(await returnAtDesk(c.var.store.db, signedIn(c), c.req.valid('param').code, c.req.valid('json')), 200),
  );
