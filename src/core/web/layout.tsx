import type { Child } from 'hono/jsx';
import type { Principal } from '../auth/principal.ts';
import type { Lang, Messages } from '../i18n/index.ts';
import { CSS, REVIEW_CSS } from './styles.ts';

export interface PageContext {
  lang: Lang;
  t: Messages;
  principal: Principal | undefined;
  csrf: string;
  /** Current path and query, for the language switch. */
  path: string;
}

export function withLang(path: string, lang: Lang): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  return url.pathname + url.search;
}

/** The page shell: skip link, header with navigation and language switch, main landmark. */
export function Layout(props: { ctx: PageContext; title: string; children: Child; refreshSeconds?: number }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.refreshSeconds ? <meta http-equiv="refresh" content={String(props.refreshSeconds)} /> : null}
        <title>{`${props.title} · ${t.appName}`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS + REVIEW_CSS }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        <header>
          <a class="brand" href="/">
            {t.appName}
          </a>
          <nav aria-label={t.appName}>
            <ul>
              <li>
                <a href="/tong-quan">{t.navOverview}</a>
              </li>
              <li>
                <a href="/tra-cuu">{t.navSearch}</a>
              </li>
              <li>
                <a href="/cong-dan">{t.navCitizens}</a>
              </li>
              {ctx.principal && ctx.principal.role !== 'viewer' && ctx.principal.role !== 'citizen' ? (
                <li>
                  <a href="/nhap-lieu">{t.navImport}</a>
                </li>
              ) : null}
              {ctx.principal?.role === 'official' || ctx.principal?.role === 'admin' ? (
                <li>
                  <a href="/theo-doi">{t.navFollowUps}</a>
                </li>
              ) : null}
              {ctx.principal?.role === 'official' || ctx.principal?.role === 'admin' ? (
                <li>
                  <a href="/quan-tri">{t.navAdmin}</a>
                </li>
              ) : null}
              <li>
                <a href={withLang(ctx.path, t.otherLangCode as Lang)} lang={t.otherLangCode}>
                  {t.otherLang}
                </a>
              </li>
              {ctx.principal ? (
                <li>
                  <form method="post" action="/dang-xuat">
                    <input type="hidden" name="_csrf" value={ctx.csrf} />
                    <a href="/tai-khoan">{ctx.principal.displayName}</a> <button type="submit">{t.navLogout}</button>
                  </form>
                </li>
              ) : (
                <li>
                  <a href="/dang-nhap">{t.navLogin}</a>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer>{t.appTagline} · Quyết định 1520/QĐ-TTg</footer>
      </body>
    </html>
  );
}

export function ErrorPage(props: { ctx: PageContext; title: string; message: string; details?: string[]; back?: string; reference?: string }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p class="error" role="alert">
        {props.message}
      </p>
      {props.details && props.details.length > 0 ? (
        <ul>
          {props.details.map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      ) : null}
      {props.back ? (
        <p>
          <a href={props.back}>{props.ctx.t.backToForm}</a>
        </p>
      ) : null}
      {props.reference ? <p class="hint">{props.ctx.t.requestReference({ id: props.reference })}</p> : null}
    </Layout>
  );
}
