import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { createBotPipeline } from './pipeline.js';
import { tagEnglish } from '../site/englishTagger.js';
import { answerabilityModel } from '../site/botModels.js';
import { SUGGEST_OPENING } from './bot/answer.js';
import type { TranscriptEntry, TurnOutput } from './pipelineTypes.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../sites/demo', import.meta.url)), 'demo');
const pipeline = createBotPipeline(demo);

/** Replays customer turns with the bot replying in between; stops at the first escalation. */
function replay(turns: string[], customer = {}): { outputs: TurnOutput[]; transcript: TranscriptEntry[] } {
  const transcript: TranscriptEntry[] = [];
  const outputs: TurnOutput[] = [];
  let seq = 0;
  for (const body of turns) {
    transcript.push({ seq: ++seq, authorType: 'visitor', body, meta: {} });
    const out = pipeline.handleTurn({ transcript, customer, state: 'bot' });
    outputs.push(out);
    if (out.reply) transcript.push({ seq: ++seq, authorType: 'bot', body: out.reply.text, meta: { kind: out.reply.kind, articleId: out.reply.articleId, articleTitle: out.reply.articleTitle } });
    if (out.escalation) break;
  }
  return { outputs, transcript };
}

describe('bot pipeline', () => {
  it('answers covered questions without escalating', () => {
    const { outputs } = replay(['Where is my order?', 'How long do refunds take?', 'thanks!']);
    expect(outputs.map((o) => o.reply?.kind)).toEqual(['answer', 'answer', 'info']);
    expect(outputs.every((o) => o.escalation === null)).toBe(true);
  });

  it('waits for the question after "hey quick q" or "omg", and counts no failed attempt for it (session 30)', () => {
    const first = replay(['hey quick q', 'Where is my order?']);
    expect(first.outputs.map((o) => o.reply?.text)).toEqual(['Okay! What would you like to know?', expect.any(String)]);
    expect(first.outputs[1]!.reply?.kind).toBe('answer');
    const burst = replay(['omg', 'Do you sell garden furniture?', 'I mean outdoor chairs and tables for a patio']);
    expect(burst.outputs[1]!.escalation).toBeNull();
    expect(burst.outputs[2]!.escalation).toMatchObject({ reason: 'repeated_failure' });
  });

  it('answers a thing named alone when the help centre has it, and reads a problem after a greeting as the question (session 30)', () => {
    expect(replay(['my gift card']).outputs[0]!.reply?.kind).toBe('answer');
    expect(replay(['hi', 'my tent collapsed in the wind last night']).outputs[1]!.reply?.text).not.toBe('Okay! What would you like to know?');
    // Chat shorthand for the account ("acct") finds the account article.
    expect(replay(['locked out of my acct']).outputs[0]!.reply?.kind).toBe('answer');
    // "ugh" right after a miss is no fresh start.
    expect(replay(['Do you sell garden furniture?', 'ugh']).outputs[1]!.reply?.text).not.toBe('Okay! What would you like to know?');
  });

  it('waits for the rest of a message that trails off and reads the two as one (session 31)', () => {
    const { outputs } = replay(['hey can u put me thru to', 'someone in billing, my bill for NW-227781 is 40 euro more than the order']);
    // Half a sentence gets no guess from the articles (it got the battery-safety article) and no "not sure".
    expect(outputs[0]).toEqual({ reply: null, escalation: null });
    expect(outputs[1]!.escalation).toMatchObject({ reason: 'explicit_request', evidenceSeq: 2 });
    // The rest of a question is answered as the whole question.
    const split = replay(['how long do refunds take if i paid with my', 'paypal account?']);
    expect(split.outputs[0]!.reply).toBeNull();
    expect(split.outputs[1]!.reply?.kind).toBe('answer');
    // An emergency in the first half is not held back.
    expect(replay(['my power bank is smoking and']).outputs[0]!.escalation).toMatchObject({ reason: 'high_stakes' });
  });

  it("lets a VIP set the scene after a greeting: no hand-off before a question (session 30)", () => {
    const { outputs } = replay(['hey', "we're getting married in june 💍"], { tier: 'vip' });
    expect(outputs.map((o) => o.escalation)).toEqual([null, null]);
    expect(outputs[1]!.reply?.text).toBe('Okay! What would you like to know?');
  });

  it('says unknown once, then hands off on the second failed attempt', () => {
    const { outputs } = replay(['Do you sell garden furniture?', 'I mean outdoor chairs and tables for a patio']);
    expect(outputs[0]!.reply?.kind).toBe('unknown');
    expect(outputs[0]!.escalation).toBeNull();
    expect(outputs[1]!.escalation).toMatchObject({ reason: 'repeated_failure' });
    expect(outputs[1]!.reply).toMatchObject({ kind: 'handoff' });
    expect(outputs[1]!.reply!.text).toMatch(/^I'm connecting you with our \w+ team\.$/);
  });

  it('hands a VIP off at the first unanswerable question', () => {
    const { outputs } = replay(['Do you sell garden furniture?'], { tier: 'vip' });
    expect(outputs[0]!.escalation).toMatchObject({ reason: 'rule', priority: 1 });
  });

  it("shows a VIP the passage the answerability model rates likely (hedged) instead of handing off on a 'not sure'", () => {
    // "lamp buzzes": product care at confidence 0.13, the shipped model's p ≈ 0.71 (over its first-miss bar of 0.7,
    // under its usual rescue of 0.95).
    const judged = createBotPipeline(demo, undefined, tagEnglish, { answerability: answerabilityModel });
    const turn = (tier: string, state: 'bot' | 'queued') =>
      judged.handleTurn({ transcript: [{ seq: 1, authorType: 'visitor', body: 'lamp buzzes', meta: {} }], customer: { tier }, state });
    const vip = turn('vip', 'bot');
    expect(vip.escalation).toBeNull();
    expect(vip.reply).toMatchObject({ kind: 'answer', articleId: 'product-care' });
    expect(vip.reply!.text.startsWith(SUGGEST_OPENING)).toBe(true);
    // A standard customer's miss hands nobody off: the usual bar, "not sure".
    expect(turn('standard', 'bot').reply).toMatchObject({ kind: 'unknown' });
    // Queued, nothing is at stake: the bot only helps when it is sure.
    expect(turn('vip', 'queued').reply).toBeNull();
  });

  it('honours an explicit request and builds a package', () => {
    const { outputs, transcript } = replay(['my Halden 3 lamp arrived with a cracked base, order LL-204816', 'can I talk to a person?'], { name: 'Sam' });
    const decision = outputs[1]!.escalation!;
    expect(decision).toMatchObject({ reason: 'explicit_request', skill: 'orders', language: 'en' });
    const pkg = pipeline.buildPackage({ transcript, customer: { name: 'Sam' }, decision, nowIso: '2025-01-01T00:00:00.000Z' });
    expect(pkg.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['LL-204816', 'Halden 3 lamp']));
    expect(pkg.summary.length).toBeLessThanOrEqual(400);
  });

  it('routes a Spanish message to a person in Spanish', () => {
    const { outputs } = replay(['hola, quiero devolver la lámpara, el pedido LL-118204 llegó roto']);
    expect(outputs[0]!.escalation).toMatchObject({ reason: 'language', language: 'es' });
    expect(outputs[0]!.reply!.text).toMatch(/^Te paso con/);
  });

  it('while queued: helps from the KB when confident, marked as such, otherwise stays silent, never escalates', () => {
    const t = (body: string): TranscriptEntry[] => [{ seq: 1, authorType: 'visitor', body, meta: {} }];
    const helped = pipeline.handleTurn({ transcript: t('How long do refunds take?'), customer: {}, state: 'queued' });
    expect(helped.escalation).toBeNull();
    expect(helped.reply?.kind).toBe('answer');
    expect(helped.reply?.text).toMatch(/^While you wait/);
    const silent = pipeline.handleTurn({ transcript: t('my neighbour\'s cat is called Biscuit'), customer: {}, state: 'offered' });
    expect(silent).toEqual({ reply: null, escalation: null });
  });

  it('while queued: asked for a person again or nudged, says they are still in the queue, once until it says something else', () => {
    // "still waiting" was answered with the demo's refunds article (its section "Still waiting?"), and the agent read it as tried.
    for (const body of ['get me a human NOW, this is a scam', 'Can I talk to a person please?', 'hello?? anyone there?', 'how long until someone answers?', 'still waiting', 'Still waiting...', 'hello? still waiting for someone', 'still waiting for a person to reply', 'any update? still waiting on the team', 'any news?']) {
      const out = pipeline.handleTurn({ transcript: [{ seq: 1, authorType: 'visitor', body, meta: {} }], customer: {}, state: 'queued' });
      expect(out, body).toEqual({ reply: { kind: 'info', text: "You're still in the queue, and the team will read everything you write here." }, escalation: null });
    }
    const said: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'hello?', meta: {} },
      { seq: 2, authorType: 'bot', body: "You're still in the queue, and the team will read everything you write here.", meta: { kind: 'info' } },
      { seq: 3, authorType: 'visitor', body: 'hello??', meta: {} },
    ];
    expect(pipeline.handleTurn({ transcript: said, customer: {}, state: 'queued' }).reply).toBeNull();
  });

  it('while queued: a question that only mentions the wait still goes to the KB', () => {
    const reply = (body: string) => pipeline.handleTurn({ transcript: [{ seq: 1, authorType: 'visitor', body, meta: {} }], customer: {}, state: 'queued' }).reply;
    expect(reply('still waiting for my refund, how long does it take?')?.kind).toBe('answer');
    expect(reply('any update on my refund? how long does it take?')?.kind).toBe('answer');
    expect(reply('still waiting for the team to tell me how long refunds take')?.kind).toBe('answer');
  });
  // Cost per turn is measured by `pnpm bench bot` (p50/p99 printed), not asserted here: a timed test fails on a
  // loaded machine and passes on a broken one that is merely fast.
});

describe('bot pipeline: a customer writing Spanish or German while queued', () => {
  const queued = (...bodies: string[]): TranscriptEntry[] => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Hola, necesito ayuda con un pedido', meta: {} },
      { seq: 2, authorType: 'bot', body: 'Te paso con nuestro equipo de Orders. …', meta: { kind: 'handoff' } },
    ];
    for (const body of bodies) t.push({ seq: t.length + 1, authorType: body.startsWith('BOT:') ? 'bot' : 'visitor', body: body.replace(/^BOT:/, ''), meta: {} });
    return t;
  };

  it('gets no English article for a stray word, but once, in their language, that the team reads on', () => {
    const first = pipeline.handleTurn({ transcript: queued('¿Cuánto cuesta el envío a España?'), customer: {}, state: 'queued' });
    expect(first.reply).toMatchObject({ kind: 'info' });
    expect(first.reply!.text).toMatch(/^Sigues en la cola/);
    const again = pipeline.handleTurn({ transcript: queued('¿Cuánto cuesta el envío a España?', `BOT:${first.reply!.text}`, '¿Hola? ¿Hay alguien?'), customer: {}, state: 'queued' });
    expect(again.reply).toBeNull();
    // The demo team speaks English and Spanish: no promise of a reply in German.
    const german = pipeline.handleTurn({ transcript: queued('Wie lange dauert eine Rückerstattung?'), customer: {}, state: 'queued' });
    expect(german.reply?.text ?? '').not.toMatch(/Warteschlange|Deutsch/);
    expect(german.escalation).toBeNull();
    // An English customer's single foreign word is no switch of language.
    const english: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'My order has not arrived, can I talk to a person?', meta: {} },
      { seq: 2, authorType: 'bot', body: "I'm connecting you…", meta: { kind: 'handoff' } },
      { seq: 3, authorType: 'visitor', body: 'ok gracias', meta: {} },
    ];
    expect(pipeline.handleTurn({ transcript: english, customer: {}, state: 'queued' }).reply?.text ?? '').not.toMatch(/Sigues en la cola/);
  });

  it('an English question while queued is still answered from the KB', () => {
    expect(pipeline.handleTurn({ transcript: queued('How long do refunds take?'), customer: {}, state: 'queued' }).reply).toMatchObject({ kind: 'answer' });
  });
});

describe('bot pipeline: a VIP who asks for a person', () => {
  it('is a request when what is asked besides it is something the KB settles; the VIP rule when it is not', () => {
    const vip = { tier: 'vip' };
    const returning = replay(['Please hand me over to a member of staff about returning my Halden 3 lamp.'], vip).outputs[0]!;
    expect(returning.escalation).toMatchObject({ reason: 'explicit_request' });
    // Spelled as chat spells it, or with a typo: the same request, taken out the same way.
    for (const m of ['Please put me thru to a person about returning my Halden 3 lamp.', 'Please put me through to a persn about returning my Halden 3 lamp.', 'Please hand me over to a  member of staff about returning my Halden 3 lamp.']) {
      expect(replay([m], vip).outputs[0]!.escalation, m).toMatchObject({ reason: 'explicit_request' });
    }
    const hold = replay(['Connect me to a person please: can you engrave our initials on the Halden 3 lamp base?'], vip).outputs[0]!;
    expect(hold.escalation).toMatchObject({ reason: 'rule' });
  });
});

describe('bot pipeline: back with the bot after a hand-off in Spanish', () => {
  const turn = (body: string): TranscriptEntry[] => [{ seq: 1, authorType: 'visitor', body, meta: {} }];

  it("small talk and 'not sure' follow the conversation's language while the customer writes in it", () => {
    const es = (body: string) => pipeline.handleTurn({ transcript: turn(body), customer: {}, state: 'bot', language: 'es' }).reply;
    expect(es('Muchas gracias')?.text).toBe('¡De nada! ¿Te puedo ayudar en algo más?');
    // The same words with no language set, and English in a Spanish conversation, stay English.
    expect(pipeline.handleTurn({ transcript: turn('Muchas gracias'), customer: {}, state: 'bot' }).reply?.text).toMatch(/^You're welcome!/);
    expect(es('thanks a lot!')?.text).toMatch(/^You're welcome!/);
    expect(pipeline.handleTurn({ transcript: turn('Vielen Dank'), customer: {}, state: 'bot', language: 'de-AT' }).reply?.text).toMatch(/^Gern geschehen!/);
  });

  it('held back by a loop guard: a KB answer as such (not "while you wait"), else "not sure" in their language', () => {
    const held = (body: string, language: string | null) => pipeline.heldBack({ transcript: turn(body), customer: {}, state: 'bot', language });
    const answer = held('How long do refunds take?', 'es');
    expect(answer.kind).toBe('answer');
    expect(answer.text).not.toMatch(/While you wait/);
    expect(held('¿Y hacéis envíos a Canarias en barco?', 'es')).toMatchObject({ kind: 'unknown', text: expect.stringMatching(/^No estoy seguro/) });
    expect(held('Do you sell garden furniture?', 'es').text).toMatch(/^I'm not sure/);
    expect(held('Do you sell garden furniture?', null).text).toMatch(/^I'm not sure/);
  });
});

describe('bot pipeline: a VIP writing in a language the help articles are not in', () => {
  const vip = { tier: 'vip' };
  it('is handed off for the language when the articles answer what is asked, whatever words of theirs the glossary lacks', () => {
    for (const m of ['Hola, soy clienta desde hace años. ¿Cuánto tarda en llegar el reembolso a PayPal? Devolví una lámpara del pedido LL-118204.', '¿Cómo cambio mi contraseña de la cuenta? La olvidé ayer.']) {
      expect(replay([m], vip).outputs[0]!.escalation, m).toMatchObject({ reason: 'language', language: 'es' });
    }
  });
  it('is handed off for the VIP rule when they ask what the articles do not cover', () => {
    const out = replay(['Hola, ¿vendéis muebles de jardín? Busco sillas para la terraza.'], vip).outputs[0]!;
    expect(out.escalation).toMatchObject({ reason: 'rule', language: 'es' });
  });
});

describe('bot pipeline: the question an answer left open (session 29)', () => {
  const first = 'How long does a refund take to reach my card? And do you engrave the brass lamps?';
  it('asking again what the KB had nothing on, after an answer to the other question, is a repeated failure', () => {
    const { outputs } = replay([first, 'About the engraving, could you engrave initials on the brass lamp base?']);
    expect(outputs[0]!.reply?.kind).toBe('answer');
    expect(outputs[1]!.escalation?.reason).toBe('repeated_failure');
  });
  it('a follow-up on the answered question is not', () => {
    const { outputs } = replay([first, 'Thanks. What about the refund for shipping, do I get that back?']);
    expect(outputs[1]!.escalation).toBeNull();
  });
  it('nor is taking the answer without asking again', () => {
    const { outputs } = replay([first, 'Great, thanks. The engraving was just a thought.']);
    expect(outputs[1]!.escalation).toBeNull();
  });
});
