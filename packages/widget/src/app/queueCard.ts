import type { QueueInfo } from '@baton/protocol';
import { formatEstimate, formatPosition } from './estimate';
import { stringsFor, type WidgetStrings } from './i18n';
import { formatNextOpen, offlineHeadline } from './offline';

/**
 * The queue card's two lines: who the visitor waits for (or that nobody is available), then their place and the
 * estimate (or when the team is back). Short on purpose: the card sits above the conversation and must not crowd it.
 */
export function queueCardLines(
  q: QueueInfo | null,
  now: Date,
  locale?: string,
  timeZone?: string,
  t: WidgetStrings = stringsFor('en'),
  offered = false,
): { headline: string; detail: string | null } {
  if (!q) return { headline: t.waitingForTeam, detail: null };
  const place = formatPosition(q.position, t);
  const { offline } = q;
  if (q.forAgent && !offline) return { headline: t.waitingForAgent(q.forAgent), detail: t.estimatedWait(formatEstimate(q, t)) };
  // Offered to an agent: "number 1 in line" beside others who also read 1 said nothing; this says what is happening.
  if (!offline && offered) return { headline: t.waitingFor(q.skillName), detail: t.pickingUp };
  if (!offline) return { headline: t.waitingFor(q.skillName), detail: `${place} · ${t.estimatedWait(formatEstimate(q, t))}` };
  // Honest: no estimate when nobody can take the chat.
  const back = offline.reason === 'closed_hours' ? (formatNextOpen(offline, now, locale, timeZone, t) ?? t.closedNow) : null;
  return { headline: offlineHeadline(q.skillName, t), detail: `${back ? `${back} ` : ''}${t.keepPlace(place)}` };
}
