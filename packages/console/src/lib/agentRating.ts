import type { SupervisorAgentRow } from '@baton/protocol';

/** An agent's rating as the supervisor's table shows it: the average out of 5 and how many ratings it stands on. */
export function agentRatingLine(a: Pick<SupervisorAgentRow, 'ratings' | 'averageRating'>): { average: string; count: string } {
  if (!a.ratings || a.averageRating === null) return { average: '–', count: 'no ratings' };
  return { average: `${a.averageRating.toFixed(1)} / 5`, count: `${a.ratings} ${a.ratings === 1 ? 'rating' : 'ratings'}` };
}
