import { maintenanceLinks } from '../indicators/maintenance-links.ts';
import { Hono } from 'hono';
import type { Role } from '../core/auth/principal.ts';
import { forbidden } from '../core/errors.ts';
import { requireLogin, type SignedInEnv } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { adminText } from './messages.ts';

type Words = ReturnType<typeof adminText>;
type WordKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

/** The sections of the administration's home, in order. */
const SECTIONS = [
  { id: 'people', title: 'sectionPeople' },
  { id: 'data', title: 'sectionData' },
  { id: 'map', title: 'sectionMap' },
] as const satisfies readonly { id: string; title: WordKey }[];

/**
 * Every administration page, one line each (its section, address, words and who sees it): a new page is one more
 * line here.
 */
export const ADMIN_LINKS: readonly { section: (typeof SECTIONS)[number]['id']; href: string; title: WordKey; help: WordKey; roles: readonly Role[] }[] = [
  { section: 'people', href: '/quan-tri/nguoi-dung', title: 'linkPeople', help: 'linkPeopleHelp', roles: ['admin', 'official'] },
  { section: 'people', href: '/quan-tri/nhat-ky', title: 'linkAudit', help: 'linkAuditHelp', roles: ['admin', 'official'] },
  { section: 'data', href: '/quan-tri/quy-tac-kiem-tra', title: 'linkRules', help: 'linkRulesHelp', roles: ['admin'] },
  { section: 'map', href: '/quan-tri/dia-ban', title: 'linkPlaces', help: 'linkPlacesHelp', roles: ['admin', 'official'] },
  { section: 'map', href: '/quan-tri/ban-giao', title: 'linkHandover', help: 'linkHandoverHelp', roles: ['admin'] },
];

/** `/quan-tri`: the administration's home, for administrators and officials, linking each page they may use. */
export const adminHome = new Hono<SignedInEnv>().use('/quan-tri', requireLogin()).get('/quan-tri', (c) => {
  const ctx = pageContext(c);
  const a = adminText(ctx.lang);
  const role = c.var.principal.role;
  if (role !== 'admin' && role !== 'official') throw forbidden();
  return c.html(
    <Layout ctx={ctx} title={a.homeTitle}>
      <h1>{a.homeTitle}</h1>
      <p>{a.homeIntro}</p>
      {SECTIONS.map((s) => {
        const links = ADMIN_LINKS.filter((l) => l.section === s.id && l.roles.includes(role));
        // the institutions', data elements' and indicators' pages name themselves (indicators/maintenance-links.ts)
        const maintenance = s.id === 'data' ? maintenanceLinks.filter((l) => (l.roles as readonly Role[]).includes(role)) : [];
        if (links.length === 0 && maintenance.length === 0 && s.id !== 'data') return null;
        return (
          <section aria-labelledby={`s-${s.id}`}>
            <h2 id={`s-${s.id}`}>{a[s.title]}</h2>
            {links.length + maintenance.length === 0 ? <p class="muted">{a.dataSoon}</p> : null}
            {links.length + maintenance.length > 0 ? (
              <ul>
                {maintenance.map((l) => (
                  <li>
                    <a href={l.href}>{l.label(ctx.lang)}</a>
                  </li>
                ))}
                {links.map((l) => (
                  <li>
                    <a href={l.href}>{a[l.title]}</a> — <span class="muted">{a[l.help]}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </Layout>,
  );
});
