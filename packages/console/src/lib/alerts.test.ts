import { describe, expect, it } from 'vitest';
import { alertTitle, pruneAlerts, upsertAlert, type OfferAlert } from './alerts';
import { summary } from './testFixtures';

const alert = (id: string, over: Partial<OfferAlert> = {}): OfferAlert => ({ conversation: summary({ id }), package: null, offeredToMe: false, raisedAt: 1, ...over });

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
    expect(pruneAlerts(alerts, { a: summary({ id: 'a', state: 'human' }) }).map((x) => x.conversation.id)).toEqual(['b']);
    expect(pruneAlerts(alerts, {})).toBe(alerts);
  });

  it('titles the tab', () => {
    expect(alertTitle(0)).toBeNull();
    expect(alertTitle(1)).toBe('(1) New chat waiting');
    expect(alertTitle(3)).toBe('(3) New chats waiting');
  });
});
