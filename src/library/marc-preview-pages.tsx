import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { HeldUploads, heldUploadsDir } from '../core/held-uploads.ts';
import type { MatchRule } from './catalogue.ts';
import { deskLibrary, matchRule, MAX_UPLOAD } from './desk-pages.tsx';
import { libraryErrors as E } from './errors.ts';
import { Csrf } from './form-bits.tsx';
import { PREVIEW_LINES, type MatchLine } from './import-entries.ts';
import { importMarc } from './marc-import.ts';
import { catalogueText } from './catalogue-messages.ts';
import type { Place } from './places.ts';

/**
 * The MARC import's preview (issue 20, Koha's "stage MARC records"): the file is imported in a transaction that is
 * rolled back, so the preview says exactly what the import will do — each record new, merged into which record
 * already in the catalogue, or already there — under the matching rule chosen; the file is kept for 30 minutes
 * (core/held-uploads.ts, as the value import keeps its checked file) and imported on "Nhập tệp này" without
 * choosing it again.
 */
const text = (v: unknown) => (typeof v === 'string' ? v : '');
let held: HeldUploads | undefined;
const heldUploads = () => (held ??= new HeldUploads(heldUploadsDir(), 30, { gone: E.previewExpired, notYours: E.previewExpired, damaged: E.previewExpired }));

function previewView(
  c: AppContext,
  p: {
    lib: Place;
    file: string;
    rule: MatchRule;
    onError: string;
    token: string;
    report: Awaited<ReturnType<typeof importMarc>>;
    lines: MatchLine[];
    titles: Map<number, string>;
  },
) {
  const ctx = pageContext(c);
  const t = catalogueText(ctx.lang);
  const r = p.report;
  const code = encodeURIComponent(p.lib.code);
  const fate = (l: MatchLine) => {
    if (l.fate === 'merged') {
      const existing = l.recordId === null ? undefined : p.titles.get(l.recordId);
      return existing ? (
        <>
          {t.fate_merged} <a href={`/tra-cuu/sach/${l.recordId}`}>{existing}</a>
        </>
      ) : (
        t.fate_mergedInFile
      );
    }
    return t[`fate_${l.fate}`];
  };
  return c.html(
    <Layout ctx={ctx} title={t.previewTitle({ file: p.file })}>
      <p>
        {p.lib.name} · <a href={`/thu-vien/${code}`}>{t.chooseAgain}</a>
      </p>
      <h1 style="overflow-wrap:anywhere">{t.previewTitle({ file: p.file })}</h1>
      <p role="status">
        {t.previewSummary({ read: r.read, created: r.imported, merged: r.merged, unchanged: r.unchanged, rejected: r.rejected.length, items: r.items })}
      </p>
      <p>
        {t.previewRule({ rule: t[`rule_${p.rule}`] })} · {t.previewNothingWritten}
      </p>
      <form method="post" action={`/thu-vien/${code}/nhap-marc/xac-nhan`}>
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="token" value={p.token} />
        <input type="hidden" name="rule" value={p.rule} />
        <input type="hidden" name="onError" value={p.onError} />
        <input type="hidden" name="file" value={p.file} />
        <button class="primary" type="submit">
          {t.confirmImport}
        </button>
      </form>
      {r.rejected.length ? (
        <ul>
          {r.rejected.slice(0, 20).map((x) => (
            <li>{sayIn(ctx.lang, x.said)}</li>
          ))}
        </ul>
      ) : null}
      <div class="scroll">
        <table class="compact">
          <thead>
            <tr>
              <th scope="col">{t.previewRecordNo}</th>
              <th scope="col">{t.previewIncoming}</th>
              <th scope="col">{t.previewOutcome}</th>
            </tr>
          </thead>
          <tbody>
            {p.lines.map((l) => (
              <tr>
                <td>{l.n}</td>
                <td>{l.title || t.noTitleRead}</td>
                <td>{fate(l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.read > PREVIEW_LINES ? <p class="muted">{t.previewMore({ n: PREVIEW_LINES })}</p> : null}
    </Layout>,
  );
}

export const marcPreviewPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/nhap-marc/*', requireLogin())
  .post('/thu-vien/:code/nhap-marc/xem-truoc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const file = b.file;
    if (!(file instanceof File) || file.size === 0) throw new UserError(E.chooseMarcFile(), 400, [{ field: 'file', said: E.noFileChosen() }]);
    if (file.size > MAX_UPLOAD) throw new UserError(E.fileTooLarge(), 413);
    const rule = matchRule(b.rule);
    const onError = b.onError === 'reject' ? 'reject' : 'skip';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const lines: MatchLine[] = [];
    const report = await importMarc(c.var.store.db, bytes, {
      libraryCode: lib.code,
      onError,
      userId: c.var.principal.userId,
      fileName: file.name,
      rule,
      dryRun: true,
      lines,
    });
    const token = await heldUploads().hold(bytes, { userId: c.var.principal.userId ?? 0, name: file.name, olds: [], fingerprint: '' });
    const ids = [...new Set(lines.filter((l) => l.fate === 'merged' && l.recordId !== null).map((l) => l.recordId!))];
    const titles = new Map<number, string>();
    if (ids.length)
      for (const x of await c.var.store.db.selectFrom('lib_records').select(['id', 'title']).where('id', 'in', ids).execute()) titles.set(x.id, x.title);
    return previewView(c, { lib, file: file.name, rule, onError, token, report, lines, titles });
  })
  .post('/thu-vien/:code/nhap-marc/xac-nhan', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const rule = matchRule(b.rule);
    const bytes = (await heldUploads().take(text(b.token), c.var.principal.userId ?? 0)).bytes;
    const r = await importMarc(c.var.store.db, bytes, {
      libraryCode: lib.code,
      onError: b.onError === 'reject' ? 'reject' : 'skip',
      userId: c.var.principal.userId,
      fileName: text(b.file) || 'marc',
      rule,
    });
    const summary = catalogueText(c.var.lang).imported({
      file: text(b.file),
      read: r.read,
      imported: r.imported,
      merged: r.merged,
      unchanged: r.unchanged,
      items: r.items,
      unchangedItems: r.unchangedItems,
      rejected: r.rejected.length,
    });
    const said = [summary, ...r.rejected.slice(0, 20).map((p) => sayIn(c.var.lang, p.said))].join(' ');
    return c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}?tb=${encodeURIComponent(said)}`, 303);
  });
