import { UserError } from '../../src/core/errors.ts';

/** The refusal (`UserError`) `run` ended in; any other error is thrown on, and a run that succeeds fails the test. */
export async function refusal(run: Promise<unknown>): Promise<UserError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('not refused');
}

/** What a refusal says at each field (the code of its problem there), with its status. */
export async function refusedFields(run: Promise<unknown>): Promise<{ status: number; fields: Record<string, string> }> {
  const e = await refusal(run);
  return { status: e.status, fields: Object.fromEntries(e.problems.map((p) => [p.field ?? '', p.said.code])) };
}
