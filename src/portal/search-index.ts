import type { DB } from '../core/db/database.ts';
import { indexDocuments, removeDocuments } from '../search/index.ts';
import { publicPagesChanged } from './micro-cache.ts';

/** What this branch's capabilities put in the one search (src/search). */
export interface SearchDoc {
  kind: 'object' | 'exhibition' | 'event' | 'club';
  refId: number;
  institutionId: number;
  unitId: number | null;
  title: string;
  creator?: string | null;
  body?: string | null;
  year?: number | null;
  subjects?: string[];
  url: string;
}

/** Puts documents in the one search, in the caller's transaction (the index is never behind the data); the cached public pages are dropped. */
export async function indexDocs(db: DB, docs: SearchDoc[]): Promise<void> {
  await indexDocuments(db, docs.map((d) => ({ ...d, language: 'vie' })));
  publicPagesChanged();
}

export async function removeDocs(db: DB, kind: SearchDoc['kind'], refIds: number[]): Promise<void> {
  await removeDocuments(db, kind, refIds);
  publicPagesChanged();
}
