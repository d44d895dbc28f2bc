import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { searchPage } from './search-page.tsx';
import { recordPages } from './record-page.tsx';
import { deskPages } from './desk-pages.tsx';
import { scanDeskPages } from './scan-desk-pages.tsx';
import { patronPages } from './patron-pages.tsx';
import { pickupPages } from './pickup-pages.tsx';
import { noticesPages } from './notices-pages.tsx';
import { catalogueEditPages } from './catalogue-edit-pages.tsx';
import { marcPreviewPages } from './marc-preview-pages.tsx';
import { readerPages } from './reader-pages.tsx';
import { visitPages } from './visit-pages.tsx';
import { tripPages } from './trip-pages.tsx';
export { libraryAssets } from './scan-desk-pages.tsx';
export { deskUploads as libraryUploads } from './desk-pages.tsx';
import { oaiPmh } from './oai-pmh.ts';
import { rulesPage } from './rules-page.tsx';

/** The library's pages and OAI-PMH (its JSON API, `api.ts`, is mounted with the others under /api/v1 by server/app.tsx). */
export const libraryRoutes = new Hono<AppEnv>()
  .route('/', searchPage)
  .route('/', recordPages)
  .route('/', scanDeskPages)
  .route('/', patronPages)
  .route('/', pickupPages)
  .route('/', noticesPages)
  .route('/', catalogueEditPages)
  .route('/', marcPreviewPages)
  .route('/', readerPages)
  .route('/', visitPages)
  .route('/', tripPages)
  .route('/', deskPages)
  .route('/', rulesPage)
  .route('/', oaiPmh);
