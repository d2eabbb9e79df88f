import { describe, expect, it } from 'vitest';
import { canTakeFromQueue } from './conversation.js';

const agent = (skills: [string, number][], role: 'agent' | 'supervisor' = 'agent', id = 'a1') => ({ id, role, skills: skills.map(([skill, proficiency]) => ({ skill, proficiency })) });
const needs = (...n: string[]) => ({ needs: n });

describe('canTakeFromQueue', () => {
  it('needs every skill, team and language, at some proficiency', () => {
    expect(canTakeFromQueue(needs('technical', 'de'), agent([['technical', 1], ['de', 0.6]]))).toBe(true);
    expect(canTakeFromQueue(needs('technical', 'de'), agent([['technical', 1]]))).toBe(false);
    expect(canTakeFromQueue(needs('technical'), agent([['orders', 1], ['billing', 1], ['es', 1]]))).toBe(false);
    expect(canTakeFromQueue(needs('technical'), agent([['technical', 0]]))).toBe(false);
  });

  it('a supervisor may take any; no needs known, anyone may', () => {
    expect(canTakeFromQueue(needs('technical', 'de'), agent([], 'supervisor'))).toBe(true);
    expect(canTakeFromQueue({}, agent([]))).toBe(true);
  });

  it('the colleague it was transferred to by name may take it without the skills; nobody else gains from that', () => {
    const invited = { needs: ['technical', 'de'], invitedAgentId: 'sam' };
    expect(canTakeFromQueue(invited, agent([['orders', 1]], 'agent', 'sam'))).toBe(true);
    expect(canTakeFromQueue(invited, agent([['orders', 1]], 'agent', 'alex'))).toBe(false);
  });
});
