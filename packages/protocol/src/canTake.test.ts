import { describe, expect, it } from 'vitest';
import { canTakeFromQueue } from './conversation.js';

const agent = (skills: [string, number][], role: 'agent' | 'supervisor' = 'agent') => ({ role, skills: skills.map(([skill, proficiency]) => ({ skill, proficiency })) });

describe('canTakeFromQueue', () => {
  it('needs every skill, team and language, at some proficiency', () => {
    expect(canTakeFromQueue(['technical', 'de'], agent([['technical', 1], ['de', 0.6]]))).toBe(true);
    expect(canTakeFromQueue(['technical', 'de'], agent([['technical', 1]]))).toBe(false);
    expect(canTakeFromQueue(['technical'], agent([['orders', 1], ['billing', 1], ['es', 1]]))).toBe(false);
    expect(canTakeFromQueue(['technical'], agent([['technical', 0]]))).toBe(false);
  });

  it('a supervisor may take any; no needs known, anyone may', () => {
    expect(canTakeFromQueue(['technical', 'de'], agent([], 'supervisor'))).toBe(true);
    expect(canTakeFromQueue(undefined, agent([]))).toBe(true);
  });
});
