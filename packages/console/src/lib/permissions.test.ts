import { describe, expect, it } from 'vitest';
import { actionsFor, composerNotice } from './permissions';
import { summary } from './testFixtures';

describe('actionsFor', () => {
  it('lets anyone eligible take a queued conversation', () => {
    expect(actionsFor(summary({ id: 'a', state: 'queued' }), 'me')).toEqual({ canAccept: true, canDecline: false, canResolve: false, canTransfer: false, canCompose: false });
  });

  it('accept/decline only for offers made to me', () => {
    expect(actionsFor(summary({ id: 'a', state: 'offered', offeredToAgentId: 'me' }), 'me')).toMatchObject({ canAccept: true, canDecline: true });
    expect(actionsFor(summary({ id: 'a', state: 'offered', offeredToAgentId: 'other' }), 'me')).toMatchObject({ canAccept: false, canDecline: false });
  });

  it('resolve, transfer and compose only when I control it', () => {
    expect(actionsFor(summary({ id: 'a', state: 'human', agentId: 'me' }), 'me')).toMatchObject({ canResolve: true, canTransfer: true, canCompose: true, canAccept: false });
    expect(actionsFor(summary({ id: 'a', state: 'human', agentId: 'other' }), 'me')).toMatchObject({ canResolve: false, canTransfer: false, canCompose: false });
    expect(actionsFor(summary({ id: 'a', state: 'queued' }), 'me').canTransfer).toBe(false);
    expect(actionsFor(summary({ id: 'a', state: 'bot' }), 'me').canAccept).toBe(false);
    expect(actionsFor(null, 'me').canAccept).toBe(false);
  });
});

describe('a queued chat outside my skills', () => {
  const german = summary({ id: 'g', state: 'queued', skill: 'technical', skillName: 'Technical', needs: ['technical', 'de'] });
  const sam = { id: 'me', role: 'agent' as const, skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'technical', proficiency: 1 }] };

  it('cannot be accepted, and the footer says who it waits for', () => {
    expect(actionsFor(german, 'me', sam).canAccept).toBe(false);
    expect(actionsFor(german, 'me', { ...sam, skills: [...sam.skills, { skill: 'de', proficiency: 1 }] }).canAccept).toBe(true);
    expect(actionsFor(german, 'me', { id: 'me', role: 'supervisor', skills: [] }).canAccept).toBe(true);
    expect(composerNotice(german, 'me', sam)).toBe('Only the Technical team (in German) can take this chat: it is not among your skills.');
  });

  it('an offer made to me can still be accepted (a transfer to me by name)', () => {
    expect(actionsFor({ ...german, state: 'offered', offeredToAgentId: 'me' }, 'me', sam).canAccept).toBe(true);
  });

  it('back in the queue after my offer ran out, a transfer to me by name can still be taken, by me only', () => {
    const toMe = { ...german, invitedAgentId: 'me' };
    expect(actionsFor(toMe, 'me', sam).canAccept).toBe(true);
    expect(composerNotice(toMe, 'me', sam)).toMatch(/^Accept/);
    expect(actionsFor(toMe, 'other', { ...sam, id: 'other' }).canAccept).toBe(false);
  });
});

describe('composerNotice', () => {
  it('says why I cannot write, per state', () => {
    expect(composerNotice(summary({ id: 'a', state: 'offered', offeredToAgentId: 'other' }), 'me')).toMatch(/another agent/);
    expect(composerNotice(summary({ id: 'a', state: 'queued' }), 'me')).toMatch(/^Accept/);
    expect(composerNotice(summary({ id: 'a', state: 'human', agentId: 'other', agentName: 'Sam Lee' }), 'me')).toBe('Sam Lee is handling this conversation.');
    expect(composerNotice(summary({ id: 'a', state: 'bot' }), 'me')).toBe('The bot has this conversation.');
  });

  it('does not say the bot has a chat the customer abandoned', () => {
    expect(composerNotice(summary({ id: 'a', state: 'closed' }), 'me')).toBe('Closed: the customer left before an agent joined.');
  });
});
