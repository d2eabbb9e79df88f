/** Whether anyone can take a conversation now, for the widget's honest "nobody is available" (offline fallback). */
import type { QueueInfo } from '@baton/protocol';
import { isOpenAt, nextOpening, parseSupportHours, type SupportHours } from '../domain/site/supportHours.js';
import type { SiteRegistry } from './siteRegistry.js';

export type Offline = NonNullable<QueueInfo['offline']>;

export class Availability {
  private hours = new Map<string, SupportHours | null>();

  constructor(private sites: SiteRegistry) {}

  /** The skill's own hours if site.json gives them, else the site's. */
  private hoursOf(siteId: string, skill?: string): SupportHours | null {
    const key = `${siteId}\u0000${skill ?? ''}`;
    if (!this.hours.has(key)) {
      const config = this.sites.getById(siteId)?.content.config;
      const raw = config?.skills.find((k) => k.id === skill)?.hours ?? config?.humanSupportHours;
      // site.json was validated at load, so this parses.
      this.hours.set(key, raw ? parseSupportHours(raw) : null);
    }
    return this.hours.get(key)!;
  }

  /**
   * An eligible agent online serves the customer even outside the published hours; with none, say why:
   * outside the team's hours (and when they open again) or simply nobody in.
   */
  offline(siteId: string, eligibleOnline: number, now: Date, skill?: string): Offline | undefined {
    if (eligibleOnline > 0) return undefined;
    const h = this.hoursOf(siteId, skill);
    if (h && !isOpenAt(h, now.getTime())) {
      const next = nextOpening(h, now.getTime());
      return { reason: 'closed_hours', hours: h.text, timeZone: h.timezone, ...(next !== null ? { nextOpen: new Date(next).toISOString() } : {}) };
    }
    return { reason: 'no_agents', ...(h ? { hours: h.text } : {}) };
  }
}
