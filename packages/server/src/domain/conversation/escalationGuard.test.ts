import { describe, expect, it } from 'vitest';
import { checkEscalation, type GuardInput } from './escalationGuard.js';

const base: GuardInput = { reason: 'frustration', history: [], handedBackAt: null, now: 10_000_000, capPerHour: 2, cooldownMs: 60_000 };

describe('escalation guard', () => {
  it('allows a first escalation', () => expect(checkEscalation(base).ok).toBe(true));
  it('caps automatic escalations per hour, forgetting older ones', () => {
    expect(checkEscalation({ ...base, history: [base.now - 1000, base.now - 2000] })).toMatchObject({ ok: false, why: 'cap' });
    expect(checkEscalation({ ...base, history: [base.now - 3_700_000, base.now - 2000] })).toMatchObject({ ok: true, recent: [base.now - 2000] });
  });
  it('holds off automatic triggers right after a hand-back', () => {
    expect(checkEscalation({ ...base, handedBackAt: base.now - 30_000 })).toMatchObject({ ok: false, why: 'cooldown' });
    expect(checkEscalation({ ...base, handedBackAt: base.now - 90_000 }).ok).toBe(true);
  });
  it('honours high stakes and rules typed after the hand-back and the last escalation, during the cooldown and past the cap', () => {
    const busy = { ...base, history: [base.now - 5000, base.now - 4000], handedBackAt: base.now - 3000 };
    for (const reason of ['high_stakes', 'rule'] as const) {
      expect(checkEscalation({ ...busy, reason, evidenceAt: base.now - 1000 }).ok).toBe(true);
      // What the agent already dealt with (written before the hand-back) does not bring a person back at once.
      expect(checkEscalation({ ...busy, reason, evidenceAt: base.now - 3500 })).toMatchObject({ ok: false });
      expect(checkEscalation({ ...busy, reason })).toMatchObject({ ok: false });
    }
    expect(checkEscalation({ ...busy, reason: 'frustration', evidenceAt: base.now - 1000 })).toMatchObject({ ok: false, why: 'cooldown' });
  });
  it('always honours an explicit request', () => {
    expect(checkEscalation({ ...base, reason: 'explicit_request', history: [1, 2, 3].map((x) => base.now - x), handedBackAt: base.now }).ok).toBe(true);
  });
});
