import { z } from 'zod';

/** Who controls a conversation. Exactly one at a time (DESIGN.md §2). */
export const ControlState = z.enum(['bot', 'queued', 'offered', 'human', 'closed']);
export type ControlState = z.infer<typeof ControlState>;

/** Waiting for a person: in the queue, or offered to an agent who has not accepted yet. */
export function isWaitingState(state: string): state is 'queued' | 'offered' {
  return state === 'queued' || state === 'offered';
}

export const EscalationReason = z.enum([
  'explicit_request',
  'frustration',
  'repeated_failure',
  'rule',
  'high_stakes',
  'language',
]);
export type EscalationReason = z.infer<typeof EscalationReason>;

export const ActorType = z.enum(['bot', 'visitor', 'agent', 'system']);
export type ActorType = z.infer<typeof ActorType>;

export const ControlEventKind = z.enum([
  'escalated',
  'offered',
  'offer_declined',
  'offer_expired',
  'accepted',
  'transferred',
  'resolved',
  'handed_back',
  'cancelled',
  'abandoned',
]);
export type ControlEventKind = z.infer<typeof ControlEventKind>;

export const ControlEventView = z.object({
  version: z.number().int(),
  kind: ControlEventKind,
  from: ControlState,
  to: ControlState,
  actorType: ActorType,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type ControlEventView = z.infer<typeof ControlEventView>;
