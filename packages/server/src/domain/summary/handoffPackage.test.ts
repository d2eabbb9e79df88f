import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HandoffPackage } from '@baton/protocol';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { buildSkillClassifier } from '../escalation/skill.js';
import type { EscalationDecision, TranscriptEntry } from '../pipelineTypes.js';
import { buildHandoffPackage, composeSummary, MAX_SUMMARY_CHARS, rebuildHandoffPackage, withNewFacts } from './handoffPackage.js';
import { messageSentiment, sentimentLabel } from './sentiment.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const classifier = buildSkillClassifier(demo.config);

const transcript: TranscriptEntry[] = [
  { seq: 1, authorType: 'visitor', body: 'my refund for order LL-290374 still hasnt shown up, it was €89,00 for the Moor throw', meta: {} },
  { seq: 2, authorType: 'bot', body: 'Refunds take…', meta: { kind: 'answer', articleId: 'refunds', articleTitle: 'Refunds: how long they take', confidence: 0.8 } },
  { seq: 3, authorType: 'visitor', body: 'yes i know the article. it has been 12 working days. this is a joke', meta: {} },
];
const decision: EscalationDecision = {
  reason: 'frustration', reasonDetail: 'Customer is frustrated (insult)', evidence: transcript[2]!.body, evidenceSeq: 3,
  skill: 'billing', language: 'en', priority: 0, confidence: 0.8,
};

describe('handoff package', () => {
  const pkg = buildHandoffPackage(demo, { transcript, customer: { name: 'Rachel Adams', tier: 'standard' }, decision, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);

  it('matches the protocol schema', () => {
    expect(HandoffPackage.safeParse(pkg).success).toBe(true);
  });

  it("says whether the team writes the customer's language (the demo team writes English and Spanish)", () => {
    expect(pkg.teamWritesLanguage).toBe(true);
    const de = buildHandoffPackage(demo, { transcript, customer: {}, decision: { ...decision, language: 'de' }, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(de.teamWritesLanguage).toBe(false);
    const es = buildHandoffPackage(demo, { transcript, customer: {}, decision: { ...decision, language: 'es-MX' }, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(es.teamWritesLanguage).toBe(true);
  });

  it('summarises who, why, what and what the bot tried within 400 characters', () => {
    expect(pkg.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(pkg.summary).toContain('Rachel Adams');
    expect(pkg.summary).toContain('LL-290374');
    expect(pkg.summary).toContain('Refunds: how long they take');
    expect(pkg.skillName).toBe('Billing');
  });

  it('collects facts from all customer messages and what the bot tried', () => {
    expect(pkg.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['LL-290374', '€89,00', 'Moor', '12 working days']));
    expect(pkg.botTried).toEqual([{ question: transcript[0]!.body, articleId: 'refunds', articleTitle: 'Refunds: how long they take', answered: true }]);
  });

  it('lists what is wrong as a problem fact, which the summary leaves to the quote', () => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'The throw from order LL-290374 arrived with a long tear along the hem and the lamp flashes red three times. I want a refund of €89,00 now or I file a chargeback.', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'high_stakes', reasonDetail: 'Chargeback threat', evidence: t[0]!.body, evidenceSeq: 1 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: { name: 'Rachel Adams', tier: 'standard' }, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.facts.filter((f) => f.kind === 'problem').map((f) => f.value)).toEqual(['long tear along the hem', 'flashes red three times']);
    expect(p.summary).toMatch(/Key facts: [^.]*LL-290374/);
    expect(/Key facts: [^.]*tear/.test(p.summary)).toBe(false);
  });

  it('lists what the customer asked the shop for where the bot could not say, not what it answered', () => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Could you engrave the back of the frame with our wedding date?', meta: {} },
      { seq: 2, authorType: 'bot', body: "I'm not sure I can answer that.", meta: { kind: 'unknown' } },
      { seq: 3, authorType: 'visitor', body: 'So do you offer an engraving service or not? Can you gift-wrap it too?', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'repeated_failure', reasonDetail: 'No answer twice', evidence: t[2]!.body, evidenceSeq: 3 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: { name: 'Rachel Adams', tier: 'standard' }, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.facts.filter((f) => f.kind === 'request').map((f) => f.value)).toEqual(['engrave the back', 'engraving service', 'gift-wrap it']);
    expect(p.summary).not.toContain('Key facts: engrave');
    const answered = buildHandoffPackage(demo, { transcript: t.map((e) => (e.seq === 2 ? { ...e, meta: { kind: 'answer', articleId: 'x', articleTitle: 'X', confidence: 0.9 } } : e)), customer: {}, decision: { ...d, evidenceSeq: 0 }, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(answered.facts.filter((f) => f.kind === 'request')).toEqual([]);
  });

  it('tracks sentiment per customer message', () => {
    expect(pkg.sentimentTrend).toHaveLength(2);
    for (const v of pkg.sentimentTrend) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    expect(pkg.sentimentTrend[1]!).toBeLessThan(pkg.sentimentTrend[0]!);
    expect(['negative', 'very_negative']).toContain(pkg.sentiment);
    expect(pkg.updatedAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('lists what the KB lacks from the questions it could not answer, the longer phrase kept, the name left out', () => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: "Hi, it's Sarah Kowalczyk here, do you do engraving?", meta: {} },
      { seq: 2, authorType: 'bot', body: "I'm not sure…", meta: { kind: 'unknown' } },
      { seq: 3, authorType: 'visitor', body: 'I mean an engraving service on the lamp base', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'repeated_failure', reasonDetail: 'x', evidence: t[2]!.body, evidenceSeq: 3 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: { name: 'Sarah Kowalczyk' }, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    const topics = p.facts.filter((f) => f.kind === 'topic').map((f) => f.value);
    expect(topics).toContain('engraving service');
    expect(topics).not.toContain('engraving');
    expect(topics.join(' ')).not.toMatch(/Sarah|Kowalczyk|mean/);
    expect(HandoffPackage.safeParse(p).success).toBe(true);
  });

  it('reads what the KB lacks in questions an article was sent for, after the unanswered ones', () => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Can I buy a replacement hinge bracket for the lamp on its own?', meta: {} },
      { seq: 2, authorType: 'bot', body: 'Returns…', meta: { kind: 'answer', articleId: 'returns', articleTitle: 'Returns', confidence: 0.6 } },
      { seq: 3, authorType: 'visitor', body: 'Not a return. Do you sell the part separately or not?', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'repeated_failure', reasonDetail: 'x', evidence: t[2]!.body, evidenceSeq: 3 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.facts.filter((f) => f.kind === 'topic').map((f) => f.value).join(' | ')).toMatch(/hinge bracket/);
    // A question the article settled has nothing the KB lacks: no topic from it.
    const settled: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'How long do refunds take?', meta: {} },
      { seq: 2, authorType: 'bot', body: 'Refunds take…', meta: { kind: 'answer', articleId: 'refunds', articleTitle: 'Refunds', confidence: 0.9 } },
      { seq: 3, authorType: 'visitor', body: 'ok, can I talk to a person please', meta: {} },
    ];
    const q = buildHandoffPackage(demo, { transcript: settled, customer: {}, decision: { ...decision, reason: 'explicit_request', evidenceSeq: 3 }, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(q.facts.filter((f) => f.kind === 'topic')).toEqual([]);
  });

  it("names no key fact another one holds, so the room goes to the customer's words", () => {
    const t: TranscriptEntry[] = [{ seq: 1, authorType: 'visitor', body: 'Please invoice our Leeds office, not Leeds HQ. It was a $480 order, order LL-290374.', meta: {} }];
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: { ...decision, evidenceSeq: 1 }, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    const key = /Key facts: ([^.]*)\./.exec(p.summary)?.[1] ?? '';
    expect(key).toContain('Leeds office');
    expect(key.split(', ')).not.toContain('Leeds');
    expect(p.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['Leeds office', '$480 order', 'LL-290374']));
  });

  it('does not list the request for a person as a topic the KB lacks', () => {
    const t: TranscriptEntry[] = [{ seq: 1, authorType: 'visitor', body: 'Can I talk to a person about my delivery slot?', meta: {} }];
    const d: EscalationDecision = { ...decision, reason: 'explicit_request', reasonDetail: 'Customer asked for a person', evidence: t[0]!.body, evidenceSeq: 1 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    // A newcomer's console showed "Topic: talk".
    expect(p.facts.filter((f) => f.kind === 'topic').map((f) => f.value.toLowerCase()).join(' ')).not.toMatch(/talk|person/);
  });

  it('keeps the words that made it urgent, as typed', () => {
    const t: TranscriptEntry[] = [{ seq: 1, authorType: 'visitor', body: 'Wenn das nicht geklärt wird, gehe ich zur Verbraucherzentrale.', meta: {} }];
    const d: EscalationDecision = { ...decision, reason: 'high_stakes', reasonDetail: 'High stakes: legal threat ("verbraucherzentrale")', evidence: t[0]!.body, evidenceSeq: 1 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.facts.map((f) => f.value)).toContain('Verbraucherzentrale');
  });

  it('keeps the amount with a quote that stopped at the currency sign (a chip read "Topic: charge of €")', () => {
    const t: TranscriptEntry[] = [{ seq: 1, authorType: 'visitor', body: 'There is a charge of €412.80 from you that was not me!', meta: {} }];
    const d: EscalationDecision = { ...decision, reason: 'high_stakes', reasonDetail: 'High stakes: fraud ("charge of €")', evidence: t[0]!.body, evidenceSeq: 1 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    const values = p.facts.map((f) => f.value);
    expect(values).not.toContain('charge of €');
    expect(values.some((v) => v.includes('€412.80'))).toBe(true);
  });

  it('names the problem the bot could not settle as the intent and quotes it, not only the answered opening', () => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Do you ship to the United States?', meta: {} },
      { seq: 2, authorType: 'bot', body: 'We don’t deliver outside Europe.', meta: { kind: 'answer', articleId: 'shipping', articleTitle: 'Shipping and delivery' } },
      { seq: 3, authorType: 'visitor', body: 'My lamp arrived with a cracked base', meta: {} },
      { seq: 4, authorType: 'bot', body: "I'm not sure…", meta: { kind: 'unknown' } },
      { seq: 5, authorType: 'visitor', body: 'can I talk to someone please', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'explicit_request', reasonDetail: 'Customer asked for a person', evidence: t[4]!.body, evidenceSeq: 5 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.intent).toBe('My lamp arrived with a cracked base');
    expect(p.summary).toContain('"My lamp arrived with a cracked base"');
    expect(p.summary).not.toContain('talk to someone');
  });

  it('after a hand-back, a new escalation is a new case: intent, facts and quotes come from what followed', () => {
    const before: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Order LL-111111 arrived broken, code WINTER20 did not work either', meta: {} },
      { seq: 2, authorType: 'agent', body: 'Sorted, a replacement is on its way.', meta: {} },
      { seq: 3, authorType: 'bot', body: 'Alex has marked this conversation as resolved…', meta: { kind: 'handback' } },
      { seq: 4, authorType: 'bot', body: 'How did we do?', meta: { kind: 'csat_request' } },
      { seq: 5, authorType: 'visitor', body: '5', meta: {} },
      { seq: 6, authorType: 'bot', body: 'Thanks for rating us 5/5!', meta: { kind: 'info' } },
      { seq: 7, authorType: 'visitor', body: 'One more thing: I need an invoice for LL-222222, can someone help?', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'explicit_request', reasonDetail: 'Customer asked for a person', evidence: before[6]!.body, evidenceSeq: 7 };
    const p = buildHandoffPackage(demo, { transcript: before, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.intent).toBe('One more thing: I need an invoice for LL-222222, can someone help?');
    expect(p.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['LL-222222']));
    expect(p.facts.map((f) => f.value).join(' ')).not.toMatch(/LL-111111|WINTER20/);
    expect(p.summary).not.toMatch(/broken|"5"/);
    // Not "the bot had not answered yet", as for a new customer: a person settled an earlier case here.
    expect(p.summary).toContain('A person resolved an earlier case in this chat (rated 5/5); the bot had not answered since.');
    expect(p.summary).not.toContain('had not answered yet');
    // A rating that carries a complaint is part of the new case.
    const withComment = before.map((e) => (e.seq === 5 ? { ...e, body: '1, the replacement LL-333333 is broken too' } : e));
    const q = buildHandoffPackage(demo, { transcript: withComment, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(q.facts.map((f) => f.value)).toContain('LL-333333');
    // Facts typed later in this case join it; the earlier case's do not come back.
    const later = [...before, { seq: 8, authorType: 'visitor' as const, body: 'billing email is jo@example.com', meta: {} }];
    expect(withNewFacts(demo, p, later)?.facts.map((f) => f.value)).toEqual([...p.facts.map((f) => f.value), 'jo@example.com']);
  });

  it('keeps very long conversations under the limit', () => {
    const long = 'word '.repeat(300);
    const s = composeSummary({ lead: 'Someone with a very long name asked to talk to a person; routed to Orders', quotes: [long, long], facts: Array.from({ length: 30 }, (_, i) => `fact-${i}`), tried: 'Bot sent "A", "B" and "C".' });
    expect(s.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
  });

  it('scores sentiment sensibly', () => {
    expect(messageSentiment('perfect, thank you so much!')).toBeGreaterThan(0);
    expect(messageSentiment('this is a scam, garbage service')).toBeLessThan(-0.5);
    expect(messageSentiment('fantastic. really great. my trip is ruined')).toBeLessThan(0);
    expect(sentimentLabel([0.5, 0.4])).toBe('positive');
    expect(sentimentLabel([])).toBe('neutral');
  });
});

describe('withNewFacts', () => {
  const pkg = { facts: [{ kind: 'amount', value: '€120' }, { kind: 'quantity', value: '12 lamps' }] } as unknown as HandoffPackage;
  it('a new "€12" or "2 lamps" is not dropped because an older fact contains it as a substring', () => {
    const t: TranscriptEntry[] = [{ seq: 9, authorType: 'visitor', body: 'also a €12 delivery fee, and 2 lamps are missing', meta: {} }];
    expect(withNewFacts(demo, pkg, t)?.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['€12', '2 lamps']));
  });
});

describe('handoff package intent on a frustration trigger', () => {
  it('is the refund problem, not the outburst that triggered the handoff', () => {
    // The file's transcript: a refund question, an answer, then "yes i know the article… this is a joke".
    const p = buildHandoffPackage(demo, { transcript, customer: {}, decision, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.intent).toMatch(/refund/);
  });
});

describe('handoff package: a repeated failure counts the attempt that made it one', () => {
  it('lists the unanswered trigger in "what the bot tried" (2 misses, as the reason says), and the summary gives no count of its own', () => {
    const t: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'do you do engraving?', meta: {} },
      { seq: 2, authorType: 'bot', body: "I'm not sure…", meta: { kind: 'unknown' } },
      { seq: 3, authorType: 'visitor', body: 'I mean an engraving service on the lamp base', meta: {} },
    ];
    const d: EscalationDecision = { ...decision, reason: 'repeated_failure', reasonDetail: 'The help articles had no answer 2 times', evidence: t[2]!.body, evidenceSeq: 3 };
    const p = buildHandoffPackage(demo, { transcript: t, customer: {}, decision: d, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
    expect(p.botTried.map((b) => [b.question, b.answered])).toEqual([
      ['do you do engraving?', false],
      ['I mean an engraving service on the lamp base', false],
    ]);
    // The summary's lead says it ("asked more than once about something the help articles do not cover"); no count
    // that could disagree with the reason's.
    expect(p.summary).toContain('asked more than once about something the help articles do not cover');
    expect(p.summary).not.toMatch(/found no article/);
  });
});

describe('a package rebuilt at a transfer', () => {
  const withAgent: TranscriptEntry[] = [
    ...transcript,
    { seq: 4, authorType: 'system', body: 'Connecting you to the Billing team…', meta: { kind: 'handoff' } },
    { seq: 5, authorType: 'agent', body: 'Hi Rachel, I am Alex. Let me look.', meta: {} },
    { seq: 6, authorType: 'visitor', body: 'the bank says the money went to a card ending 4417 that I closed in March', meta: {} },
    { seq: 7, authorType: 'visitor', body: 'thanks', meta: {} },
  ];
  const first = buildHandoffPackage(demo, { transcript, customer: { name: 'Rachel Adams' }, decision, nowIso: '2025-03-01T10:00:00.000Z' }, classifier);
  const toTeam = { from: 'Alex Rivera', fromAgentId: 'a1', to: 'Orders', toSkill: 'orders', toAgentId: null, note: 'card closed', at: '2025-03-01T10:05:00.000Z' };
  const moved = { ...first, skill: 'orders', skillName: 'Orders', transfers: [toTeam] };
  const input = { transcript: withAgent, customer: { name: 'Rachel Adams' }, nowIso: '2025-03-01T10:06:00.000Z' };

  it('says who sent it to which team and quotes what the customer last told the first agent (not their thanks)', () => {
    const pkg = rebuildHandoffPackage(demo, moved, input, classifier);
    expect(pkg.summary).toMatch(/^Rachel Adams is frustrated with the answers so far; Alex Rivera transferred it to the Orders team\. They wrote: /);
    expect(pkg.summary).toContain('"the bank says the money went to a card ending 4417 that I closed in March"');
    expect(pkg.summary).not.toContain('routed to');
    expect(pkg.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(pkg).toMatchObject({ skill: 'orders', skillName: 'Orders', reason: 'frustration', evidence: first.evidence, reasonDetail: first.reasonDetail, transfers: [toTeam] });
    expect(HandoffPackage.safeParse(pkg).success).toBe(true);
  });

  it('names the colleague for a transfer to a named agent', () => {
    const toSam = { ...toTeam, to: 'Sam Lee', toSkill: null, toAgentId: 'a2' };
    const pkg = rebuildHandoffPackage(demo, { ...first, transfers: [toTeam, toSam] }, input, classifier);
    expect(pkg.summary).toMatch(/; Alex Rivera transferred it to Sam Lee\./);
  });

  it('without a transfer, quotes only what was written before the hand-off, as at escalation', () => {
    const pkg = rebuildHandoffPackage(demo, first, input, classifier);
    expect(pkg.summary).toMatch(/; routed to Billing\./);
    // The later message's card digits may join the key facts (kept current in the queue); its words are not quoted.
    expect(pkg.summary).not.toContain('the money went to a card');
  });
});
