/** Loop guards (DESIGN.md §2): a cap per hour and a cooldown after hand-back. Explicit requests are always honoured. */
import type { EscalationReason } from '@baton/protocol';

export interface GuardInput {
  reason: EscalationReason;
  /** Earlier escalations of this conversation (epoch ms). */
  history: number[];
  handedBackAt: number | null;
  now: number;
  capPerHour: number;
  cooldownMs: number;
}

export type GuardResult = { ok: true; recent: number[] } | { ok: false; why: 'cooldown' | 'cap'; recent: number[] };

export function checkEscalation(g: GuardInput): GuardResult {
  const recent = g.history.filter((t) => g.now - t < 3_600_000);
  if (g.reason === 'explicit_request') return { ok: true, recent };
  if (g.handedBackAt !== null && g.now - g.handedBackAt < g.cooldownMs) return { ok: false, why: 'cooldown', recent };
  if (recent.length >= g.capPerHour) return { ok: false, why: 'cap', recent };
  return { ok: true, recent };
}
