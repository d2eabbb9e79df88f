import { describe, expect, it } from 'vitest';
import { ratingReply, typedRating } from './csat.js';

const rating = (body: string) => typedRating(body)?.rating ?? null;

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
    // A review found each of these not recorded.
    ['10/10', 5],
    ['4/10', 2],
    ['5 👍', 5],
    ['5*', 5],
    ['5 of 5', 5],
    ['It was a 5', 5],
    ['5.0', 5],
    ['5 ty', 5],
    ['5 thx', 5],
    ['4 thank you so much', 4],
    ['5 - thanks', 5],
    ['Danke, 5', 5],
    ['⭐⭐⭐⭐⭐', 5],
    ['★★★', 3],
  ])('%j → %s', (body, n) => {
    expect(rating(body)).toBe(n);
  });
  it('keeps the words after the score as the comment', () => {
    expect(typedRating('1, it did not help')).toEqual({ rating: 1, comment: 'it did not help' });
    expect(typedRating('3 (slow)')).toEqual({ rating: 3, comment: 'slow' });
    expect(typedRating('4, quick and helpful')).toEqual({ rating: 4, comment: 'quick and helpful' });
    expect(typedRating('5 stars, great service')).toEqual({ rating: 5, comment: 'great service' });
    expect(typedRating('5 - great service')).toEqual({ rating: 5, comment: 'great service' });
    expect(typedRating('5, thanks')).toEqual({ rating: 5 });
  });
  it('is not a number in a question or a sentence', () => {
    for (const body of ['6', '0', '7/5', '5 days ago I ordered', 'order 5', 'can I return 2 of them', '2 of them are broken', '1 more question', '3 stars?', '45', '4.5', 'NW-123455']) {
      expect(typedRating(body), body).toBeNull();
    }
  });

  it('answers a low rating with an apology and the way back to a person, a high one with thanks', () => {
    expect(ratingReply(1)).toMatch(/sorry/i);
    expect(ratingReply(2)).toMatch(/person/);
    expect(ratingReply(1)).not.toMatch(/Thanks for rating/);
    expect(ratingReply(5)).toBe('Thanks for rating us 5/5!');
  });

  it("answers in the conversation's language (region ignored), English when it has none or an unknown one", () => {
    expect(ratingReply(5, 'es')).toBe('¡Gracias por tu valoración de 5/5!');
    expect(ratingReply(1, 'de-AT')).toMatch(/^Danke für Ihre Rückmeldung, und es tut mir leid/);
    expect(ratingReply(3, 'fr')).toBe(ratingReply(3));
    expect(ratingReply(4, null)).toBe('Thanks for rating us 4/5!');
  });
});
