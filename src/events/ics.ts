import ical, { ICalEventStatus } from 'ical-generator';
import type { EventView } from './events.ts';

/** Vietnam local time (`YYYY-MM-DDTHH:MM`, UTC+7, no DST) as an instant. */
const instant = (local: string) => new Date(`${local}:00+07:00`);

/**
 * An iCalendar (RFC 5545) feed of events; ical-generator folds lines and escapes text. Each event carries its SEQUENCE
 * (raised by every change: events.sequence) so a subscribed calendar takes a cancellation as a newer version, and the
 * feed ends with CRLF as every content line must (RFC 5545 §3.1).
 */
export function eventsCalendar(events: EventView[], base: string, name: string): string {
  const cal = ical({ name, prodId: { company: 'Lifelong', product: 'events', language: 'VI' }, timezone: null });
  for (const e of events) {
    cal.createEvent({
      id: `event-${e.id}@lifelong`,
      start: instant(e.startsAt),
      end: instant(e.endsAt),
      summary: e.title,
      description: e.description,
      location: `${e.place} — ${e.institution}`,
      url: `${base}/su-kien/${e.id}`,
      sequence: e.sequence,
      // a cancelled event stays in the feed so subscribed calendars mark it off (RFC 5545 STATUS:CANCELLED)
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(e.status === 'cancelled' && e.cancelNote ? { description: `Đã hủy: ${e.cancelNote}\n\n${e.description}` } : {}),
    });
  }
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
