import { UserError } from '../core/errors.ts';
import { eventsErrors as E } from './messages.ts';

/** An event's id from its address: a positive whole number, or 404. */
export const eventId = (raw: string) => {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UserError(E.invalidId(), 404);
  return id;
};
