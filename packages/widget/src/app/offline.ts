import { linkify, type MessageView, type QueueInfo } from '@baton/protocol';
import { stringsFor, type WidgetStrings } from './i18n';

type Offline = NonNullable<QueueInfo['offline']>;

/** Honest first line of the queue card when nobody can take the chat. */
export function offlineHeadline(skillName: string, t: WidgetStrings = stringsFor('en')): string {
  return t.nobody(skillName);
}

/**
 * "We're back Monday at 09:00." in the visitor's own time zone, marked "(your time)" when that is not the team's
 * clock (a customer in New York read "03:00 AM" beside the bot's "09:00 CET"); null without a known opening.
 */
export function formatNextOpen(offline: Offline, now: Date, locale?: string, timeZone?: string, t: WidgetStrings = stringsFor('en')): string | null {
  if (offline.reason !== 'closed_hours' || !offline.nextOpen) return null;
  const at = new Date(offline.nextOpen);
  if (Number.isNaN(at.getTime())) return null;
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const sameDay = at.toLocaleDateString(locale, { timeZone }) === now.toLocaleDateString(locale, { timeZone });
  const said = sameDay ? t.backToday(time) : t.backOn(at.toLocaleDateString(locale, { weekday: 'long', timeZone }), time);
  return differsFromTeam(at, time, locale, offline.timeZone) ? said.replace(/\.$/, `${t.yourTime}.`) : said;
}

function differsFromTeam(at: Date, local: string, locale: string | undefined, teamZone: string | undefined): boolean {
  if (!teamZone) return false;
  try {
    return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone: teamZone }) !== local;
  } catch {
    return false; // a zone this browser does not know: say nothing rather than something wrong
  }
}

/** A client-side check before sending (the server validates again). */
export function looksLikeEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
}

/**
 * The e-mail address the customer last typed in this chat, to start the leave-a-message form with (they already
 * gave it once; asking again is the kind of repeat a hand-off should spare them). Null when they typed none.
 */
export function typedEmail(messages: readonly MessageView[]): string | null {
  // Read on every store change while the form is mounted: worked out once per thread (the array is replaced on change).
  const known = typedEmails.get(messages);
  if (known !== undefined) return known;
  const found = lastTypedEmail(messages);
  typedEmails.set(messages, found);
  return found;
}

const typedEmails = new WeakMap<readonly MessageView[], string | null>();

function lastTypedEmail(messages: readonly MessageView[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.authorType !== 'visitor') continue;
    const found = linkify(m.body).filter((p) => 'href' in p && p.href.startsWith('mailto:'));
    if (found.length) return found.at(-1)!.text.toLowerCase();
  }
  return null;
}

/** The address a message left for the team in this wait goes to (since the last hand-off), or null: one per wait. */
export function ticketLeftThisWait(messages: readonly MessageView[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.authorType === 'bot' && m.meta.ticketEmail) return m.meta.ticketEmail;
    if (m.meta.kind === 'handoff') return null;
  }
  return null;
}
