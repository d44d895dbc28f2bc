import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { searchPage } from './search-page.tsx';
import { recordPages } from './record-page.tsx';
import { deskPages } from './desk-pages.tsx';
import { oaiPmh } from './oai-pmh.ts';
import { libraryApi } from './api.ts';
import { rulesPage } from './rules-page.tsx';

/** Everything the library mounts: the citizen search, title pages, the reader's loans, the desk, OAI-PMH and JSON. */
export const libraryRoutes = new Hono<AppEnv>().route('/', searchPage).route('/', recordPages).route('/', deskPages).route('/', rulesPage).route('/', oaiPmh).route('/', libraryApi);
