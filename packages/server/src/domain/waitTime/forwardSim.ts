/**
 * Forward simulation of the queue from its current state (DESIGN.md §5), pure and deterministic (seeded).
 *
 * Each run replays the dispatch policy (priority then age; proficiency, least rare skills, load, longest idle) on a
 * virtual clock: conversations in progress finish after a remaining time drawn from the learned handle-time distribution
 * conditioned on their elapsed time; new assignments draw a full handle time; agents stop taking work at
 * shift end and start at shift start; customers ahead may abandon (learned patience); higher-priority
 * customers may still arrive (learned rates) and overtake. Many runs give a distribution of each waiting
 * customer's remaining wait.
 *
 * A customer who abandons in a run is kept as a "ghost": we still record when an agent would have picked
 * them, but they take no capacity — so everyone gets a wait-if-they-stay, which the estimator weights by the
 * chance of staying that long.
 */
import { RarityTable, RARITY_EPS } from '../routing/skillRarity.js';
import { matchProficiency, queueOrder, relaxedRequirement, requiredSkills, skillSetKey, type AgentLoad, type RoutingPolicy, type WaitingConversation } from '../routing/selectAgents.js';
import { nextShiftBoundary, onShift } from '../routing/shifts.js';
import { samplePatience, type ArrivalRate, type LogNormal, type PatienceCurve } from './queueModel.js';
import { Mulberry32 } from '../common/random.js';
import { normalCdf, normalQuantile } from './random.js';
import { EventHeap } from './eventHeap.js';

export interface ForwardSimInput {
  /** Epoch ms. */
  now: number;
  waiting: WaitingConversation[];
  agents: AgentLoad[];
  handle: (skills: readonly string[]) => LogNormal;
  patience?: PatienceCurve;
  /** Future arrivals; only classes that could overtake someone waiting (higher priority) are simulated. */
  arrivals?: ArrivalRate[];
  runs: number;
  seed?: number;
  /** Stop a run this long after now (seconds). */
  horizonSeconds?: number;
  /** Eligibility uses the fully relaxed bar of the policy (relaxation usually applies long before the wait ends). */
  policy?: RoutingPolicy;
}

export interface ForwardSimResult {
  /** The waiting conversations in queue order. */
  order: readonly WaitingConversation[];
  /** waits[run * order.length + i]: remaining wait in seconds of order[i]; Infinity when not served in the horizon. */
  waits: Float64Array;
  runs: number;
  /** For each order[i]: index of its skill set in `skillSets` (shared by all priorities). */
  skillSetOf: Int32Array;
  skillSets: string[][];
  /** For each skill set: agents online and on shift at `now` who have every skill of it (any proficiency, no policy). */
  agentsOnline: Int32Array;
}

/** Placeholder until a class's handle-time distribution is looked up. */
const NO_HANDLE: LogNormal = { mu: 0, sigma: 0, n: 0 };

const FREE = 0;
const SHIFT = 1;
const ARRIVAL = 2;

interface SimClass {
  skills: string[];
  priority: number;
  handle: LogNormal;
  /** Customer indices in queue order; `head` is the first still waiting. */
  queue: number[];
  head: number;
  initialLength: number;
  rate: number;
}

/**
 * Memoises `handle` by the ordered content of the skills (the primary skill matters), without building
 * string keys for the common 1- and 2-skill cases. Same calls in the same order reach `handle`, minus repeats.
 */
function memoHandle(handle: (skills: readonly string[]) => LogNormal): (skills: readonly string[]) => LogNormal {
  const one = new Map<string, LogNormal>();
  const two = new Map<string, Map<string, LogNormal>>();
  const more = new Map<string, LogNormal>();
  return (skills) => {
    let d: LogNormal | undefined;
    if (skills.length === 1) {
      d = one.get(skills[0]!);
      if (!d) one.set(skills[0]!, (d = handle(skills)));
    } else if (skills.length === 2) {
      let inner = two.get(skills[0]!);
      if (!inner) two.set(skills[0]!, (inner = new Map()));
      d = inner.get(skills[1]!);
      if (!d) inner.set(skills[1]!, (d = handle(skills)));
    } else {
      const key = skills.join('\u0000');
      d = more.get(key);
      if (!d) more.set(key, (d = handle(skills)));
    }
    return d;
  };
}

/** Growable per-customer columns (those waiting now, then simulated arrivals). */
class Customers {
  cls: Int32Array;
  priority: Float64Array;
  queued: Float64Array;
  deadline: Float64Array;
  length = 0;
  constructor(capacity: number) {
    this.cls = new Int32Array(capacity);
    this.priority = new Float64Array(capacity);
    this.queued = new Float64Array(capacity);
    this.deadline = new Float64Array(capacity);
  }
  push(cls: number, priority: number, queued: number, deadline: number): number {
    if (this.length === this.cls.length) {
      const cap = this.cls.length * 2 + 16;
      const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => (b.set(a), b);
      this.cls = grow(this.cls, new Int32Array(cap));
      this.priority = grow(this.priority, new Float64Array(cap));
      this.queued = grow(this.queued, new Float64Array(cap));
      this.deadline = grow(this.deadline, new Float64Array(cap));
    }
    const i = this.length++;
    this.cls[i] = cls;
    this.priority[i] = priority;
    this.queued[i] = queued;
    this.deadline[i] = deadline;
    return i;
  }
}

/**
 * Match of every agent with every skill set: `out[a * sets + s]` = the weakest proficiency of agent `a` in the
 * required skills of set `s` (0 when one is missing), as `matchProficiency` without a policy computes it.
 * Skills are interned once, so this is O(agents × (their skills + sets × skills per set)).
 */
export function skillSetMatches(agents: readonly AgentLoad[], skillSets: readonly (readonly string[])[]): Float64Array {
  const index = new Map<string, number>();
  const setIdx: number[][] = skillSets.map((ss) =>
    ss.map((s) => {
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = index.size));
      return i;
    }),
  );
  const S = index.size;
  const prof = new Float64Array(S);
  const seen = new Uint8Array(S);
  const out = new Float64Array(agents.length * skillSets.length);
  for (let a = 0; a < agents.length; a++) {
    prof.fill(0);
    seen.fill(0);
    // the first entry of a skill counts (as in proficiency())
    for (const s of agents[a]!.skills) {
      const i = index.get(s.skill);
      if (i === undefined || seen[i]) continue;
      seen[i] = 1;
      prof[i] = s.proficiency;
    }
    const row = a * skillSets.length;
    for (let k = 0; k < setIdx.length; k++) {
      const req = setIdx[k]!;
      let m = Infinity;
      for (let j = 0; j < req.length; j++) {
        const p = prof[req[j]!]!;
        if (p <= 0) {
          m = 0;
          break;
        }
        if (p < m) m = p;
      }
      out[row + k] = m === Infinity ? 0 : m;
    }
  }
  return out;
}

export function forwardSimulate(input: ForwardSimInput): ForwardSimResult {
  const { now, agents } = input;
  const n = input.waiting.length;
  const runs = Math.max(1, Math.floor(input.runs));
  const waits = new Float64Array(runs * n).fill(Infinity);
  const horizon = input.horizonSeconds ?? 12 * 3600;
  const rng = new Mulberry32(input.seed ?? 0x2545f491);
  const req = relaxedRequirement(input.policy, Number.POSITIVE_INFINITY);
  const handleOf = memoHandle(input.handle);

  // classes: (priority, skill set)
  const classes: SimClass[] = [];
  const skillSets: string[][] = [];
  const classSet: number[] = [];
  // skill set -> id without building strings for the common 1- and 2-skill cases
  const sets1 = new Map<string, number>();
  const sets2 = new Map<string, Map<string, number>>();
  const setsN = new Map<string, number>();
  const setIdOf = (skills: string[]): number => {
    let id: number | undefined;
    if (skills.length === 1) {
      id = sets1.get(skills[0]!);
      if (id === undefined) sets1.set(skills[0]!, (id = skillSets.push(skills) - 1));
    } else if (skills.length === 2 && skills[0] !== skills[1]) {
      const x = skills[0]!;
      const y = skills[1]!;
      const a = x < y ? x : y;
      const b = x < y ? y : x;
      let inner = sets2.get(a);
      if (!inner) sets2.set(a, (inner = new Map()));
      id = inner.get(b);
      if (id === undefined) inner.set(b, (id = skillSets.push(skills) - 1));
    } else {
      const key = skillSetKey(skills);
      id = setsN.get(key);
      if (id === undefined) setsN.set(key, (id = skillSets.push(skills) - 1));
    }
    return id;
  };
  const classIndex = new Map<number, number[]>();
  /** Per class: agents that may not serve it (a class of its own for each customer with exclusions; they are rare). */
  const classExcluded: (ReadonlySet<string> | null)[] = [];
  const classOf = (skills: string[], priority: number, excluded?: readonly string[]): number => {
    const si = setIdOf(skills);
    if (excluded?.length) {
      classes.push({ skills, priority, handle: NO_HANDLE, queue: [], head: 0, initialLength: 0, rate: 0 });
      classSet.push(si);
      classExcluded.push(new Set(excluded));
      return classes.length - 1;
    }
    let bySet = classIndex.get(priority);
    if (!bySet) classIndex.set(priority, (bySet = []));
    let k = bySet[si];
    if (k === undefined) {
      k = classes.length;
      bySet[si] = k;
      classes.push({ skills, priority, handle: NO_HANDLE, queue: [], head: 0, initialLength: 0, rate: 0 });
      classSet.push(si);
      classExcluded.push(null);
    }
    return k;
  };
  const cust = new Customers(n + 16);
  let minPriority = Infinity;
  /** One pass over the customers: classes and columns, checking the queue order on the way (sorted again only if needed). */
  const load = (list: readonly WaitingConversation[], check: boolean): boolean => {
    for (let i = 0; i < n; i++) {
      const c = list[i]!;
      if (check && i > 0 && queueOrder(list[i - 1]!, c) > 0) return false;
      const k = classOf(requiredSkills(c), c.priority, c.excludedAgents);
      cust.push(k, c.priority, (c.queuedAt - now) / 1000, Infinity); // queued: seconds relative to now (<= 0)
      classes[k]!.queue.push(i);
      if (c.priority < minPriority) minPriority = c.priority;
    }
    return true;
  };
  let order: readonly WaitingConversation[] = input.waiting;
  if (!load(order, true)) {
    classes.length = 0;
    skillSets.length = 0;
    classSet.length = 0;
    classExcluded.length = 0;
    sets1.clear();
    sets2.clear();
    setsN.clear();
    classIndex.clear();
    cust.length = 0;
    minPriority = Infinity;
    order = [...order].sort(queueOrder);
    load(order, false);
  }
  // distributions in class order (as if looked up when each class was first met)
  for (const cl of classes) cl.handle = handleOf(cl.skills);
  const skillSetOf = new Int32Array(n);
  for (let i = 0; i < n; i++) skillSetOf[i] = classSet[cust.cls[i]!]!;
  for (const a of input.arrivals ?? []) {
    if (a.priority <= minPriority || !(a.ratePerSecond > 0)) continue;
    const cl = classes[classOf(a.skills, a.priority)]!;
    if (cl.handle === NO_HANDLE) cl.handle = handleOf(cl.skills);
    cl.rate += a.ratePerSecond;
  }
  for (const cl of classes) cl.initialLength = cl.queue.length;

  // agents
  const m = agents.length;
  const K = classes.length;
  const cap = new Int32Array(m);
  const initialBusy = new Int32Array(m);
  const busy = new Int32Array(m);
  const accepting = new Uint8Array(m);
  const lastAssigned = new Float64Array(m);
  /** match[a * K + k]: agent a's match for class k (0 = cannot serve it). */
  const match = new Float64Array(m * K);
  /** Classes each agent can serve: agentClassList[agentClassStart[a] .. agentClassStart[a + 1]). */
  const agentClassStart = new Int32Array(m + 1);
  const agentClassList = new Int32Array(m * K);
  const freePos = new Int32Array(m).fill(-1);
  const freeList: number[] = [];
  const acceptingAt = (a: number, tSec: number): boolean => {
    const ag = agents[a]!;
    return ag.online && onShift(ag.shifts, now + tSec * 1000);
  };
  const viaRelated = req.useRelated && !!input.policy?.related;
  const base = skillSetMatches(agents, skillSets);
  const S = skillSets.length;
  const agentsOnline = new Int32Array(S);
  let nac = 0;
  for (let a = 0; a < m; a++) {
    const ag = agents[a]!;
    cap[a] = ag.capacity;
    initialBusy[a] = ag.load;
    agentClassStart[a] = nac;
    if (acceptingAt(a, 0)) for (let si = 0; si < S; si++) if (base[a * S + si]! > 0) agentsOnline[si]!++;
    for (let k = 0; k < K; k++) {
      const si = classSet[k]!;
      const p = viaRelated ? matchProficiency(ag, skillSets[si]!, input.policy, true) : base[a * S + si]!;
      const v = p > 0 && p >= req.minProficiency && !classExcluded[k]?.has(ag.id) ? p : 0;
      match[a * K + k] = v;
      if (v > 0) agentClassList[nac++] = k;
    }
  }
  agentClassStart[m] = nac;
  // Rarity (tie-break after proficiency), kept current as shifts start and end during a run, because dispatch
  // recomputes it at every round.
  const rarity = new RarityTable(agents);
  const usefulAgent = (a: number): boolean => agentClassStart[a + 1]! > agentClassStart[a]!;

  // handle-time sampling
  let spare = NaN; // the second normal of the last Box–Muller pair (NaN: none)
  const normal = (): number => {
    if (spare === spare) {
      const s = spare;
      spare = NaN;
      return s;
    }
    let u = rng.next();
    while (u <= 1e-12) u = rng.next();
    const v = rng.next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const sampleHandle = (d: LogNormal): number => Math.exp(d.mu + d.sigma * normal());
  const sampleRemaining = (d: LogNormal, elapsed: number): number => {
    if (!(elapsed > 0)) return sampleHandle(d);
    const p = normalCdf((Math.log(elapsed) - d.mu) / d.sigma);
    let u = p + (1 - p) * rng.next();
    if (u > 1 - 1e-9) u = 1 - 1e-9;
    const h = Math.exp(d.mu + d.sigma * normalQuantile(u));
    return Math.max(0.1, h - elapsed);
  };
  /** Remaining time of a conversation whose start is unknown: forward-recurrence time (length-biased × uniform). */
  const sampleResidual = (d: LogNormal): number => rng.next() * Math.exp(d.mu + d.sigma * d.sigma + d.sigma * normal());

  // initial in-progress conversations, agent by agent: distribution and elapsed seconds (NaN = start unknown)
  const actStart = new Int32Array(m + 1);
  const actDist: LogNormal[] = [];
  const actElapsed: number[] = [];
  const one: string[] = [''];
  for (let a = 0; a < m; a++) {
    const ag = agents[a]!;
    actStart[a] = actDist.length;
    let count = 0;
    for (const act of ag.active ?? []) {
      if (count >= ag.load) break;
      count++;
      let d: LogNormal;
      if (act.skills.length) d = handleOf(act.skills);
      else {
        one[0] = ag.skills[0]?.skill ?? '';
        d = handleOf(one);
      }
      actDist.push(d);
      actElapsed.push(Math.max(0, (now - act.startedAt) / 1000));
    }
    // the agent's strongest skill stands for conversations we know nothing about
    let fallback: LogNormal;
    if (ag.skills.length) {
      let b = ag.skills[0]!;
      for (const sk of ag.skills) if (sk.proficiency > b.proficiency) b = sk;
      one[0] = b.skill;
      fallback = handleOf(one);
    } else fallback = handleOf([]);
    for (; count < ag.load; count++) {
      actDist.push(fallback);
      actElapsed.push(NaN);
    }
  }
  actStart[m] = actDist.length;
  // shift boundaries within the horizon (seconds from now), agent by agent: shiftAt[shiftStart[a] .. shiftStart[a + 1])
  const shiftStart = new Int32Array(m + 1);
  const shiftAt: number[] = [];
  for (let a = 0; a < m; a++) {
    shiftStart[a] = shiftAt.length;
    const shifts = agents[a]!.shifts;
    if (!shifts) continue;
    let t = now;
    for (;;) {
      const b = nextShiftBoundary(shifts, t);
      if (b === null || (b - now) / 1000 > horizon) break;
      shiftAt.push((b - now) / 1000);
      t = b;
    }
  }
  shiftStart[m] = shiftAt.length;

  const heap = new EventHeap();
  const ev = { time: 0, code: 0 };
  const before = (x: number, y: number): boolean => {
    const px = cust.priority[x]!;
    const py = cust.priority[y]!;
    if (px !== py) return px > py;
    const qx = cust.queued[x]!;
    const qy = cust.queued[y]!;
    if (qx !== qy) return qx < qy;
    return x < y;
  };
  const addFree = (a: number): void => {
    if (freePos[a]! >= 0 || !usefulAgent(a)) return;
    freePos[a] = freeList.length;
    freeList.push(a);
  };
  const removeFree = (a: number): void => {
    const p = freePos[a]!;
    if (p < 0) return;
    const last = freeList.pop()!;
    if (last !== a) {
      freeList[p] = last;
      freePos[last] = p;
    }
    freePos[a] = -1;
  };

  for (let run = 0; run < runs; run++) {
    const base = run * n;
    let recorded = 0;
    heap.clear();
    freeList.length = 0;
    freePos.fill(-1);
    cust.length = n;
    for (const cl of classes) {
      cl.queue.length = cl.initialLength;
      cl.head = 0;
    }
    const record = (i: number, t: number): void => {
      if (i < n) {
        waits[base + i] = Math.max(0, t);
        recorded++;
      }
    };
    // patience of those waiting, conditioned on what they already waited
    if (input.patience) for (let i = 0; i < n; i++) cust.deadline[i] = samplePatience(input.patience, -cust.queued[i]!, rng.next()) + cust.queued[i]!;
    const assign = (a: number, i: number, t: number): void => {
      record(i, t);
      busy[a] = busy[a]! + 1;
      lastAssigned[a] = t;
      if (busy[a]! >= cap[a]!) removeFree(a);
      heap.push(t + sampleHandle(classes[cust.cls[i]!]!.handle), a * 4 + FREE);
    };
    /** Next customer for agent a at t, skipping (and recording) ghosts. */
    const pick = (a: number, t: number): number => {
      const from = agentClassStart[a]!;
      const to = agentClassStart[a + 1]!;
      for (;;) {
        let best = -1;
        let bestCl = -1;
        for (let j = from; j < to; j++) {
          const k = agentClassList[j]!;
          const cl = classes[k]!;
          if (cl.head >= cl.queue.length) continue;
          const cand = cl.queue[cl.head]!;
          if (best < 0 || before(cand, best)) {
            best = cand;
            bestCl = k;
          }
        }
        if (best < 0) return -1;
        classes[bestCl]!.head++;
        if (cust.deadline[best]! < t) {
          record(best, t); // ghost: left earlier, would have been picked now
          continue;
        }
        return best;
      }
    };
    /** Best free agent for a customer of class k (proficiency, least rare skills, load, longest idle). */
    const bestFreeAgent = (k: number): number => {
      let best = -1;
      for (let j = 0; j < freeList.length; j++) {
        const a = freeList[j]!;
        const p = match[a * K + k]!;
        if (p <= 0) continue;
        if (best < 0) {
          best = a;
          continue;
        }
        const pb = match[best * K + k]!;
        if (p !== pb) {
          if (p > pb) best = a;
          continue;
        }
        const dr = rarity.of(a) - rarity.of(best);
        if (dr > RARITY_EPS || dr < -RARITY_EPS) {
          if (dr < 0) best = a;
          continue;
        }
        if (busy[a]! < busy[best]! || (busy[a] === busy[best] && (lastAssigned[a]! < lastAssigned[best]! || (lastAssigned[a] === lastAssigned[best] && a < best)))) best = a;
      }
      return best;
    };

    rarity.clear();
    for (let a = 0; a < m; a++) {
      const ag = agents[a]!;
      busy[a] = initialBusy[a]!;
      lastAssigned[a] = ag.lastAssignedAt === null ? -Infinity : (ag.lastAssignedAt - now) / 1000;
      accepting[a] = acceptingAt(a, 0) ? 1 : 0;
      if (accepting[a]) rarity.accepting(a, 1);
      for (let j = actStart[a]!; j < actStart[a + 1]!; j++) {
        const e = actElapsed[j]!;
        heap.push(e !== e ? sampleResidual(actDist[j]!) : sampleRemaining(actDist[j]!, e), a * 4 + FREE);
      }
      for (let j = shiftStart[a]!; j < shiftStart[a + 1]!; j++) heap.push(shiftAt[j]!, a * 4 + SHIFT);
      if (accepting[a] && busy[a]! < cap[a]!) addFree(a);
    }
    for (let k = 0; k < classes.length; k++) {
      const cl = classes[k]!;
      if (cl.rate > 0) heap.push(-Math.log(1 - rng.next()) / cl.rate, k * 4 + ARRIVAL);
    }
    // initial dispatch: whoever can be served right now (in queue order)
    if (freeList.length) {
      const blocked = new Uint8Array(classes.length);
      for (let i = 0; i < n && freeList.length; i++) {
        const k = cust.cls[i]!;
        if (blocked[k]) continue;
        const a = bestFreeAgent(k);
        if (a < 0) {
          blocked[k] = 1;
          continue;
        }
        classes[k]!.head++;
        assign(a, i, 0);
      }
    }

    /**
     * A dispatch round as planOffers does it, customer by customer in queue order, each to its best free agent:
     * run when agents come on shift, after every shift change at that instant (agents starting together must be
     * chosen between, as dispatch does, not served one agent at a time).
     */
    const dispatchRound = (t: number): void => {
      for (;;) {
        let best = -1;
        let bestCl = -1;
        for (let k = 0; k < classes.length; k++) {
          const cl = classes[k]!;
          if (cl.head >= cl.queue.length || bestFreeAgent(k) < 0) continue;
          // ghosts (left earlier) would have been picked now, as in pick()
          while (cl.head < cl.queue.length && cust.deadline[cl.queue[cl.head]!]! < t) record(cl.queue[cl.head++]!, t);
          if (cl.head >= cl.queue.length) continue;
          const cand = cl.queue[cl.head]!;
          if (best < 0 || before(cand, best)) {
            best = cand;
            bestCl = k;
          }
        }
        if (best < 0) return;
        classes[bestCl]!.head++;
        assign(bestFreeAgent(bestCl), best, t);
      }
    };
    let roundDue = false;

    while (recorded < n && (heap.size || roundDue)) {
      if (roundDue && (heap.size === 0 || heap.t[0]! > ev.time)) {
        roundDue = false;
        dispatchRound(ev.time);
        continue;
      }
      heap.pop(ev);
      const t = ev.time;
      if (t > horizon) break;
      const kind = ev.code & 3;
      const x = ev.code >> 2;
      if (kind === FREE) {
        busy[x] = busy[x]! - 1;
        if (!accepting[x] || busy[x]! >= cap[x]!) continue;
        const i = pick(x, t);
        if (i >= 0) assign(x, i, t);
        else addFree(x);
      } else if (kind === SHIFT) {
        const acc = acceptingAt(x, t + 1e-6);
        if (acc && !accepting[x]) {
          accepting[x] = 1;
          rarity.accepting(x, 1);
          if (busy[x]! < cap[x]!) addFree(x);
          roundDue = true;
        } else if (!acc && accepting[x]) {
          accepting[x] = 0;
          rarity.accepting(x, -1);
          removeFree(x);
        }
      } else {
        const cl = classes[x]!;
        const i = cust.push(x, cl.priority, t, input.patience ? t + samplePatience(input.patience, 0, rng.next()) : Infinity);
        const a = bestFreeAgent(x);
        if (a >= 0) assign(a, i, t);
        else cl.queue.push(i);
        heap.push(t - Math.log(1 - rng.next()) / cl.rate, x * 4 + ARRIVAL);
      }
    }
  }
  return { order, waits, runs, skillSetOf, skillSets, agentsOnline };
}
