import { describe, expect, it } from 'vitest';
import { agentRatingLine } from './agentRating';

describe('agentRatingLine', () => {
  it('shows the average out of 5 and how many ratings it stands on', () => {
    expect(agentRatingLine({ ratings: 2, averageRating: 4.5 })).toEqual({ average: '4.5 / 5', count: '2 ratings' });
    expect(agentRatingLine({ ratings: 1, averageRating: 2 })).toEqual({ average: '2.0 / 5', count: '1 rating' });
  });

  it('says there are none rather than showing a 0 average', () => {
    expect(agentRatingLine({ ratings: 0, averageRating: null })).toEqual({ average: '–', count: 'no ratings' });
  });
});
