import { describe, expect, it } from 'vitest';
import { consoleTitle, syncAlerts, upsertAlert, type OfferAlert } from './alerts';
import { indexSummaries } from './inbox';
import { summary } from './testFixtures';

const alert = (id: string, over: Partial<OfferAlert> = {}): OfferAlert => ({ conversation: summary({ id }), package: null, offeredToMe: false, raisedAt: 1, ...over });
const ME = 'ag_me';
const offerToMe = (id: string, version = 2) => summary({ id, state: 'offered', offeredToAgentId: ME, version });

describe('alerts', () => {
  it('raises one alert per conversation', () => {
    const first = upsertAlert([], alert('a'));
    expect(first.isNew).toBe(true);
    const second = upsertAlert(first.alerts, alert('a', { offeredToMe: true, raisedAt: 9 }));
    expect(second.isNew).toBe(false);
    expect(second.alerts).toHaveLength(1);
    expect(second.alerts[0]).toMatchObject({ offeredToMe: true, raisedAt: 1 });
  });

  it('drops alerts whose conversation stopped waiting', () => {
    const alerts = [alert('a'), alert('b')];
    expect(syncAlerts(alerts, { a: summary({ id: 'a', state: 'human' }) }, ME).map((x) => x.conversation.id)).toEqual(['b']);
    expect(syncAlerts(alerts, {}, ME)).toBe(alerts);
  });

  it('drops an offer to me once it is no longer mine: expired or declined, offered to someone else, withdrawn', () => {
    const row = offerToMe('a');
    const alerts = [alert('a', { conversation: row, offeredToMe: true })];
    expect(syncAlerts(alerts, { a: row }, ME)).toBe(alerts);
    // Expired, declined, or withdrawn when I went away: back in the queue.
    expect(syncAlerts(alerts, { a: summary({ id: 'a', state: 'queued', version: 3 }) }, ME)).toEqual([]);
    // Offered on to another agent.
    expect(syncAlerts(alerts, { a: summary({ id: 'a', state: 'offered', offeredToAgentId: 'ag_other', version: 4 }) }, ME)).toEqual([]);
    // Nobody signed in any more.
    expect(syncAlerts(alerts, { a: row }, null)).toEqual([]);
  });

  it('follows the current state: a waiting chat that is then offered to me says so, with the newest row', () => {
    const alerts = [alert('a')];
    const [synced] = syncAlerts(alerts, { a: offerToMe('a', 5) }, ME);
    expect(synced).toMatchObject({ offeredToMe: true, conversation: { version: 5 }, raisedAt: 1 });
    // A queued chat offered to someone else is being picked up: its "New chat waiting" goes (Review opened "Offered to
    // another agent"); the inbox still lists it, and it alerts again if it comes back to the queue.
    const other = summary({ id: 'a', state: 'offered', offeredToAgentId: 'ag_other', version: 2 });
    expect(syncAlerts(alerts, { a: other }, ME)).toEqual([]);
  });

  it('titles the tab with how many conversations need me', () => {
    expect(consoleTitle(0)).toBe('Baton Console');
    expect(consoleTitle(2)).toBe('(2) Baton Console');
  });
});

describe('syncAlerts after a reconnect', () => {
  it('drops the alert of a chat the full listing no longer has (the customer left or cancelled while we were away)', () => {
    const offered = summary({ id: 'a', state: 'offered', offeredToAgentId: ME, version: 2 });
    const alerts: OfferAlert[] = [{ conversation: offered, package: null, offeredToMe: true, raisedAt: 1 }];
    const byId = indexSummaries([summary({ id: 'b', state: 'human', agentId: ME })]);
    expect(syncAlerts(alerts, byId, ME, true)).toEqual([]);
    // Between listings an offer can arrive before its inbox row: kept.
    expect(syncAlerts(alerts, byId, ME)).toHaveLength(1);
  });
});
