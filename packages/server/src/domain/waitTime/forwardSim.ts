/**
 * Forward simulation of the queue from its current state (DESIGN.md §5), pure and deterministic (seeded).
 *
 * Each run replays the dispatch policy (priority then age; proficiency, load, longest idle) on a virtual clock:
 * conversations in progress finish after a remaining time drawn from the learned handle-time distribution
 * conditioned on their elapsed time; new assignments draw a full handle time; agents stop taking work at
 * shift end and start at shift start; customers ahead may abandon (learned patience); higher-priority
 * customers may still arrive (learned rates) and overtake. Many runs give a distribution of each waiting
 * customer's remaining wait.
 *
 * A customer who abandons in a run is kept as a "ghost": we still record when an agent would have picked
 * them, but they take no capacity — so everyone gets a wait-if-they-stay, which the estimator weights by the
 * chance of staying that long.
 */
import { inQueueOrder, matchProficiency, relaxedRequirement, requiredSkills, skillSetKey, type AgentLoad, type RoutingPolicy, type WaitingConversation } from '../routing/selectAgents.js';
import { nextShiftBoundary, onShift } from '../routing/shifts.js';
import { samplePatience, type ArrivalRate, type LogNormal, type PatienceCurve } from './queueModel.js';
import { normalCdf, normalQuantile, seededRandom } from './random.js';

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
}

const FREE = 0;
const SHIFT = 1;
const ARRIVAL = 2;

/** Binary min-heap on (time, code). */
class EventHeap {
  t: number[] = [];
  c: number[] = [];
  get size(): number {
    return this.t.length;
  }
  clear(): void {
    this.t.length = 0;
    this.c.length = 0;
  }
  push(time: number, code: number): void {
    const t = this.t;
    const c = this.c;
    let i = t.length;
    t.push(time);
    c.push(code);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p]! < time || (t[p] === time && c[p]! <= code)) break;
      t[i] = t[p]!;
      c[i] = c[p]!;
      i = p;
    }
    t[i] = time;
    c[i] = code;
  }
  /** Pops the minimum into `out` (time, code). */
  pop(out: { time: number; code: number }): void {
    const t = this.t;
    const c = this.c;
    out.time = t[0]!;
    out.code = c[0]!;
    const lt = t.pop()!;
    const lc = c.pop()!;
    const n = t.length;
    if (!n) return;
    let i = 0;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= n) break;
      if (m + 1 < n && (t[m + 1]! < t[m]! || (t[m + 1] === t[m] && c[m + 1]! < c[m]!))) m++;
      if (lt < t[m]! || (lt === t[m] && lc <= c[m]!)) break;
      t[i] = t[m]!;
      c[i] = c[m]!;
      i = m;
    }
    t[i] = lt;
    c[i] = lc;
  }
}

interface SimClass {
  skills: string[];
  priority: number;
  handle: LogNormal;
  /** Agents able to serve it, with match. */
  agents: number[];
  /** Customer indices in queue order; `head` is the first still waiting. */
  queue: number[];
  head: number;
  initialLength: number;
  rate: number;
}

export function forwardSimulate(input: ForwardSimInput): ForwardSimResult {
  const { now, agents } = input;
  const order = inQueueOrder(input.waiting);
  const n = order.length;
  const runs = Math.max(1, Math.floor(input.runs));
  const waits = new Float64Array(runs * n).fill(Infinity);
  const horizon = input.horizonSeconds ?? 12 * 3600;
  const rand = seededRandom(input.seed ?? 0x2545f491);
  const req = relaxedRequirement(input.policy, Number.POSITIVE_INFINITY);

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
      const [a, b] = skills[0]! < skills[1]! ? [skills[0]!, skills[1]!] : [skills[1]!, skills[0]!];
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
  const classOf = (skills: string[], priority: number): number => {
    const si = setIdOf(skills);
    let bySet = classIndex.get(priority);
    if (!bySet) classIndex.set(priority, (bySet = []));
    let k = bySet[si];
    if (k === undefined) {
      k = classes.length;
      bySet[si] = k;
      classes.push({ skills, priority, handle: input.handle(skills), agents: [], queue: [], head: 0, initialLength: 0, rate: 0 });
      classSet.push(si);
    }
    return k;
  };
  const custClass: number[] = [];
  const custPriority: number[] = [];
  const custQueued: number[] = []; // seconds relative to now (<= 0 for those waiting)
  const custDeadline: number[] = [];
  for (const c of order) {
    const k = classOf(requiredSkills(c), c.priority);
    custClass.push(k);
    custPriority.push(c.priority);
    custQueued.push((c.queuedAt - now) / 1000);
    custDeadline.push(Infinity);
    classes[k]!.queue.push(custClass.length - 1);
  }
  const skillSetOf = new Int32Array(n);
  for (let i = 0; i < n; i++) skillSetOf[i] = classSet[custClass[i]!]!;
  let minPriority = Infinity;
  for (const p of custPriority) if (p < minPriority) minPriority = p;
  for (const a of input.arrivals ?? []) {
    if (a.priority <= minPriority || !(a.ratePerSecond > 0)) continue;
    classes[classOf(a.skills, a.priority)]!.rate += a.ratePerSecond;
  }
  for (const cl of classes) cl.initialLength = cl.queue.length;

  // agents
  const m = agents.length;
  const cap = new Int32Array(m);
  const initialBusy = new Int32Array(m);
  const busy = new Int32Array(m);
  const accepting = new Uint8Array(m);
  const lastAssigned = new Float64Array(m);
  const agentClasses: number[][] = [];
  const match: number[][] = [];
  const freePos = new Int32Array(m).fill(-1);
  const freeList: number[] = [];
  const acceptingAt = (a: number, tSec: number): boolean => {
    const ag = agents[a]!;
    return ag.online && onShift(ag.shifts, now + tSec * 1000);
  };
  for (let a = 0; a < m; a++) {
    const ag = agents[a]!;
    cap[a] = ag.capacity;
    initialBusy[a] = ag.load;
    agentClasses.push([]);
    match.push([]);
    const bySet = new Float64Array(skillSets.length).fill(-1);
    for (let k = 0; k < classes.length; k++) {
      const cl = classes[k]!;
      const si = classSet[k]!;
      if (bySet[si]! < 0) {
        const p = matchProficiency(ag, cl.skills, input.policy, req.useRelated);
        bySet[si] = p > 0 && p >= req.minProficiency ? p : 0;
      }
      match[a]!.push(bySet[si]!);
      if (match[a]![k]! > 0) {
        agentClasses[a]!.push(k);
        cl.agents.push(a);
      }
    }
  }
  const usefulAgent = (a: number): boolean => agentClasses[a]!.length > 0;

  // handle-time sampling
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = rand();
    while (u <= 1e-12) u = rand();
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const sampleHandle = (d: LogNormal): number => Math.exp(d.mu + d.sigma * normal());
  const sampleRemaining = (d: LogNormal, elapsed: number): number => {
    if (!(elapsed > 0)) return sampleHandle(d);
    const p = normalCdf((Math.log(elapsed) - d.mu) / d.sigma);
    let u = p + (1 - p) * rand();
    if (u > 1 - 1e-9) u = 1 - 1e-9;
    const h = Math.exp(d.mu + d.sigma * normalQuantile(u));
    return Math.max(0.1, h - elapsed);
  };
  /** Remaining time of a conversation whose start is unknown: forward-recurrence time (length-biased × uniform). */
  const sampleResidual = (d: LogNormal): number => rand() * Math.exp(d.mu + d.sigma * d.sigma + d.sigma * normal());

  // per-agent initial in-progress descriptions
  const activeDists: { d: LogNormal; elapsed: number | null }[][] = agents.map((ag) => {
    const out: { d: LogNormal; elapsed: number | null }[] = [];
    for (const act of ag.active ?? []) {
      if (out.length >= ag.load) break;
      out.push({ d: input.handle(act.skills.length ? act.skills : [ag.skills[0]?.skill ?? '']), elapsed: Math.max(0, (now - act.startedAt) / 1000) });
    }
    const fallback = input.handle(ag.skills.length ? [ag.skills.reduce((b, s) => (s.proficiency > b.proficiency ? s : b)).skill] : []);
    while (out.length < ag.load) out.push({ d: fallback, elapsed: null });
    return out;
  });
  const shiftBoundaries: number[][] = agents.map((ag) => {
    const out: number[] = [];
    let t = now;
    for (;;) {
      const b = nextShiftBoundary(ag.shifts, t);
      if (b === null || (b - now) / 1000 > horizon) break;
      out.push((b - now) / 1000);
      t = b;
    }
    return out;
  });

  const heap = new EventHeap();
  const ev = { time: 0, code: 0 };
  const before = (x: number, y: number): boolean => {
    const px = custPriority[x]!;
    const py = custPriority[y]!;
    if (px !== py) return px > py;
    const qx = custQueued[x]!;
    const qy = custQueued[y]!;
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
    custClass.length = n;
    custPriority.length = n;
    custQueued.length = n;
    custDeadline.length = n;
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
    if (input.patience) for (let i = 0; i < n; i++) custDeadline[i] = samplePatience(input.patience, -custQueued[i]!, rand()) + custQueued[i]!;
    const assign = (a: number, i: number, t: number): void => {
      record(i, t);
      busy[a] = busy[a]! + 1;
      lastAssigned[a] = t;
      if (busy[a]! >= cap[a]!) removeFree(a);
      heap.push(t + sampleHandle(classes[custClass[i]!]!.handle), a * 4 + FREE);
    };
    /** Next customer for agent a at t, skipping (and recording) ghosts. */
    const pick = (a: number, t: number): number => {
      const list = agentClasses[a]!;
      for (;;) {
        let best = -1;
        let bestCl = -1;
        for (let j = 0; j < list.length; j++) {
          const cl = classes[list[j]!]!;
          if (cl.head >= cl.queue.length) continue;
          const cand = cl.queue[cl.head]!;
          if (best < 0 || before(cand, best)) {
            best = cand;
            bestCl = list[j]!;
          }
        }
        if (best < 0) return -1;
        classes[bestCl]!.head++;
        if (custDeadline[best]! < t) {
          record(best, t); // ghost: left earlier, would have been picked now
          continue;
        }
        return best;
      }
    };
    /** Best free agent for a customer of class k (proficiency, load, longest idle). */
    const bestFreeAgent = (k: number): number => {
      let best = -1;
      for (let j = 0; j < freeList.length; j++) {
        const a = freeList[j]!;
        const p = match[a]![k]!;
        if (p <= 0) continue;
        if (best < 0) {
          best = a;
          continue;
        }
        const pb = match[best]![k]!;
        if (p > pb || (p === pb && (busy[a]! < busy[best]! || (busy[a] === busy[best] && (lastAssigned[a]! < lastAssigned[best]! || (lastAssigned[a] === lastAssigned[best] && a < best)))))) best = a;
      }
      return best;
    };

    for (let a = 0; a < m; a++) {
      const ag = agents[a]!;
      busy[a] = initialBusy[a]!;
      lastAssigned[a] = ag.lastAssignedAt === null ? -Infinity : (ag.lastAssignedAt - now) / 1000;
      accepting[a] = acceptingAt(a, 0) ? 1 : 0;
      for (const act of activeDists[a]!) heap.push(act.elapsed === null ? sampleResidual(act.d) : sampleRemaining(act.d, act.elapsed), a * 4 + FREE);
      for (const b of shiftBoundaries[a]!) heap.push(b, a * 4 + SHIFT);
      if (accepting[a] && busy[a]! < cap[a]!) addFree(a);
    }
    for (let k = 0; k < classes.length; k++) {
      const cl = classes[k]!;
      if (cl.rate > 0) heap.push(-Math.log(1 - rand()) / cl.rate, k * 4 + ARRIVAL);
    }
    // initial dispatch: whoever can be served right now (in queue order)
    if (freeList.length) {
      const blocked = new Uint8Array(classes.length);
      for (let i = 0; i < n && freeList.length; i++) {
        const k = custClass[i]!;
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

    while (recorded < n && heap.size) {
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
          while (busy[x]! < cap[x]!) {
            const i = pick(x, t);
            if (i < 0) break;
            assign(x, i, t);
          }
          if (busy[x]! < cap[x]!) addFree(x);
        } else if (!acc && accepting[x]) {
          accepting[x] = 0;
          removeFree(x);
        }
      } else {
        const cl = classes[x]!;
        const i = custClass.length;
        custClass.push(x);
        custPriority.push(cl.priority);
        custQueued.push(t);
        custDeadline.push(input.patience ? t + samplePatience(input.patience, 0, rand()) : Infinity);
        const a = bestFreeAgent(x);
        if (a >= 0) assign(a, i, t);
        else cl.queue.push(i);
        heap.push(t - Math.log(1 - rand()) / cl.rate, x * 4 + ARRIVAL);
      }
    }
  }
  return { order, waits, runs, skillSetOf, skillSets };
}
