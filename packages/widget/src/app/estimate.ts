import type { QueueInfo } from '@baton/protocol';
import { stringsFor, type WidgetStrings } from './i18n';

/** "about 4 min (between 2 and 7 min)", "about 1 min (up to 3 min)" or "less than a minute". */
export function formatEstimate(q: Pick<QueueInfo, 'estimateSeconds' | 'estimateLowSeconds' | 'estimateHighSeconds'>, t: WidgetStrings = stringsFor('en')): string {
  if (q.estimateSeconds < 60 && q.estimateHighSeconds < 60) return t.lessThanMinute;
  const point = Math.max(1, Math.round(q.estimateSeconds / 60));
  const low = Math.min(point, Math.floor(q.estimateLowSeconds / 60));
  const high = Math.max(point, Math.ceil(q.estimateHighSeconds / 60));
  if (low === high || (low === 0 && high === point)) return t.aboutMin(point);
  // "between 0 and 3 min" reads oddly: a range from nothing is "up to".
  if (low === 0) return t.aboutMinUpTo(point, high);
  return t.aboutMinBetween(point, low, high);
}

export function formatPosition(position: number, t: WidgetStrings = stringsFor('en')): string {
  return t.position(position);
}
