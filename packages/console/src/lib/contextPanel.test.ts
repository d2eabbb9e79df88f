import { describe, expect, it } from 'vitest';
import { contextOpenByDefault } from './contextPanel';

describe('contextOpenByDefault', () => {
  it('is open while the agent decides, and on a colleague’s or a closed chat', () => {
    expect(contextOpenByDefault({ state: 'offered', agentId: null }, 'me')).toBe(true);
    expect(contextOpenByDefault({ state: 'queued', agentId: null }, 'me')).toBe(true);
    expect(contextOpenByDefault({ state: 'human', agentId: 'sam' }, 'me')).toBe(true);
    expect(contextOpenByDefault({ state: 'closed', agentId: 'me' }, 'me')).toBe(true);
    expect(contextOpenByDefault({ state: 'human', agentId: null }, null)).toBe(true);
  });
  it('folds once the chat is the agent’s own', () => {
    expect(contextOpenByDefault({ state: 'human', agentId: 'me' }, 'me')).toBe(false);
  });
});
