import { describe, expect, it } from 'vitest';
import { averageRating, ratingsByAgent } from './ratings.js';

describe('ratingsByAgent', () => {
  it("credits each hand-off's rating to the agent who resolved it, averaged to a tenth", () => {
    const by = ratingsByAgent([
      { agentId: 'alex', rating: 2 },
      { agentId: 'sam', rating: 5 },
      { agentId: 'alex', rating: 1 },
      { agentId: 'alex', rating: 5 },
      { agentId: 'sam', rating: 4 },
    ]);
    expect(Object.fromEntries(by)).toEqual({
      alex: { ratings: 3, averageRating: 2.7 },
      sam: { ratings: 2, averageRating: 4.5 },
    });
  });

  it('leaves out ratings with no agent and agents with no ratings', () => {
    expect(ratingsByAgent([{ agentId: null, rating: 1 }]).size).toBe(0);
    expect(ratingsByAgent([])).toEqual(new Map());
  });
});

describe('averageRating', () => {
  it('is null without ratings and rounds to a tenth', () => {
    expect(averageRating([])).toBeNull();
    expect(averageRating([5, 4, 4])).toBe(4.3);
  });
});
