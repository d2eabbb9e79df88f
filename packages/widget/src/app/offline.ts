import type { QueueInfo } from '@baton/protocol';
import { stringsFor, type WidgetStrings } from './i18n';

type Offline = NonNullable<QueueInfo['offline']>;

/** Honest first line of the queue card when nobody can take the chat. */
export function offlineHeadline(skillName: string, t: WidgetStrings = stringsFor('en')): string {
  return t.nobody(skillName);
}

/** "We're back Monday at 09:00." in the visitor's own time zone; null without a known opening. */
export function formatNextOpen(offline: Offline, now: Date, locale?: string, timeZone?: string, t: WidgetStrings = stringsFor('en')): string | null {
  if (offline.reason !== 'closed_hours' || !offline.nextOpen) return null;
  const at = new Date(offline.nextOpen);
  if (Number.isNaN(at.getTime())) return null;
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const sameDay = at.toLocaleDateString(locale, { timeZone }) === now.toLocaleDateString(locale, { timeZone });
  if (sameDay) return t.backToday(time);
  return t.backOn(at.toLocaleDateString(locale, { weekday: 'long', timeZone }), time);
}

/** A client-side check before sending (the server validates again). */
export function looksLikeEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
}
