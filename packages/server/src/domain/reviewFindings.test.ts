/** Cases a review of session 10's bot and package changes found, one `it` per defect (each failed before its fix). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { answerQuestion } from './bot/answer.js';
import { buildKnowledgeBase } from './bot/knowledgeBase.js';
import { extractFacts } from './summary/entities.js';
import { buildHandoffPackage, withNewFacts } from './summary/handoffPackage.js';
import { buildSkillClassifier } from './escalation/skill.js';
import { createBotPipeline } from './pipeline.js';
import { asksIfBot, handoffText } from './conversation/handoffMessage.js';
import type { EscalationDecision, HandoffPackage, TranscriptEntry } from './pipelineTypes.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../sites/demo', import.meta.url)), 'demo');
const kb = buildKnowledgeBase(demo.articles);
const values = (t: string) => extractFacts(t, demo).map((f) => f.value);

describe('bot: title-pair boost hijacks questions that mention "gift card"', () => {
  it.each([
    ['I was charged twice for a gift card', 'Payment methods'],
    ['my refund for the gift card order, how long does it take', 'Refunds: how long they take'],
  ])('%s -> %s (not "Using a gift card": naming an article boosts it only in a close call)', (q, title) => {
    expect(answerQuestion(kb, q).articleTitle).toBe(title);
  });
});

describe('hand-off text: "are you a bot?" answer', () => {
  const reply = (q: string) => {
    const d = createBotPipeline(demo).handleTurn({ transcript: [{ seq: 1, authorType: 'visitor', body: q, meta: {} }], customer: {}, state: 'bot' }).escalation!;
    expect(d.reason).toBe('explicit_request');
    return handoffText('Orders', d.language, undefined, asksIfBot(d.evidence));
  };
  it('"Are you a real person?" is not answered "Yes, I\'m the shop\'s automated assistant."', () => {
    expect(reply('Are you a real person?')).not.toMatch(/^Yes,/);
    expect(reply('Sind Sie ein echter Mensch?')).not.toMatch(/^Ja,/);
  });
  it('a product question "Is this … machine washable?" gets no "Yes, I\'m the shop\'s automated assistant."', () => {
    expect(reply('Is this duvet cover machine washable? I want to talk to a person')).not.toMatch(/automated assistant/);
  });
});

describe('facts: dates and providers', () => {
  it('"the 2nd lamp" / "the 3rd floor" are no dates', () => {
    expect(values('the 2nd lamp arrived broken')).toEqual([]);
    expect(values("I'm on the 3rd floor, the courier can't find it")).toEqual([]);
  });
  it('lower-case "may 3rd" / "5 may" are dates; "May 2 people…" is not', () => {
    expect(values('it was delivered on may 3rd')).toContain('may 3rd');
    expect(values('can it arrive by 5 may?')).toContain('5 may');
    expect(values('May 2 people share one account?')).toEqual([]);
  });
  it('"sofort" (de: at once) and "correos" (es: e-mails) are no payment providers/carriers', () => {
    expect(values('Ich brauche die Lampe sofort, bitte')).toEqual([]);
    expect(values('He enviado dos correos y nadie responde')).toEqual([]);
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
    const transcript: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'my refund for order LL-290374 still hasnt shown up, it was €89,00 for the Moor throw', meta: {} },
      { seq: 2, authorType: 'bot', body: 'Refunds take…', meta: { kind: 'answer', articleId: 'refunds', articleTitle: 'Refunds: how long they take', confidence: 0.8 } },
      { seq: 3, authorType: 'visitor', body: 'yes i know the article. it has been 12 working days. this is a joke', meta: {} },
    ];
    const decision: EscalationDecision = { reason: 'frustration', reasonDetail: 'Customer is frustrated (insult)', evidence: transcript[2]!.body, evidenceSeq: 3, skill: 'billing', language: 'en', priority: 0, confidence: 0.8 };
    const p = buildHandoffPackage(demo, { transcript, customer: {}, decision, nowIso: '2025-03-01T10:00:00.000Z' }, buildSkillClassifier(demo.config));
    expect(p.intent).toMatch(/refund/);
  });
});
