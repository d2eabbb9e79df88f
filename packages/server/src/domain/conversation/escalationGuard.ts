/**
 * Loop guards (DESIGN.md §2): a cap per hour and a cooldown after hand-back. Explicit requests are always honoured, and
 * so are high stakes and the site's rules when the customer wrote what triggers them after the hand-back and after the
 * last escalation: a fire hazard, a legal threat or a hijacked account typed a minute after an agent resolved got "I'm
 * not sure" (a QA pass). What the guards stop is the bot handing back on what the agent already dealt with.
 */
import type { EscalationReason } from '@baton/protocol';

export interface GuardInput {
  reason: EscalationReason;
  /** Earlier escalations of this conversation (epoch ms). */
  history: number[];
  handedBackAt: number | null;
  now: number;
  capPerHour: number;
  cooldownMs: number;
  /** When the customer wrote the message that triggers it (epoch ms); unknown counts as old. */
  evidenceAt?: number | null;
}

const HONOURED_WHEN_NEW: readonly EscalationReason[] = ['high_stakes', 'rule'];

export type GuardResult = { ok: true; recent: number[] } | { ok: false; why: 'cooldown' | 'cap'; recent: number[] };

export function checkEscalation(g: GuardInput): GuardResult {
  const recent = g.history.filter((t) => g.now - t < 3_600_000);
  if (g.reason === 'explicit_request') return { ok: true, recent };
  const since = Math.max(g.handedBackAt ?? -Infinity, ...g.history);
  if (HONOURED_WHEN_NEW.includes(g.reason) && g.evidenceAt != null && g.evidenceAt > since) return { ok: true, recent };
  if (g.handedBackAt !== null && g.now - g.handedBackAt < g.cooldownMs) return { ok: false, why: 'cooldown', recent };
  if (recent.length >= g.capPerHour) return { ok: false, why: 'cap', recent };
  return { ok: true, recent };
}
