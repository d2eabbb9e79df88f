import { describe, expect, it } from 'vitest';
import { transition, botMaySpeak, type ControlCommand, type ControlSnapshot } from './controlMachine.js';
import type { ControlState } from '@baton/protocol';

const snap = (state: ControlState, patch: Partial<ControlSnapshot> = {}): ControlSnapshot => ({
  state,
  version: 3,
  agentId: state === 'human' ? 'a1' : null,
  offeredTo: state === 'offered' ? 'a1' : null,
  declinedBy: [],
  skill: state === 'bot' ? null : 'orders',
  ...patch,
});

const commands: ControlCommand[] = [
  { type: 'escalate', reason: 'explicit_request', skill: 'orders' },
  { type: 'offer', agentId: 'a2' },
  { type: 'accept', agentId: 'a1' },
  { type: 'decline', agentId: 'a1' },
  { type: 'expire_offer' },
  { type: 'resolve', agentId: 'a1' },
  { type: 'transfer', agentId: 'a1', skill: 'billing' },
  { type: 'transfer_to_agent', agentId: 'a1', toAgentId: 'a2' },
  { type: 'cancel' },
  { type: 'abandon' },
];

// The full legal table: state → commands that succeed, with the state they lead to.
const legal: Record<ControlState, Partial<Record<ControlCommand['type'], ControlState>>> = {
  bot: { escalate: 'queued' },
  queued: { offer: 'offered', accept: 'human', cancel: 'bot', abandon: 'closed' },
  offered: { accept: 'human', decline: 'queued', expire_offer: 'queued', cancel: 'bot', abandon: 'closed' },
  human: { resolve: 'bot', transfer: 'queued', transfer_to_agent: 'offered' },
  closed: {},
};

describe('control machine: every state × command', () => {
  for (const state of Object.keys(legal) as ControlState[]) {
    for (const cmd of commands) {
      const expected = legal[state][cmd.type];
      it(`${state} + ${cmd.type} → ${expected ?? 'rejected'}`, () => {
        const r = transition(snap(state), cmd);
        if (expected) {
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.next.state).toBe(expected);
          expect(r.events.at(-1)!.to).toBe(expected);
          expect(r.events[0]!.from).toBe(state);
          expect(r.next.version).toBe(3 + r.events.length);
          expect(r.events.map((e) => e.version)).toEqual(r.events.map((_, i) => 4 + i));
        } else {
          expect(r.ok).toBe(false);
        }
      });
    }
  }
});

describe('control machine: guards', () => {
  it('does not let an agent accept an offer made to someone else', () => {
    const r = transition(snap('offered', { offeredTo: 'a2' }), { type: 'accept', agentId: 'a1' });
    expect(r).toMatchObject({ ok: false, code: 'not_controller' });
  });
  it('does not let another agent resolve or transfer', () => {
    expect(transition(snap('human'), { type: 'resolve', agentId: 'a9' })).toMatchObject({ ok: false, code: 'not_controller' });
    expect(transition(snap('human'), { type: 'transfer', agentId: 'a9', skill: 'x' })).toMatchObject({ ok: false, code: 'not_controller' });
  });
  it('transfers to a skill: re-queued under the new skill, the transferring agent skipped', () => {
    const r = transition(snap('human'), { type: 'transfer', agentId: 'a1', skill: 'billing' });
    expect(r.ok && r.next).toMatchObject({ state: 'queued', agentId: null, skill: 'billing', declinedBy: ['a1'] });
    expect(r.ok && r.events[0]!.kind).toBe('transferred');
  });
  it('releases the chats of an agent who went offline: re-queued, nobody skipped (they may take it again when back)', () => {
    const r = transition(snap('human'), { type: 'transfer', agentId: 'a1', skill: 'orders', release: true });
    expect(r.ok && r.next).toMatchObject({ state: 'queued', agentId: null, skill: 'orders', declinedBy: [] });
  });
  it('a release keeps skipping the agents who transferred the chat away earlier (it must not go back to them)', () => {
    const r = transition(snap('human', { agentId: 'a3' }), { type: 'transfer', agentId: 'a3', skill: 'orders', release: true, keepOut: ['a1'] });
    expect(r.ok && r.next).toMatchObject({ state: 'queued', declinedBy: ['a1'] });
  });
  it('transfers to a named agent: offered to them, skill kept, the transferring agent skipped later', () => {
    const r = transition(snap('human'), { type: 'transfer_to_agent', agentId: 'a1', toAgentId: 'a2' });
    expect(r.ok && r.next).toMatchObject({ state: 'offered', agentId: null, offeredTo: 'a2', skill: 'orders', declinedBy: ['a1'] });
    expect(r.ok && r.events[0]!.kind).toBe('transferred');
    if (!r.ok) return;
    // The target lets it go: back to the queue, neither of them is offered it again.
    const declined = transition(r.next, { type: 'decline', agentId: 'a2' });
    expect(declined.ok && declined.next).toMatchObject({ state: 'queued', declinedBy: ['a1', 'a2'] });
  });
  it('refuses a transfer to yourself or by someone not in control', () => {
    expect(transition(snap('human'), { type: 'transfer_to_agent', agentId: 'a1', toAgentId: 'a1' })).toMatchObject({ ok: false, code: 'illegal_transition' });
    expect(transition(snap('human'), { type: 'transfer_to_agent', agentId: 'a9', toAgentId: 'a2' })).toMatchObject({ ok: false, code: 'not_controller' });
  });
  it('skips decliners on re-offer', () => {
    const declined = transition(snap('offered'), { type: 'decline', agentId: 'a1' });
    expect(declined.ok).toBe(true);
    if (!declined.ok) return;
    expect(declined.next.declinedBy).toEqual(['a1']);
    expect(transition(declined.next, { type: 'offer', agentId: 'a1' }).ok).toBe(false);
    expect(transition(declined.next, { type: 'offer', agentId: 'a2' }).ok).toBe(true);
  });
  it('counts an expired offer as a decline by the holder', () => {
    const r = transition(snap('offered', { offeredTo: 'a7' }), { type: 'expire_offer' });
    expect(r.ok && r.next.declinedBy).toEqual(['a7']);
  });
  it('does not count an offer withdrawn because the holder went away as a decline', () => {
    const r = transition(snap('offered', { offeredTo: 'a7', declinedBy: ['a2'] }), { type: 'expire_offer', release: true });
    expect(r.ok && r.next).toMatchObject({ state: 'queued', offeredTo: null, declinedBy: ['a2'] });
  });
  it('records resolve and hand-back as two versions, ending with the bot in control', () => {
    const r = transition(snap('human'), { type: 'resolve', agentId: 'a1' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events.map((e) => e.kind)).toEqual(['resolved', 'handed_back']);
    expect(r.next).toMatchObject({ state: 'bot', agentId: null, version: 5 });
  });
  it('clears decliners on a new escalation', () => {
    const r = transition(snap('bot', { declinedBy: ['a1'] }), { type: 'escalate', reason: 'frustration', skill: 'billing' });
    expect(r.ok && r.next).toMatchObject({ declinedBy: [], skill: 'billing' });
  });
  it('lets the bot speak only when no human controls', () => {
    expect(botMaySpeak('bot')).toBe(true);
    expect(botMaySpeak('queued')).toBe(true);
    expect(botMaySpeak('human')).toBe(false);
    expect(botMaySpeak('closed')).toBe(false);
  });
});
