/**
 * `pnpm --filter @baton/server bench:bot [--site DIR] [--conversations N] [--seed S]`: the cost of one
 * customer message through the full bot pipeline without an LLM — KB retrieval and answer, every
 * escalation detector, intent → skill, the handoff decision — i.e. `createBotPipeline(site).handleTurn`,
 * over realistic multi-turn conversations generated here (questions, follow-ups, rephrasings after a
 * miss, frustration, explicit requests, es/de, VIP tiers, order numbers and amounts). Messages sent
 * after a handoff go through the 'queued' path like in the server. `--best-of N` times each message N
 * times, each from empty text caches (common/memo.ts), and keeps the fastest (the pipeline's own cost, without GC pauses or a busy machine). Prints p50/p95/p99/max ms per
 * message (after a JIT warm-up) and messages per second; also the one-off pipeline build time and the
 * handoff-package build time. Last, the slowest messages a customer could send on purpose (4,000 characters, the
 * limit, of one repeated pattern: a single huge word, whitespace, digits, punctuation): a message whose cost grows
 * with the square of its length holds the event loop for every site on the node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { botEntry, createBotPipeline } from '../domain/pipeline.js';
import type { TranscriptEntry } from '../domain/pipelineTypes.js';
import { seededRandom } from '../domain/common/random.js';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { isEnglishWord } from '../site/englishWords.js';
import { tagEnglish } from '../site/englishTagger.js';
import { botModels } from '../site/botModels.js';
import { clearTextCaches } from '../domain/common/memo.js';

const { values } = parseArgs({
  options: { site: { type: 'string' }, conversations: { type: 'string' }, seed: { type: 'string' }, warmup: { type: 'string' }, 'best-of': { type: 'string' } },
});
const here = path.dirname(fileURLToPath(import.meta.url));
const siteDir = values.site ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.site) : path.resolve(here, '../../../../sites/demo');
const nConversations = Number(values.conversations ?? 2000);
const warmupConversations = Number(values.warmup ?? 200);
/** Time each message N times and keep the fastest: the pipeline's own cost without GC pauses or a busy machine. */
const bestOf = Math.max(1, Number(values['best-of'] ?? 1));
const rand = seededRandom(Number(values.seed ?? 7));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const site = loadSiteFolder(siteDir, path.basename(siteDir));
const b0 = performance.now();
const pipeline = createBotPipeline(site, isEnglishWord, tagEnglish, botModels);
const buildMs = performance.now() - b0;

// --- Conversation generator ------------------------------------------------------------------
const orderNo = () => `LL-${100000 + Math.floor(rand() * 900000)}`;
const amount = () => `€${Math.floor(20 + rand() * 480)}`;
const product = () => pick(['the Ember 2 bulb', 'the Moor throw', 'a linen duvet cover', 'the Halo pendant', 'the Dune floor lamp', 'the waffle towels']);

/** Opening questions, most answerable from the help articles, some not. */
const openers: (() => string)[] = [
  () => `hi, where is my order ${orderNo()}? it was supposed to arrive yesterday`,
  () => 'how long does shipping to Germany take?',
  () => `can I still change the delivery address for ${orderNo()}?`,
  () => `I want to return ${product()}, how does that work?`,
  () => 'how long do refunds usually take?',
  () => 'do you accept paypal or klarna?',
  () => 'my gift card balance looks wrong',
  () => 'how do I reset my password? the link never arrives',
  () => `${product()} flickers when I dim it, is that normal?`,
  () => 'what are your opening hours for the showroom in Utrecht?',
  () => 'how should I wash the linen sheets?',
  () => `is ${product()} covered by warranty? it stopped working after 8 months`,
  () => 'do you ship to Switzerland?',
  () => 'can I pay by invoice for my company?',
  () => 'what data do you keep about me?',
  () => `the parcel for ${orderNo()} arrived damaged, the lamp shade is crushed`,
  () => 'will the Moor throw be back in stock soon?',
  () => 'we need 40 lamps for a hotel, do you do business orders?',
  () => `I was charged twice for ${orderNo()}`,
  () => 'hola, ¿dónde está mi pedido? ya pasó una semana',
  () => 'Hallo, wie lange dauert die Lieferung nach Österreich?',
  () => 'my smart bulb won\'t connect to the app',
  () => 'can I cancel my order? I ordered the wrong size',
  () => 'do you have a discount code for first orders?',
];

/** Later turns: follow-ups, rephrasings, frustration, explicit requests, thanks. */
const followUps: (() => string)[] = [
  () => 'ok thanks, and how much does that cost?',
  () => 'and what if it is more than 30 days?',
  () => 'that doesn\'t answer my question',
  () => `the order number is ${orderNo()}`,
  () => 'I already tried that, it still doesn\'t work',
  () => 'can I talk to a person please?',
  () => 'this is ridiculous, third time I\'m asking!!',
  () => `I want my refund of ${amount()} now`,
  () => 'thanks, that helps!',
  () => 'great, one more thing: do you ship to the UK?',
  () => 'no I don\'t need a human, just tell me the return address',
  () => 'my email is jane.doe@example.com if you need it',
  () => 'still nothing. where is it?',
  () => 'if this isn\'t sorted I will contact my lawyer',
  () => 'ok',
  () => '¿me pueden devolver el dinero?',
  () => 'Ich möchte mit einem Mitarbeiter sprechen',
  () => `it's about ${product()}, bought it last month`,
];

interface Conversation {
  tier: string;
  locale: string;
  turns: string[];
}

function conversation(): Conversation {
  const n = 1 + Math.floor(rand() * 5);
  const turns = [pick(openers)()];
  while (turns.length < n) turns.push(pick(followUps)());
  return { tier: rand() < 0.1 ? 'vip' : 'standard', locale: pick(['en', 'en', 'en', 'de', 'es', 'nl']), turns };
}

// --- Run ---------------------------------------------------------------------------------------
const times: number[] = [];
const packageTimes: number[] = [];
let escalations = 0;

function run(c: Conversation, record: boolean): void {
  const customer = { name: 'Alex Example', email: 'alex@example.com', tier: c.tier, locale: c.locale };
  const transcript: TranscriptEntry[] = [];
  let seq = 0;
  let state: 'bot' | 'queued' = 'bot';
  // The generator repeats its messages across conversations, real customers do not: no cache answers from another
  // conversation (common/memo.ts), and with --best-of none from the same call timed before.
  clearTextCaches();
  for (const body of c.turns) {
    transcript.push({ seq: ++seq, authorType: 'visitor', body, meta: {} });
    if (bestOf > 1) clearTextCaches();
    const t0 = performance.now();
    const r = pipeline.handleTurn({ transcript, customer, state });
    let dt = performance.now() - t0;
    for (let k = 1; k < bestOf; k++) {
      clearTextCaches();
      const t1 = performance.now();
      pipeline.handleTurn({ transcript, customer, state });
      dt = Math.min(dt, performance.now() - t1);
    }
    if (record) times.push(dt);
    if (r.reply) {
      transcript.push(botEntry(++seq, r.reply));
    }
    if (r.escalation) {
      const p0 = performance.now();
      pipeline.buildPackage({ transcript, customer, decision: r.escalation, nowIso: '2025-03-01T10:00:00.000Z' });
      if (record) {
        packageTimes.push(performance.now() - p0);
        escalations++;
      }
      state = 'queued';
    }
  }
}

for (let i = 0; i < warmupConversations; i++) run(conversation(), false);
const w0 = performance.now();
for (let i = 0; i < nConversations; i++) run(conversation(), true);
const wallMs = performance.now() - w0;

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : 0;
};
const f = (x: number) => x.toFixed(3);
const handleTotal = times.reduce((a, b) => a + b, 0);
console.log(`site ${site.config.name}: ${site.articles.length} articles, ${site.config.skills.length} skills; pipeline built in ${buildMs.toFixed(1)} ms`);
console.log(`${nConversations} conversations, ${times.length} customer messages, ${escalations} handoffs`);
console.log(
  `handleTurn ms/message: p50=${f(q(times, 0.5))} p95=${f(q(times, 0.95))} p99=${f(q(times, 0.99))} max=${f(q(times, 1))}; ` +
    `${Math.round((times.length / handleTotal) * 1000)} messages/s (handleTurn only), ${Math.round((times.length / wallMs) * 1000)} messages/s wall${bestOf > 1 ? ` (best of ${bestOf})` : ''}`,
);
console.log(`buildPackage ms/handoff: p50=${f(q(packageTimes, 0.5))} p99=${f(q(packageTimes, 0.99))}`);

// --- Hostile messages: the limit's length of one repeated pattern --------------------------------
const HOSTILE_UNITS = ['x', 'a1-', '\n', ' ', '\t', 'a ', 'a\n', '. ', '1 ', '1.', '1,', 'a.', 'ab.', 'www.', 'a.b@', 'NW-1', 'é', 'A', 'Ab ', 'day ', 'in the name of ', 'size ', '"a', '-'];
const hostile: { unit: string; handleMs: number; packageMs: number }[] = [];
for (const unit of HOSTILE_UNITS) {
  let handleMs = Infinity;
  let packageMs = Infinity;
  for (let k = 0; k < 3; k++) {
    // A different tail each time, as an attacker would send, so no cache answers for it.
    const body = unit.repeat(Math.ceil(4000 / unit.length)).slice(0, 3993) + ' z' + 'qwxyz'.slice(k);
    const transcript: TranscriptEntry[] = [{ seq: 1, authorType: 'visitor', body, meta: {} }];
    const customer = { name: 'Alex Example', email: 'alex@example.com', tier: 'standard', locale: 'en' };
    const t0 = performance.now();
    const r = pipeline.handleTurn({ transcript, customer, state: 'bot' });
    handleMs = Math.min(handleMs, performance.now() - t0);
    const decision = r.escalation ?? { reason: 'explicit_request' as const, reasonDetail: '', evidence: body, evidenceSeq: 1, skill: site.config.skills[0]!.id, language: 'en', priority: 0, confidence: 1 };
    const p0 = performance.now();
    pipeline.buildPackage({ transcript, customer, decision: decision as never, nowIso: '2025-03-01T10:00:00.000Z' });
    packageMs = Math.min(packageMs, performance.now() - p0);
  }
  hostile.push({ unit, handleMs, packageMs });
}
hostile.sort((a, b) => b.handleMs + b.packageMs - (a.handleMs + a.packageMs));
console.log(
  `hostile 4,000-character messages, slowest first (handleTurn + buildPackage ms): ` +
    hostile.slice(0, 5).map((h) => `${JSON.stringify(h.unit)}×: ${h.handleMs.toFixed(1)} + ${h.packageMs.toFixed(1)}`).join(', '),
);
