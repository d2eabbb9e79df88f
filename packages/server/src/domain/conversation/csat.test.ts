import { describe, expect, it } from 'vitest';
import { typedRating } from './csat.js';

describe('typedRating', () => {
  it.each([
    ['5', 5],
    [' 4/5 ', 4],
    ['3 stars', 3],
    ['five!', 5],
    ['1 out of 5', 1],
    ["I'd give it a 4", 4],
    ["I'd say 4", 4],
    ['5, thanks', 5],
    ['5 thanks!', 5],
  ])('%j → %s', (body, rating) => {
    expect(typedRating(body)).toBe(rating);
  });
  it('is not a number in a question or a sentence', () => {
    for (const body of ['6', '0', '10', '5 days ago I ordered', 'order 5', 'can I return 2 of them', '45', '4.5', 'NW-123455']) expect(typedRating(body)).toBeNull();
  });
});
