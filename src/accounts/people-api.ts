import { createRoute, z } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { sha256 } from '../core/auth/tokens.ts';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { SESSION_COOKIE } from './middleware.ts';
import { ownTokens, makeOwnToken, revokeOwnToken } from './own-tokens.ts';
import { createPerson, updatePerson } from './people.ts';
import { listPeople, type Person } from './people-read.ts';
import { changeOwnPassword } from './password-changes.ts';
import { mailTransport } from '../core/mail.ts';
import { issueResetLink } from './reset-mail.ts';
import { ROLES } from './users.ts';

const PersonSchema = z
  .object({
    username: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    unit: z.object({ code: z.string(), name: z.string() }).nullable(),
    institution: z.object({ code: z.string(), name: z.string() }).nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
    email: z.string().nullable().openapi({ description: 'Where a password reset link is mailed (when SMTP is configured)' }),
  })
  .openapi('Person');
const NewPersonSchema = z
  .object({
    username: z.string().openapi({ description: '3–40 letters without diacritics, digits, . _ -' }),
    password: z.string().openapi({ description: 'At least 12 characters, not a common password, not holding the username' }),
    name: z.string(),
    role: z.string().openapi({ description: 'admin, official, staff, viewer or citizen; an official grants official, staff or viewer' }),
    unit: z.string().optional().openapi({ description: 'Unit code (officials, viewers): within the caller’s subtree' }),
    institution: z.string().optional().openapi({ description: 'Institution code (staff): within the caller’s subtree' }),
    email: z.string().optional().openapi({ description: 'Optional: where a password reset link is mailed' }),
  })
  .openapi('NewPerson');
const PersonChangeSchema = z
  .object({
    name: z.string().optional(),
    email: z.string().nullable().optional().openapi({ description: 'null or empty: none' }),
    role: z.string().optional(),
    unit: z.string().nullable().optional(),
    institution: z.string().nullable().optional(),
    disabled: z.boolean().optional().openapi({ description: 'true: the account opens nothing any more, its sessions end at once' }),
  })
  .openapi('PersonChange');
const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    expired: z.boolean(),
  })
  .openapi('ApiToken');

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const toJson = (p: Person) => p;

/** People (accounts) and one's own password and tokens: the same rules as the pages (accounts/people.ts). */
export const peopleApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/users',
      summary: 'The accounts the caller manages (an admin: all; an official: their subtree), by unit and name without diacritics',
      request: { query: z.object({ unit: z.string().optional(), q: z.string().optional() }) },
      responses: {
        200: json(z.object({ people: z.array(PersonSchema), total: z.number() }), 'At most 200 accounts, by name; total counts every match'),
        401: errorResponse('Login required'),
        403: errorResponse('Not an admin or official, or the unit is outside the subtree'),
        404: errorResponse('Unknown unit'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await listPeople(c.var.store.db, signedIn(c), q);
      return c.json({ people: list.people.map(toJson), total: list.total }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users',
      summary: 'Create an account within the caller’s reach (audited)',
      request: body(NewPersonSchema),
      responses: {
        201: json(PersonSchema, 'The account made'),
        401: errorResponse('Login required'),
        403: errorResponse('Not an admin or official'),
        422: errorResponse(
          'Refused, nothing stored: problems name the fields (username taken, role above the caller’s, unit outside the subtree, weak password…)',
        ),
      },
    }),
    async (c) => c.json(toJson(await createPerson(c.var.store.db, signedIn(c), c.req.valid('json'))), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{username}',
      summary: 'Change an account’s name, role, scope, or disable it (its sessions end at once); audited',
      request: { params: z.object({ username: z.string() }), ...body(PersonChangeSchema) },
      responses: {
        200: json(PersonSchema, 'The account as it now is'),
        401: errorResponse('Login required'),
        403: errorResponse('The account is outside the caller’s reach, or is the caller’s own'),
        404: errorResponse('No such account'),
        422: errorResponse('Refused, nothing stored: problems name the fields'),
      },
    }),
    async (c) => c.json(toJson(await updatePerson(c.var.store.db, signedIn(c), c.req.valid('param').username, c.req.valid('json'))), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{username}/password-reset',
      summary:
        'A one-time link that sets a new password (24 hours); audited. Mailed to the account’s e-mail when SMTP is configured and it has one (the answer then says where, without the link); otherwise the link is in the answer, to hand over',
      request: { params: z.object({ username: z.string() }) },
      responses: {
        201: json(
          z.object({ link: z.string().optional(), expiresAt: z.string(), mailedTo: z.string().nullable() }),
          'The link (shown once) when it was not mailed; where it was mailed otherwise',
        ),
        401: errorResponse('Login required'),
        403: errorResponse('The account is outside the caller’s reach'),
        404: errorResponse('No such account'),
      },
    }),
    async (c) => {
      const made = await issueResetLink(c.var.store.db, signedIn(c), c.req.valid('param').username, c.req.url, mailTransport());
      return c.json(
        made.mailedTo ? { expiresAt: made.expiresAt, mailedTo: made.mailedTo } : { link: made.link, expiresAt: made.expiresAt, mailedTo: null },
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/password',
      summary: 'Change one’s own password (the current one is needed); one’s other sessions end',
      request: body(z.object({ current: z.string(), password: z.string() }).openapi('PasswordChange')),
      responses: {
        204: { description: 'Changed' },
        401: errorResponse('Login required'),
        422: errorResponse('Wrong current password, or the new one breaks the policy'),
      },
    }),
    async (c) => {
      const sid = getCookie(c, SESSION_COOKIE);
      await changeOwnPassword(c.var.store.db, signedIn(c), c.req.valid('json'), sid ? sha256(sid) : undefined);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/tokens',
      summary: 'One’s own API tokens',
      responses: { 200: json(z.array(TokenSchema), 'Newest first'), 401: errorResponse('Login required') },
    }),
    async (c) => c.json(await ownTokens(c.var.store.db, signedIn(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/tokens',
      summary: 'Make an API token of one’s own (the token is in this answer only)',
      request: body(z.object({ name: z.string(), days: z.number().int().min(1).max(365).optional() }).openapi('NewToken')),
      responses: {
        201: json(z.object({ token: z.string(), expiresAt: z.string() }), 'The token'),
        401: errorResponse('Login required'),
        422: errorResponse('No name'),
      },
    }),
    async (c) => {
      const { name, days } = c.req.valid('json');
      return c.json(await makeOwnToken(c.var.store.db, signedIn(c), name, days), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/me/tokens',
      summary: 'Revoke one of one’s own tokens by its id',
      request: { query: z.object({ id: z.string() }) },
      responses: { 200: json(z.object({ revoked: z.number() }), 'How many were revoked (0: none of yours)'), 401: errorResponse('Login required') },
    }),
    async (c) => c.json({ revoked: await revokeOwnToken(c.var.store.db, signedIn(c), c.req.valid('query').id) }, 200),
  );
