/**
 * How rare an agent's skills are (dispatch's tie-break after proficiency): the sum, over the agent's skills, of
 * 1 / (capacity of all agents accepting work with that skill). An agent who is the only Spanish speaker scores high;
 * generalists who share every skill with many others score low. Among equally good matches the dispatcher takes the
 * lowest score, so agents with rare skills (or skill combinations) stay free for the customers only they can serve.
 * Handle times do not depend on the agent, so this costs the current customer nothing. Demand-agnostic on purpose:
 * it needs nothing but the agents.
 *
 * One table for dispatch (skillRarity, at one moment) and the estimator's forward simulation (agents start and stop
 * accepting work as shifts change), so both compute the same scores.
 */
import type { AgentLoad } from './selectAgents.js';
import { onShift } from './shifts.js';

/** Rarity scores closer than this are equal (sums of the same terms in another order). */
export const RARITY_EPS = 1e-9;

export class RarityTable {
  /** The skills of agent a (proficiency > 0, each once): list[start[a] .. start[a + 1]). */
  private readonly start: Int32Array;
  private readonly list: number[] = [];
  private readonly capacity: Float64Array;

  constructor(private readonly agents: readonly Pick<AgentLoad, 'skills' | 'capacity'>[]) {
    const ids = new Map<string, number>();
    this.start = new Int32Array(agents.length + 1);
    agents.forEach((a, i) => {
      this.start[i] = this.list.length;
      const own = new Set<string>();
      for (const s of a.skills) {
        if (s.proficiency <= 0 || own.has(s.skill)) continue;
        own.add(s.skill);
        let id = ids.get(s.skill);
        if (id === undefined) ids.set(s.skill, (id = ids.size));
        this.list.push(id);
      }
    });
    this.start[agents.length] = this.list.length;
    this.capacity = new Float64Array(ids.size);
  }

  /** Nobody accepting work. */
  clear(): void {
    this.capacity.fill(0);
  }

  /** Agent a starts (+1) or stops (-1) accepting work. */
  accepting(a: number, sign: 1 | -1): void {
    for (let j = this.start[a]!; j < this.start[a + 1]!; j++) {
      const s = this.list[j]!;
      this.capacity[s] = this.capacity[s]! + sign * this.agents[a]!.capacity;
    }
  }

  /** Agent a's rarity score now. */
  of(a: number): number {
    let r = 0;
    for (let j = this.start[a]!; j < this.start[a + 1]!; j++) {
      const c = this.capacity[this.list[j]!]!;
      if (c > 0) r += 1 / c;
    }
    return r;
  }
}

/** Each agent's rarity score at `now` (same order), counting the agents online and on shift then. */
export function skillRarity(agents: readonly AgentLoad[], now?: number): Float64Array {
  const table = new RarityTable(agents);
  agents.forEach((a, i) => {
    if (a.online && (now === undefined || onShift(a.shifts, now))) table.accepting(i, 1);
  });
  return Float64Array.from(agents, (_, i) => table.of(i));
}
