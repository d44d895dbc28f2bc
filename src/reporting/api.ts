import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError, forbidden } from '../core/errors.ts';
import type { DB } from '../core/db/database.ts';
import { canReadUnit } from '../network/access.ts';
import { networkErrors } from '../network/messages.ts';
import { findUnit } from '../network/units.ts';
import { completeness } from './completeness.ts';
import { askedToReport, reportsDue } from './expected.ts';
import { reportingErrors } from './messages.ts';
import { findReport, reportById, type Report } from './reports.ts';
import { approveReport, returnReport, submitReport } from './workflow.ts';

const ReportStatusSchema = z
  .object({
    id: z.number().nullable().openapi({ description: 'null while the unit has no report yet' }),
    unit: z.string(),
    unitName: z.string(),
    year: z.number(),
    status: z.enum(['draft', 'submitted', 'returned', 'approved', 'missing']),
    submittedAt: z.string().nullable(),
    onTime: z.boolean().nullable(),
    deadline: z.string(),
    asked: z.boolean().openapi({ description: 'false when the unit is not asked for this year (it ended before the deadline, or was formed after it)' }),
  })
  .openapi('ReportStatus');
const ListSchema = z.object({ report: ReportStatusSchema, children: z.array(ReportStatusSchema) }).openapi('ReportStatusList');

const summary = (r: Report) => ({
  id: r.id,
  unit: r.unit.code,
  unitName: r.unit.name,
  year: r.year,
  status: r.status,
  submittedAt: r.submittedAt,
  onTime: r.onTime,
  deadline: r.cycle.deadline,
  asked: reportsDue(r.unit, r.cycle.deadline),
});

/** The workflow checks who may act and says why not (own report, outside the subtree). */
async function existing(db: DB, id: number): Promise<Report> {
  const r = await reportById(db, id);
  if (!r) throw new UserError(reportingErrors.reportNotFound(), 404);
  return r;
}

const responses = {
  200: { description: 'The report after the change', content: { 'application/json': { schema: ReportStatusSchema } } },
  401: errorResponse('Login required'),
  403: errorResponse('Not allowed (own report, outside the subtree, not the reporter)'),
  404: errorResponse('Unknown report'),
  409: errorResponse('Wrong status, the cycle is closed, or (approve) the data changed after submission'),
  422: errorResponse('A return without a comment'),
} as const;
const params = z.object({ id: z.coerce.number().int() });
const action = (name: 'submit', summaryText: string) =>
  createRoute({ method: 'post', path: `/reports/{id}/${name}`, summary: summaryText, request: { params }, responses });
const approveRoute = createRoute({
  method: 'post',
  path: '/reports/{id}/approve',
  summary: 'Approve a submitted report (officials above the reporter); locks its data for the year',
  description:
    'When values of the year changed after the report was submitted, the approval is refused (409, field "changes") unless `acceptChanges` is true: the reviewer approves the current data knowingly.',
  request: {
    params,
    body: {
      content: { 'application/json': { schema: z.object({ acceptChanges: z.boolean().optional() }).openapi('ApproveOptions') } },
      required: false,
    },
  },
  responses,
});
const returnRoute = createRoute({
  method: 'post',
  path: '/reports/{id}/return',
  summary: 'Return a submitted (or reopen an approved) report with a comment',
  request: {
    params,
    body: { content: { 'application/json': { schema: z.object({ comment: z.string().max(5000) }).openapi('ReturnComment') } }, required: true },
  },
  responses,
});

export const reportsApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports',
      summary: "A unit's annual report and its children's: status, submission time, on time or late",
      request: { query: z.object({ unit: z.string(), year: z.coerce.number().int().min(2000).max(2100) }) },
      responses: {
        200: { description: 'Statuses', content: { 'application/json': { schema: ListSchema } } },
        401: errorResponse('Login required'),
        404: errorResponse('Unknown unit'),
      },
    }),
    async (c) => {
      const { db } = c.var.store;
      const p = signedIn(c);
      const { unit: code, year } = c.req.valid('query');
      const unit = await findUnit(db, code);
      if (!unit || !(await canReadUnit(db, p, unit.id))) throw new UserError(networkErrors.unitNotFound(), 404);
      const own = await findReport(db, unit.id, year);
      const { asked, cycle: parentCycle } = await askedToReport(db, unit, year);
      const ownCycle = own?.cycle ?? parentCycle;
      const kids = await completeness(db, unit, year);
      return c.json(
        {
          report: own
            ? summary(own)
            : {
                id: null,
                unit: unit.code,
                unitName: unit.name,
                year,
                status: 'missing' as const,
                submittedAt: null,
                onTime: null,
                deadline: ownCycle.deadline,
                asked,
              },
          children: kids.children.map((k) => ({
            id: k.reportId,
            unit: k.unit.code,
            unitName: k.unit.name,
            year,
            status: k.status,
            submittedAt: k.submittedAt,
            onTime: k.onTime,
            deadline: kids.cycle.deadline,
            asked: true,
          })),
        },
        200,
      );
    },
  )
  .openapi(action('submit', 'Submit a draft or returned report (officials of the reporting unit)'), async (c) => {
    const { db } = c.var.store;
    const p = signedIn(c);
    await submitReport(db, await existing(db, c.req.valid('param').id), p);
    return c.json(summary((await reportById(db, c.req.valid('param').id))!), 200);
  })
  .openapi(approveRoute, async (c) => {
    const { db } = c.var.store;
    const p = signedIn(c);
    if (p.role === 'viewer') throw forbidden();
    const accept = (c.req.valid('json') as { acceptChanges?: boolean } | undefined)?.acceptChanges === true;
    await approveReport(db, await existing(db, c.req.valid('param').id), p, accept ? { changesSeen: 'all' } : {});
    return c.json(summary((await reportById(db, c.req.valid('param').id))!), 200);
  })
  .openapi(returnRoute, async (c) => {
    const { db } = c.var.store;
    const p = signedIn(c);
    await returnReport(db, await existing(db, c.req.valid('param').id), p, c.req.valid('json').comment);
    return c.json(summary((await reportById(db, c.req.valid('param').id))!), 200);
  });
