import type { DB } from '../core/db/database.ts';

/** One piece of evidence that a plan task is being carried out: an event held for it, a programme run, … */
export interface TaskEvidence {
  taskId: number;
  /** The provider's kind, e.g. 'event'. */
  kind: string;
  title: string;
  /** ISO date (or local date-time) it happened or will happen. */
  date: string;
  /** Provider's own status word, e.g. 'published' | 'held' | 'cancelled'. */
  status: string;
  url: string;
}

/**
 * Where evidence comes from. Plans sit below the operations modules and import none of them: each module that
 * can fulfil a task (events today) registers a provider here, so dependencies keep pointing one way.
 */
export interface TaskEvidenceProvider {
  kind: string;
  evidenceFor(db: DB, taskIds: number[]): Promise<TaskEvidence[]>;
}

const providers = new Map<string, TaskEvidenceProvider>();
export function addTaskEvidenceProvider(p: TaskEvidenceProvider): void {
  providers.set(p.kind, p);
}

/** Evidence of each task from every registered provider, by date. */
export async function taskEvidence(db: DB, taskIds: number[]): Promise<Map<number, TaskEvidence[]>> {
  const out = new Map<number, TaskEvidence[]>(taskIds.map((id) => [id, []]));
  if (taskIds.length === 0) return out;
  const found = (await Promise.all([...providers.values()].map((p) => p.evidenceFor(db, taskIds)))).flat();
  for (const e of found.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))) out.get(e.taskId)?.push(e);
  return out;
}
