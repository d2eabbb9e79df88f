/**
 * `pnpm --filter @baton/server bench:queue [--waiting N] [--agents M] [--events K] [--map]`: time one queue event —
 * a dispatch round (planOffers) plus the estimate recompute for every waiting customer (estimateWaitTable: one row
 * per customer in typed columns; `--map` times estimateWaits, which also builds a Map of 5,000 objects keyed by id) —
 * with a big queue (default 5,000 waiting, 500 agents). Prints p50/p99/max ms per event (after a JIT warm-up).
 */
import { planOffers, queueOrder, type AgentLoad, type WaitingConversation } from '../domain/routing/selectAgents.js';
import { estimateWaitTable, estimateWaits } from '../domain/waitTime/estimateWait.js';
import { QueueModel } from '../domain/waitTime/queueModel.js';
import { seededRandom } from '../domain/waitTime/random.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

const nWaiting = arg('waiting', 5000);
const nAgents = arg('agents', 500);
const nEvents = arg('events', 200);
// A server runs the estimator millions of times; V8 finishes optimising forwardSimulate only after ~25 events, a
// one-time cost that a 20-event warm-up would count as the steady-state tail.
const warmup = arg('warmup', 60);
const budget = arg('budget', 0) || undefined;
const asMap = process.argv.includes('--map');
const rand = seededRandom(42);
const intents = ['orders', 'billing', 'technical', 'sales', 'privacy'];
const langs = ['en', 'es', 'de'];
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const aht: Record<string, number> = { orders: 300, billing: 420, technical: 600, sales: 360, privacy: 480 };

const t0 = Date.UTC(2025, 0, 1, 9);
let now = t0 + 3600_000;

const model = new QueueModel({ defaultSeconds: 300 });
for (let i = 0; i < 2000; i++) {
  const s = [pick(intents), pick(langs)];
  model.finished(s, aht[s[0]!]! * Math.exp(0.7 * (rand() + rand() + rand() - 1.5)));
  model.joined(s, rand() < 0.1 ? 10 : 0, t0 + rand() * 3600_000);
  if (rand() < 0.1) model.abandoned(rand() * 600);
  else model.assigned(rand() * 300);
}

const agents: AgentLoad[] = Array.from({ length: nAgents }, (_, i) => {
  const skills = intents.filter(() => rand() < 0.5).map((skill) => ({ skill, proficiency: 0.5 + Math.round(rand() * 5) / 10 }));
  if (!skills.length) skills.push({ skill: pick(intents), proficiency: 1 });
  skills.push({ skill: 'en', proficiency: 1 });
  if (rand() < 0.3) skills.push({ skill: pick(['es', 'de']), proficiency: 1 });
  const capacity = 2 + (i % 2);
  return {
    id: `a${i}`,
    skills,
    capacity,
    load: capacity,
    online: true,
    lastAssignedAt: now - Math.floor(rand() * 600_000),
    shifts: [[t0, t0 + 8 * 3600_000]],
    active: Array.from({ length: capacity }, () => ({ skills: [skills[0]!.skill, 'en'], startedAt: now - Math.floor(rand() * 900_000) })),
  };
});
const waiting: WaitingConversation[] = Array.from({ length: nWaiting }, (_, i) => {
  const lang = rand() < 0.8 ? 'en' : pick(langs);
  const intent = pick(intents);
  return { id: `c${i}`, skill: intent, skills: [intent, lang], priority: rand() < 0.05 ? 10 : 0, queuedAt: now - Math.floor(rand() * 3600_000), declinedBy: [] };
});

// The queue is kept in dispatch order (as an indexed store would return it): insert and remove by binary search.
waiting.sort(queueOrder);
const byId = new Map(waiting.map((c) => [c.id, c]));
const agentById = new Map(agents.map((a) => [a.id, a]));
/** Index of the first conversation not before `c` in dispatch order. */
function lowerBound(c: WaitingConversation): number {
  let lo = 0;
  let hi = waiting.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (queueOrder(waiting[mid]!, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function enqueue(c: WaitingConversation): void {
  waiting.splice(lowerBound(c), 0, c);
  byId.set(c.id, c);
}
function dequeue(id: string): WaitingConversation {
  const c = byId.get(id)!;
  byId.delete(id);
  waiting.splice(lowerBound(c), 1);
  return c;
}

const times: number[] = [];
const planTimes: number[] = [];
/** CPU time of the process per event: less sensitive than wall time to other load on the machine. */
const cpuTimes: number[] = [];
for (let e = 0; e < nEvents + warmup; e++) {
  now += 2000;
  // an agent finishes a conversation (frees a slot) and a new customer joins
  const a = agents[Math.floor(rand() * agents.length)]!;
  a.load -= 1;
  a.active!.shift();
  const intent = pick(intents);
  enqueue({ id: `n${e}`, skill: intent, skills: [intent, 'en'], priority: e % 10 === 0 ? 10 : 0, queuedAt: now, declinedBy: [] });
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const offers = planOffers(waiting, agents, now);
  const tPlan = performance.now();
  for (const o of offers) {
    const ag = agentById.get(o.agentId)!;
    ag.load += 1;
    ag.lastAssignedAt = now;
    const c = dequeue(o.conversationId);
    ag.active!.push({ skills: c.skills ?? [c.skill], startedAt: now });
  }
  const opts = { handleSeconds: {}, defaultHandleSeconds: 300, pickupSeconds: 20, now, model, eventBudget: budget };
  const count = asMap ? estimateWaits(waiting, agents, opts).size : estimateWaitTable(waiting, agents, opts).order.length;
  if (e >= warmup) {
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    times.push(performance.now() - start);
    planTimes.push(tPlan - start);
  }
  if (count !== waiting.length) throw new Error('missing estimates');
}
times.sort((x, y) => x - y);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(
  JSON.stringify({
    waiting: nWaiting,
    agents: nAgents,
    output: asMap ? 'map' : 'table',
    events: nEvents,
    p50_ms: +q(0.5).toFixed(2),
    p99_ms: +q(0.99).toFixed(2),
    max_ms: +times[times.length - 1]!.toFixed(2),
    mean_ms: +(times.reduce((s, x) => s + x, 0) / times.length).toFixed(2),
    cpu_p50_ms: +cpuTimes.sort((x, y) => x - y)[cpuTimes.length >> 1]!.toFixed(2),
    dispatch_p50_ms: +planTimes.sort((x, y) => x - y)[planTimes.length >> 1]!.toFixed(2),
  }),
);
