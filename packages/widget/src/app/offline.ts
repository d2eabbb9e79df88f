import type { QueueInfo } from '@baton/protocol';

type Offline = NonNullable<QueueInfo['offline']>;

/** Honest first line of the queue card when nobody can take the chat. */
export function offlineHeadline(skillName: string): string {
  return `No one from the ${skillName} team is available right now`;
}

/** "We're back Monday at 09:00." in the visitor's own time zone; null without a known opening. */
export function formatNextOpen(offline: Offline, now: Date, locale?: string, timeZone?: string): string | null {
  if (offline.reason !== 'closed_hours' || !offline.nextOpen) return null;
  const at = new Date(offline.nextOpen);
  if (Number.isNaN(at.getTime())) return null;
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const sameDay = at.toLocaleDateString(locale, { timeZone }) === now.toLocaleDateString(locale, { timeZone });
  if (sameDay) return `We're back today at ${time}.`;
  return `We're back ${at.toLocaleDateString(locale, { weekday: 'long', timeZone })} at ${time}.`;
}

/** A client-side check before sending (the server validates again). */
export function looksLikeEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
}
