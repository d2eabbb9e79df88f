import { describe, expect, it } from 'vitest';
import type { HandoffPackage } from '@baton/protocol';
import { contextOpenByDefault, foldedLine } from './contextPanel';

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

describe('foldedLine', () => {
  const pkg = { skillName: 'Technical', reason: 'explicit_request', language: 'de', teamWritesLanguage: true } as HandoffPackage;
  it('names the team and the reason', () => {
    expect(foldedLine(pkg)).toBe('Handoff details: Technical, asked for a person');
    expect(foldedLine(null)).toBe('Handoff details');
  });
  it('keeps a language the team does not write and the last transfer note in view', () => {
    const moved = { ...pkg, teamWritesLanguage: false, transfers: [{ from: 'Alex Rivera', fromAgentId: 'a1', to: 'Technical', toSkill: 'technical', toAgentId: null, note: 'watch will not pair', at: '' }] };
    expect(foldedLine(moved)).toBe('Handoff details: Technical, asked for a person · writes de, not a team language · from Alex Rivera: watch will not pair');
  });
});
