import type { Lang } from '../core/i18n/index.ts';
import { INSTITUTIONS_BASE } from '../network/institution-paths.ts';
import { institutionAdminText } from '../network/messages.ts';
import { ELEMENTS_BASE } from '../statistics/element-pages.tsx';
import { elementAdminText } from '../statistics/messages.ts';
import { INDICATORS_BASE } from './builder-address.ts';
import { builderText } from './messages.ts';

/**
 * The administration pages of institutions, data elements and indicators (issue 19, parts 3 and 4), for the admin
 * home (`/quan-tri`) to list: each address with its name in the reader's language, and who may open it.
 */
export const maintenanceLinks: readonly { href: string; label: (lang: Lang) => string; roles: readonly ('admin' | 'official')[] }[] = [
  { href: INSTITUTIONS_BASE, label: (lang) => institutionAdminText(lang).title, roles: ['admin', 'official'] },
  { href: ELEMENTS_BASE, label: (lang) => elementAdminText(lang).title, roles: ['admin'] },
  { href: INDICATORS_BASE, label: (lang) => builderText(lang).title, roles: ['admin'] },
];
