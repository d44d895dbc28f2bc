import { createRoute, z } from '@hono/zod-openapi';
import { UserError } from '../core/errors.ts';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { importInstitutions, planImport } from './institution-import.ts';
import { XLSX_MEDIA } from './institution-import-page.tsx';
import { importErrors as E } from './import-messages.ts';

const Problem = z.object({
  row: z.number().optional(),
  field: z.string().optional().openapi({ description: 'The column letter' }),
  said: z.string(),
  saidEn: z.string(),
});
const Change = z.object({ field: z.string(), from: z.union([z.string(), z.number()]).nullable(), to: z.union([z.string(), z.number()]).nullable() });
const PlanSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.array(
      z.object({
        row: z.number(),
        code: z.string(),
        name: z.string(),
        kind: z.string(),
        ownership: z.string(),
        unit: z.string(),
        unitName: z.string(),
        since: z.string(),
      }),
    ),
    updated: z.array(z.object({ row: z.number(), code: z.string(), changes: z.array(Change) })),
    unchanged: z.number(),
    problems: z.array(Problem),
  })
  .openapi('InstitutionImport');

/**
 * `POST /api/v1/institutions/import[?dryRun=true]`: the file (CSV or XLSX) as the body, the same reading, checks and
 * all-or-nothing write as the page (`/quan-tri/co-so/nhap`). A dry run answers what would be created and changed
 * and every problem (200); an import with a problem is refused whole (422, each at its row and column letter).
 */
export const institutionImportApi = apiApp().openapi(
  createRoute({
    method: 'post',
    path: '/institutions/import',
    summary: 'Import institutions from a CSV or XLSX file (the body), all or nothing; dryRun=true only checks it. Officials within their subtree, admins',
    request: {
      query: z.object({
        dryRun: z.enum(['true', 'false']).optional().openapi({ description: 'true: check only, write nothing' }),
        filename: z.string().optional().openapi({ description: 'The file’s name, for the audit and the messages' }),
      }),
      body: {
        content: {
          'text/csv': { schema: z.string().openapi({ description: 'UTF-8, comma-separated, a header row (Mã cơ sở or code, …)' }) },
          [XLSX_MEDIA]: { schema: z.string().openapi({ format: 'binary' }) },
        },
        required: true,
      },
    },
    responses: {
      200: { description: 'Checked (dryRun) or imported', content: { 'application/json': { schema: PlanSchema } } },
      400: errorResponse('No file, or a file that cannot be read'),
      401: errorResponse('Login required'),
      403: errorResponse('Not an admin or an official'),
      413: errorResponse('Too many rows or bytes'),
      422: errorResponse('Refused whole: each problem at its row and column'),
    },
  }),
  async (c) => {
    const who = signedIn(c);
    const q = c.req.valid('query');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new UserError(E.noFile(), 400);
    const plan = await planImport(c.var.store.db, who, bytes, q.filename ?? 'upload', 'vi');
    const dryRun = q.dryRun === 'true';
    if (!dryRun) await importInstitutions(c.var.store.db, who, plan);
    return c.json(
      {
        dryRun,
        created: plan.creates.map((r) => ({
          row: r.row,
          code: r.code,
          name: r.name,
          kind: r.kind,
          ownership: r.ownership,
          unit: r.unitCode,
          unitName: r.unitLabel,
          since: r.since,
        })),
        updated: plan.updates.map((r) => ({ row: r.row, code: r.code, changes: r.changes })),
        unchanged: plan.unchanged,
        problems: plan.problems.map((p) => ({ row: p.row, field: p.field, said: p.said.vi, saidEn: p.said.en })),
      },
      200,
    );
  },
);
