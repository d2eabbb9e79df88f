/**
 * The control state machine (DESIGN.md §2) as a pure function.
 * The services layer persists the returned events with a version check.
 */
import type { ActorType, ControlEventKind, ControlState, EscalationReason } from '@baton/protocol';

export interface ControlSnapshot {
  state: ControlState;
  version: number;
  /** Agent in control (state 'human'). */
  agentId: string | null;
  /** Agent holding the current offer (state 'offered'). */
  offeredTo: string | null;
  /** Agents who declined or let an offer expire since the last escalation; skipped on re-offer. */
  declinedBy: string[];
  skill: string | null;
}

export interface Actor {
  type: ActorType;
  id: string | null;
  name: string | null;
}

export type ControlCommand =
  | { type: 'escalate'; reason: EscalationReason; skill: string }
  | { type: 'offer'; agentId: string }
  | { type: 'accept'; agentId: string }
  | { type: 'decline'; agentId: string }
  /** `release`: withdrawn because the agent went away or offline, no decline: back online, they may be offered it at once. */
  | { type: 'expire_offer'; release?: boolean }
  | { type: 'resolve'; agentId: string }
  /** To a skill's queue: the transferring agent is skipped on re-offer. */
  /**
   * `release`: the agent went offline, not chose to pass it on: they may take it again when back. `keepOut`: agents who
   * transferred it away earlier, who stay skipped (a release must not hand the chat back to them).
   */
  | { type: 'transfer'; agentId: string; skill: string; release?: boolean; keepOut?: string[] }
  /** To a named agent: offered to them directly (the caller checks they are online with a free slot). */
  | { type: 'transfer_to_agent'; agentId: string; toAgentId: string }
  | { type: 'cancel' }
  | { type: 'abandon' };

export interface ControlEventDraft {
  version: number;
  kind: ControlEventKind;
  from: ControlState;
  to: ControlState;
  /** Set when the bot, not the command's actor, makes this change (the hand-back after an agent resolves). */
  byBot?: true;
}

export type TransitionResult =
  | { ok: true; next: ControlSnapshot; events: ControlEventDraft[] }
  | { ok: false; code: 'illegal_transition' | 'not_controller'; message: string };

const illegal = (s: ControlSnapshot, c: ControlCommand): TransitionResult => ({
  ok: false,
  code: 'illegal_transition',
  message: `cannot ${c.type} a conversation in state '${s.state}'`,
});

function move(
  s: ControlSnapshot,
  kind: ControlEventKind,
  to: ControlState,
  patch: Partial<ControlSnapshot> = {},
): { next: ControlSnapshot; event: ControlEventDraft } {
  const version = s.version + 1;
  return { next: { ...s, ...patch, state: to, version }, event: { version, kind, from: s.state, to } };
}

function one(r: { next: ControlSnapshot; event: ControlEventDraft }): TransitionResult {
  return { ok: true, next: r.next, events: [r.event] };
}

export function transition(s: ControlSnapshot, c: ControlCommand): TransitionResult {
  switch (c.type) {
    case 'escalate':
      if (s.state !== 'bot') return illegal(s, c);
      return one(move(s, 'escalated', 'queued', { skill: c.skill, declinedBy: [], agentId: null, offeredTo: null }));
    case 'offer':
      if (s.state !== 'queued') return illegal(s, c);
      if (s.declinedBy.includes(c.agentId)) {
        return { ok: false, code: 'illegal_transition', message: 'agent already declined this conversation' };
      }
      return one(move(s, 'offered', 'offered', { offeredTo: c.agentId }));
    case 'accept':
      // Pull from the queue, or take the offer made to you; never someone else's offer.
      if (s.state === 'queued') return one(move(s, 'accepted', 'human', { agentId: c.agentId, offeredTo: null }));
      if (s.state === 'offered') {
        if (s.offeredTo !== c.agentId) {
          return { ok: false, code: 'not_controller', message: 'this conversation is offered to another agent' };
        }
        return one(move(s, 'accepted', 'human', { agentId: c.agentId, offeredTo: null }));
      }
      return illegal(s, c);
    case 'decline':
      if (s.state !== 'offered') return illegal(s, c);
      if (s.offeredTo !== c.agentId) return { ok: false, code: 'not_controller', message: 'this offer is not yours' };
      return one(move(s, 'offer_declined', 'queued', { offeredTo: null, declinedBy: [...s.declinedBy, c.agentId] }));
    case 'expire_offer':
      if (s.state !== 'offered' || !s.offeredTo) return illegal(s, c);
      return one(move(s, 'offer_expired', 'queued', { offeredTo: null, declinedBy: c.release ? s.declinedBy : [...s.declinedBy, s.offeredTo] }));
    case 'resolve': {
      if (s.state !== 'human') return illegal(s, c);
      if (s.agentId !== c.agentId) return { ok: false, code: 'not_controller', message: 'only the agent in control can resolve' };
      // Resolve and hand back are two recorded changes: the agent lets go, then the bot takes over to follow up.
      const resolved = move(s, 'resolved', 'bot', { agentId: null });
      const back = move(resolved.next, 'handed_back', 'bot');
      return { ok: true, next: back.next, events: [resolved.event, { ...back.event, byBot: true }] };
    }
    case 'transfer':
      if (s.state !== 'human') return illegal(s, c);
      if (s.agentId !== c.agentId) return { ok: false, code: 'not_controller', message: 'only the agent in control can transfer' };
      return one(move(s, 'transferred', 'queued', { agentId: null, skill: c.skill, declinedBy: c.release ? (c.keepOut ?? []) : [c.agentId] }));
    case 'transfer_to_agent':
      if (s.state !== 'human') return illegal(s, c);
      if (s.agentId !== c.agentId) return { ok: false, code: 'not_controller', message: 'only the agent in control can transfer' };
      if (c.toAgentId === c.agentId) return { ok: false, code: 'illegal_transition', message: 'cannot transfer a conversation to yourself' };
      // If the target declines or lets it expire, it goes to the skill's queue, skipping both agents.
      return one(move(s, 'transferred', 'offered', { agentId: null, offeredTo: c.toAgentId, declinedBy: [c.agentId] }));
    case 'cancel':
      if (s.state !== 'queued' && s.state !== 'offered') return illegal(s, c);
      return one(move(s, 'cancelled', 'bot', { offeredTo: null }));
    case 'abandon':
      if (s.state !== 'queued' && s.state !== 'offered') return illegal(s, c);
      return one(move(s, 'abandoned', 'closed', { offeredTo: null }));
  }
}

/** Who may write a reply right now. The bot may help while queued, marked as such; never while a human controls. */
export const BOT_SPEAKS_IN: readonly ControlState[] = ['bot', 'queued', 'offered'];
export function botMaySpeak(state: ControlState): boolean {
  return BOT_SPEAKS_IN.includes(state);
}
