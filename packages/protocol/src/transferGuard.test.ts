import { describe, expect, it } from 'vitest';
import { checkTransferBack, TRANSFER_BACK_WINDOW_MS } from './transferGuard.js';

const t0 = Date.parse('2026-01-01T10:00:00Z');

describe('transfer-back guard (A→B→A)', () => {
  it('allows the first transfer', () => {
    expect(checkTransferBack(null, 'a1', t0).ok).toBe(true);
  });
  it('refuses sending it back to the agent who just transferred it', () => {
    const r = checkTransferBack({ byAgentId: 'a1', at: t0 }, 'a1', t0 + 60_000);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/9 min/);
  });
  it('allows other agents, and the same agent once the window has passed', () => {
    expect(checkTransferBack({ byAgentId: 'a1', at: t0 }, 'a3', t0 + 1000).ok).toBe(true);
    expect(checkTransferBack({ byAgentId: 'a1', at: t0 }, 'a1', t0 + TRANSFER_BACK_WINDOW_MS).ok).toBe(true);
  });
});
