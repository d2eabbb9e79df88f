import { describe, expect, it } from 'vitest';
import { alertsMe, alertsOnListing, groupInbox, indexSummaries, isNewerSummary, livePreview, needsMe, newlyWaiting, previewText, resolvedHandOff, upsertSummary, withMessagePreview } from './inbox';
import { msg, summary } from './testFixtures';

describe('resolvedHandOff', () => {
  it('gives a resolved row its resolver and that hand-off\'s rating', () => {
    const c = summary({ id: 'b', state: 'bot', resolvedAt: '2025-01-01T10:30:00.000Z', resolvedBy: 'Sam Lee', csatRating: 5 });
    expect(resolvedHandOff(c)).toEqual({ by: 'Sam Lee', rating: 5 });
    expect(resolvedHandOff({ ...c, csatRating: null })).toEqual({ by: 'Sam Lee', rating: null });
  });

  it('gives none to a chat handed off again: the rating it carries is the earlier hand-off\'s', () => {
    const earlier = { resolvedAt: '2025-01-01T10:30:00.000Z', resolvedBy: 'Alex Rivera', csatRating: 2 };
    expect(resolvedHandOff(summary({ id: 'h', state: 'human', agentId: 'sam', ...earlier }))).toBeNull();
    expect(resolvedHandOff(summary({ id: 'q', state: 'queued', ...earlier }))).toBeNull();
    expect(resolvedHandOff(summary({ id: 'l', state: 'closed', ...earlier }))).toBeNull();
  });
});

describe('groupInbox', () => {
  it('puts queued and offered in Waiting, my human chats in Mine, chats a person resolved in Resolved', () => {
    const g = groupInbox(
      [
        summary({ id: 'q', state: 'queued' }),
        summary({ id: 'o', state: 'offered', offeredToAgentId: 'other' }),
        summary({ id: 'h', state: 'human', agentId: 'me' }),
        summary({ id: 'x', state: 'human', agentId: 'other' }),
        summary({ id: 'b', state: 'bot', csatRating: 5, resolvedAt: '2025-01-01T10:30:00.000Z' }),
        summary({ id: 'c', state: 'closed' }),
      ],
      'me',
    );
    expect(g.waiting.map((c) => c.id).sort()).toEqual(['o', 'q']);
    expect(g.mine.map((c) => c.id)).toEqual(['h']);
    expect(g.resolved.map((c) => c.id)).toEqual(['b']);
    expect(g.left.map((c) => c.id)).toEqual(['c']);
  });

  it('leaves out of Resolved what nobody resolved: bot-only chats, cancelled escalations, abandoned chats', () => {
    const g = groupInbox(
      [
        // The bot answered; nobody escalated (no control change at all).
        summary({ id: 'bot-only', state: 'bot', version: 0, queuedAt: null, skill: null, skillName: null, reason: null }),
        // Escalated, then the customer cancelled before anyone joined.
        summary({ id: 'cancelled', state: 'bot', version: 2 }),
        // The customer left while waiting.
        summary({ id: 'abandoned', state: 'closed', version: 2 }),
        // Resolved earlier, then abandoned on a later escalation: its last outcome is not a resolution.
        summary({ id: 'abandoned-later', state: 'closed', version: 9, resolvedAt: '2025-01-01T10:30:00.000Z' }),
      ],
      'me',
    );
    expect(g).toMatchObject({ waiting: [], mine: [], resolved: [] });
    // The customers who left while waiting are listed on their own, most recent first, for a follow-up.
    expect(g.left.map((c) => c.id).sort()).toEqual(['abandoned', 'abandoned-later']);
  });

  it('sorts offers to me first, then the longest wait', () => {
    const g = groupInbox(
      [
        summary({ id: 'new', queuedAt: '2025-01-01T10:05:00.000Z' }),
        summary({ id: 'old', queuedAt: '2025-01-01T10:00:00.000Z' }),
        summary({ id: 'offer', state: 'offered', offeredToAgentId: 'me', queuedAt: '2025-01-01T10:09:00.000Z' }),
      ],
      'me',
    );
    expect(g.waiting.map((c) => c.id)).toEqual(['offer', 'old', 'new']);
  });

  it('orders Resolved by when it was resolved, most recent first, and caps it', () => {
    // A chat resolved long ago in which the customer kept talking to the bot is not "recently resolved".
    const rows = Array.from({ length: 5 }, (_, i) =>
      summary({ id: `r${i}`, state: 'bot', resolvedAt: `2025-01-01T10:0${i}:00.000Z`, updatedAt: `2025-01-01T11:0${4 - i}:00.000Z` }),
    );
    const g = groupInbox(rows, 'me', 3);
    expect(g.resolved.map((c) => c.id)).toEqual(['r4', 'r3', 'r2']);
  });

  it('orders Mine by recent activity', () => {
    const rows = Array.from({ length: 3 }, (_, i) => summary({ id: `m${i}`, state: 'human', agentId: 'me', updatedAt: `2025-01-01T10:0${i}:00.000Z` }));
    expect(groupInbox(rows, 'me').mine.map((c) => c.id)).toEqual(['m2', 'm1', 'm0']);
  });

  it('shows nothing as mine without a signed-in agent', () => {
    expect(groupInbox([summary({ id: 'h', state: 'human', agentId: 'me' })], null).mine).toEqual([]);
  });
});

describe('upsert', () => {
  it('keeps the higher version and ignores stale updates', () => {
    const v2 = summary({ id: 'a', version: 2, state: 'human' });
    const v1 = summary({ id: 'a', version: 1, state: 'queued', updatedAt: '2030-01-01T00:00:00.000Z' });
    const byId = upsertSummary({}, v2);
    expect(upsertSummary(byId, v1)).toBe(byId);
    expect(isNewerSummary(v1, v2)).toBe(false);
  });

  it('accepts a newer preview at the same version', () => {
    const a = summary({ id: 'a', updatedAt: '2025-01-01T10:00:00.000Z' });
    const b = summary({ id: 'a', updatedAt: '2025-01-01T10:01:00.000Z', lastMessagePreview: 'hi' });
    expect(upsertSummary({ a }, b).a?.lastMessagePreview).toBe('hi');
  });

  it('indexes a list keeping the newest copy of each row', () => {
    const byId = indexSummaries([summary({ id: 'a', version: 3 }), summary({ id: 'a', version: 2 })]);
    expect(byId.a?.version).toBe(3);
  });
});

describe('newlyWaiting', () => {
  it('reports rows that just started waiting', () => {
    const before = { a: summary({ id: 'a' }), b: summary({ id: 'b', state: 'bot' }) };
    const next = [summary({ id: 'a' }), summary({ id: 'b', state: 'queued', version: 2 }), summary({ id: 'c', state: 'offered' }), summary({ id: 'd', state: 'human' })];
    expect(newlyWaiting(before, next).map((c) => c.id)).toEqual(['b', 'c']);
  });
});

describe('alertsOnListing', () => {
  const ME = 'ag_me';
  const offerToMe = summary({ id: 'o', state: 'offered', offeredToAgentId: ME, version: 2 });
  const rows = [summary({ id: 'q' }), summary({ id: 'x', state: 'offered', offeredToAgentId: 'ag_other' }), offerToMe];

  it('on the first listing (reload, sign-in) alerts a pending offer to me, not the rest of the queue', () => {
    expect(alertsOnListing({}, false, rows, ME).map((c) => c.id)).toEqual(['o']);
    // Whatever an earlier session left in the store is not "before" for a first listing.
    expect(alertsOnListing({ o: offerToMe }, false, rows, ME).map((c) => c.id)).toEqual(['o']);
    expect(alertsOnListing({}, false, rows, null)).toEqual([]);
  });

  it('after a reconnect alerts what started waiting and offers newly mine, not an offer already mine', () => {
    const before = { q: summary({ id: 'q' }), x: rows[1]!, o: summary({ id: 'o', state: 'queued' }) };
    expect(alertsOnListing(before, true, rows, ME).map((c) => c.id)).toEqual(['o']);
    expect(alertsOnListing({ ...before, o: offerToMe }, true, rows, ME)).toEqual([]);
    expect(alertsOnListing({}, true, rows, ME).map((c) => c.id)).toEqual(['q', 'x', 'o']);
  });

  it('a chat newly in the queue alerts only agents who could take it; an offer to me always', () => {
    const german = summary({ id: 'g', skill: 'technical', skillName: 'Technical', needs: ['technical', 'de'] });
    const mine = summary({ id: 'm', state: 'offered', offeredToAgentId: ME, needs: ['technical', 'de'] });
    const sam = { id: 'sam', role: 'agent' as const, skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 1 }] };
    const tech = { id: 'tech', role: 'agent' as const, skills: [{ skill: 'technical', proficiency: 1 }, { skill: 'de', proficiency: 0.5 }] };
    expect(alertsOnListing({}, true, [german, mine], ME, sam).map((c) => c.id)).toEqual(['m']);
    expect(alertsOnListing({}, true, [german, mine], ME, tech).map((c) => c.id)).toEqual(['g', 'm']);
    expect(alertsMe(german, ME, { id: 'sup', role: 'supervisor', skills: [] })).toBe(true);
    // Away or offline: a chat I could take does not ring; an offer to me still does.
    expect(alertsMe(german, ME, { id: 'sup', role: 'supervisor', skills: [], presence: 'away' })).toBe(false);
    expect(alertsMe(german, ME, { ...tech, presence: 'offline' })).toBe(false);
    expect(alertsMe(german, ME, { ...tech, presence: 'online' })).toBe(true);
    expect(alertsMe(mine, ME, { ...sam, presence: 'away' })).toBe(true);
  });
});

describe('previews', () => {
  it('updates the preview only for a later seq', () => {
    const byId = { a: summary({ id: 'a', lastSeq: 4 }) };
    expect(withMessagePreview(byId, 'a', 4, 'old', '2025-01-01T11:00:00.000Z')).toBe(byId);
    const next = withMessagePreview(byId, 'a', 5, 'new\nline', '2025-01-01T11:00:00.000Z');
    expect(next.a?.lastMessagePreview).toBe('new line');
    expect(next.a?.lastSeq).toBe(5);
    expect(withMessagePreview(byId, 'missing', 9, 'x', '')).toBe(byId);
  });

  it('never previews the customer-facing transfer line: the server row carries the agents\' one', () => {
    const told = msg(7, { authorType: 'system', authorName: 'Alex Rivera', body: 'Alex Rivera is transferring you to the Billing team.', meta: { kind: 'transfer' } });
    expect(livePreview(told)).toBeNull();
    expect(livePreview(msg(8, { authorType: 'system', body: 'Sam Lee has joined the conversation.', meta: { kind: 'joined' } }))).toBe('Sam Lee has joined the conversation.');
    expect(livePreview(msg(9, { body: 'thanks!' }))).toBe('thanks!');
  });

  it('truncates long previews', () => {
    expect(previewText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('needsMe', () => {
  const ME = 'ag_me';
  const byId = indexSummaries([
    summary({ id: 'offer', state: 'offered', offeredToAgentId: ME, lastSeq: 4 }),
    summary({ id: 'other-offer', state: 'offered', offeredToAgentId: 'ag_other', lastSeq: 4 }),
    summary({ id: 'queued', lastSeq: 9 }),
    summary({ id: 'new-msg', state: 'human', agentId: ME, lastSeq: 7 }),
    summary({ id: 'read', state: 'human', agentId: ME, lastSeq: 5 }),
    summary({ id: 'theirs', state: 'human', agentId: 'ag_other', lastSeq: 7 }),
  ]);
  const seen = { 'new-msg': 6, read: 5, theirs: 1, queued: 1 };

  it('counts offers to me and my chats with messages not yet on screen, nothing of other agents or the queue', () => {
    expect(needsMe(byId, ME, seen, null)).toEqual({ offers: 1, unread: 1 });
    // The open chat is read as its messages arrive.
    expect(needsMe(byId, ME, seen, 'new-msg')).toEqual({ offers: 1, unread: 0 });
    expect(needsMe(byId, null, seen, null)).toEqual({ offers: 0, unread: 0 });
  });
});
