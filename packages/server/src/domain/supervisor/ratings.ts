/** Customer ratings per agent, pure: each rated hand-off counts for the agent who resolved it. */

export interface RatingSummary {
  ratings: number;
  /** Mean of the ratings to a tenth (as the console shows it); null without ratings. */
  averageRating: number | null;
}

export function averageRating(ratings: readonly number[]): number | null {
  return ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null;
}

/**
 * Ratings by the agent credited with each hand-off. A rating with no agent (its resolver's row is gone) counts in the
 * site's outcomes only. Agents without ratings are absent: the caller shows them as none.
 */
export function ratingsByAgent(rows: readonly { agentId: string | null; rating: number }[]): Map<string, RatingSummary> {
  const byAgent = new Map<string, number[]>();
  for (const r of rows) {
    if (!r.agentId) continue;
    const mine = byAgent.get(r.agentId) ?? [];
    mine.push(r.rating);
    byAgent.set(r.agentId, mine);
  }
  return new Map([...byAgent].map(([id, xs]) => [id, { ratings: xs.length, averageRating: averageRating(xs) }]));
}
