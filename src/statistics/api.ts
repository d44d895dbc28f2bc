import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import type { UploadLimit } from '../core/web/body-limit.ts';
import { addElement, listElements } from './elements.ts';
import { writeValues } from './values.ts';
import { XLSX_TYPE } from './xlsx-type.ts';
import { createRule, deleteRule, IMPORTANCES, listRules, RULE_OPERATORS, ruleJson } from './rules.ts';

const ValueRow = z
  .object({
    institution: z.string().min(1),
    dataElement: z.string().min(1),
    period: z.string().min(4),
    value: z.union([z.number(), z.string()]),
  })
  .openapi('DataValue');

/** `POST /api/v1/values` takes up to 100,000 rows (about 100 bytes each as JSON). */
export const statisticsApiUploads: UploadLimit[] = [{ path: /^\/api\/v1\/values$/, maxBytes: 16 * 1024 * 1024 }];

const TemplateQuery = z
  .object({
    institution: z.string().optional().openapi({ description: 'Institution code: the template of this institution' }),
    unit: z.string().optional().openapi({ description: 'Unit code: the template of every institution of the unit you may write' }),
    year: z.coerce.number().int().min(1900).max(2100),
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
  })
  .refine((q) => (q.institution === undefined) !== (q.unit === undefined), { message: 'Give either institution or unit' });

export const statisticsApi = apiApp()
  .openapi(
    createRoute({
      method: 'post',
      path: '/values',
      summary: 'Write data values (all-or-nothing); needs a session with X-CSRF-Token, or an API token',
      request: { body: { content: { 'application/json': { schema: z.array(ValueRow).max(100000) } }, required: true } },
      responses: {
        200: { description: 'Written', content: { 'application/json': { schema: z.object({ written: z.number() }) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Some institution is outside your scope'),
        422: errorResponse('Some rows are invalid; nothing was written'),
      },
    }),
    async (c) => {
      const written = await writeValues(c.var.store.db, signedIn(c), c.req.valid('json'));
      c.set('changed', 'values'); // values and their totals, nothing a search or the events list shows
      return c.json(written, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/values/template',
      summary:
        'The data template of an institution or a unit for a year (the months so far): Vietnamese headers (Cơ sở, Chỉ tiêu, Kỳ, Giá trị), names, the periods you may write and the stored values; edited, it is imported as it is',
      request: { query: TemplateQuery },
      responses: {
        200: {
          description: 'The template file',
          content: {
            [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
            'text/csv': { schema: z.string() },
          },
        },
        401: errorResponse('Login required'),
        403: errorResponse('You may write no data of the place in that year'),
        404: errorResponse('Unknown institution or unit, or outside your scope'),
        413: errorResponse('Too many rows: choose a unit below or an institution'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const place = q.institution !== undefined ? { institution: q.institution } : { unit: q.unit ?? '' };
      // the spreadsheet libraries load only when someone downloads
      const { valueTemplate } = await import('./value-template.ts');
      const file = await valueTemplate(c.var.store.db, signedIn(c), place, q.year, q.format);
      return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Content-Disposition': `attachment; filename="${file.filename}"` });
    },
  );

const ElementSchema = z
  .object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), sector: z.string(), periodType: z.enum(['month', 'year']) })
  .openapi('DataElement');

/** The data element catalogue; admins add elements beyond the built-in ones. */
export const elementsApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/data-elements',
      summary: 'The data element catalogue',
      responses: { 200: { description: 'Elements', content: { 'application/json': { schema: z.array(ElementSchema) } } } },
    }),
    async (c) =>
      c.json(
        (await listElements(c.var.store.db)).map(({ id: _id, ...e }) => e),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/data-elements',
      summary: 'Add a data element (system admin)',
      request: {
        body: { content: { 'application/json': { schema: ElementSchema.extend({ code: z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/) }) } }, required: true },
      },
      responses: {
        200: { description: 'Added', content: { 'application/json': { schema: ElementSchema } } },
        401: errorResponse('Login required'),
        403: errorResponse('Admins only'),
        409: errorResponse('Code taken'),
      },
    }),
    async (c) => c.json(await addElement(c.var.store.db, signedIn(c), c.req.valid('json')), 200),
  );

const RuleSchema = z
  .object({
    id: z.number().int(),
    name: z.string().describe('Shown beside the cell when figures break the rule (Vietnamese)'),
    left: z.string().describe('Data element code of the left side'),
    operator: z.enum(RULE_OPERATORS),
    right: z.string().describe('Data element code of the right side'),
    factor: z.number().describe('The right side is multiplied by it'),
    importance: z.enum(IMPORTANCES),
    blocking: z.boolean().describe('true: a violation refuses the save; false: a warning confirmed with a comment'),
  })
  .openapi('ValidationRule');

const NewRuleSchema = z
  .object({
    name: z.string().min(1).max(200),
    left: z.string().min(1).describe('A data element code, or its name (diacritics optional)'),
    operator: z.enum(RULE_OPERATORS),
    right: z.string().min(1).describe('A data element code, or its name (diacritics optional)'),
    factor: z.number().positive().optional(),
    importance: z.enum(IMPORTANCES),
    blocking: z.boolean().optional(),
  })
  .openapi('NewValidationRule');

/** Validation rules (DHIS2's): read by anyone signed in, made and deleted by system admins. */
export const rulesApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/validation-rules',
      summary: 'The validation rules the entry form checks (signed in)',
      responses: {
        200: { description: 'Rules, most important first', content: { 'application/json': { schema: z.array(RuleSchema) } } },
        401: errorResponse('Login required'),
      },
    }),
    async (c) => {
      signedIn(c);
      return c.json((await listRules(c.var.store.db)).map(ruleJson), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/validation-rules',
      summary: 'Add a validation rule (system admin)',
      request: { body: { content: { 'application/json': { schema: NewRuleSchema } }, required: true } },
      responses: {
        200: { description: 'Added', content: { 'application/json': { schema: RuleSchema } } },
        401: errorResponse('Login required'),
        403: errorResponse('Admins only'),
        422: errorResponse('Invalid rule: each problem names its field'),
      },
    }),
    async (c) => c.json(ruleJson(await createRule(c.var.store.db, signedIn(c), c.req.valid('json'))), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/validation-rules/{id}',
      summary: 'Delete a validation rule (system admin)',
      request: { params: z.object({ id: z.coerce.number().int().positive() }) },
      responses: {
        200: { description: 'Deleted', content: { 'application/json': { schema: z.object({ deleted: z.number() }) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Admins only'),
        404: errorResponse('No such rule'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await deleteRule(c.var.store.db, signedIn(c), id);
      return c.json({ deleted: id }, 200);
    },
  );
