import type { DB } from '../core/db/database.ts';
import { indexDocuments, removeDocuments } from './index-documents.ts';

/** What the citizens' branch (museum, events, culture) puts in the one search. */
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

/**
 * Who wants to know that public documents changed: the portal's micro-cache of public pages registers here, so
 * the modules that write documents need not know of the portal above them.
 */
const listeners = new Set<() => void>();
export function onPublicDocsChanged(listener: () => void): void {
  listeners.add(listener);
}
const changed = () => {
  for (const l of listeners) l();
};

/** Puts documents in the one search, in the caller's transaction (the index is never behind the data). */
export async function indexDocs(db: DB, docs: SearchDoc[]): Promise<void> {
  await indexDocuments(
    db,
    docs.map((d) => ({ ...d, language: 'vie' })),
  );
  changed();
}

export async function removeDocs(db: DB, kind: SearchDoc['kind'], refIds: number[]): Promise<void> {
  await removeDocuments(db, kind, refIds);
  changed();
}
