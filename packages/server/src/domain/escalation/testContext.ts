/** Detector contexts for the escalation unit tests (not imported by the app). */
import type { BotReply, SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import type { DetectorContext } from './types.js';
import { detectRules } from './rules.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import type { SiteNames } from '../site/siteNames.js';

export const testSite: SiteConfig = {
  name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'],
  skills: [{ id: 'orders', name: 'Orders', description: '', examples: [] }], defaultSkill: 'orders', rules: [],
};
/** The evaluation site's names as siteNames() reads them from its site.json and KB (the battery products its KB charges). */
export const northwindNames: SiteNames = { shop: 'Northwind Gear', devices: ['voltpack', 'lumen', 'pace', 'trailsense'], brandedWords: new Map([['points', ['trailpoints']]]), productKinds: new Map([['pace', ['watch']], ['trailsense', ['watch']]]) };
export const unknownReply: BotReply = { kind: 'unknown', text: "I'm not sure" };
export const answeredReply: BotReply = { kind: 'answer', text: 'x', articleId: 'a', articleTitle: 'A', confidence: 0.8 };

/** Customer turns alternate with bot answers; the last customer turn is "current". */
export function alternatingTurns(...turns: string[]): DetectorContext {
  const transcript: TranscriptEntry[] = [];
  let seq = 0;
  turns.forEach((body, i) => {
    transcript.push({ seq: ++seq, authorType: 'visitor', body, meta: {} });
    if (i < turns.length - 1) transcript.push({ seq: ++seq, authorType: 'bot', body: 'answer', meta: { kind: 'answer' } });
  });
  return { site: testSite, customer: {}, transcript, current: transcript[transcript.length - 1]!, answer: answeredReply };
}

/** One customer question and bot reply per kind ("unknown", "answer"), then the current customer message. */
export function afterReplies(botKinds: string[], current: string): TranscriptEntry[] {
  const t: TranscriptEntry[] = [];
  let seq = 0;
  for (const kind of botKinds) {
    t.push({ seq: ++seq, authorType: 'visitor', body: 'question', meta: {} });
    t.push({ seq: ++seq, authorType: 'bot', body: 'reply', meta: { kind } });
  }
  t.push({ seq: ++seq, authorType: 'visitor', body: current, meta: {} });
  return t;
}

/** A shop with the three usual rules (VIP at the first unsettled question, refunds over 200 to billing, legal). */
export const rulesSite: SiteConfig = {
  name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'],
  skills: [
    { id: 'orders', name: 'Orders', description: '', examples: [] },
    { id: 'billing', name: 'Billing', description: '', examples: [] },
  ],
  defaultSkill: 'orders',
  rules: [
    { id: 'vip-human', when: { customerTier: 'vip' }, action: 'escalate-on-first-unresolved' },
    { id: 'refund-over-200', when: { topic: 'refund', amountOver: 200 }, action: 'escalate', skill: 'billing' },
    { id: 'legal', when: { topic: 'legal-threat' }, action: 'escalate', priority: 'high' },
  ],
};

/** The rules' verdict on the last of `messages`, each earlier one answered by the bot. */
export function runRules(messages: string[], opts: { tier?: string; answer?: BotReply } = {}) {
  const { transcript, current } = alternatingTurns(...messages);
  return detectRules({ site: rulesSite, customer: opts.tier ? { tier: opts.tier } : {}, transcript, current, answer: opts.answer ?? { ...answeredReply, confidence: 0.9 } });
}

/** The evaluation site's teams as their descriptions read (team corrections name teams by the duties described). */
export const teamsSite: SiteConfig = {
  ...testSite,
  skills: [
    ['billing', 'Payments, failed or double charges, refunds (the money side), invoices and VAT, gift card balances, discount codes, chargebacks.'],
    ['orders', 'Shipping, delivery and tracking, returns, exchanges, cancellations and order changes, damaged or wrong items, warranty claims.'],
    ['sales', 'Pre-sales product questions and availability, product specs, bulk and business orders, price matching, store questions.'],
    ['privacy', 'Data deletion and account closure, data access requests, GDPR questions, consent and marketing-data issues.'],
  ].map(([id, description]) => ({ id: id!, name: id!, description: description!, examples: [] })),
};

/** teamsSite with the troubleshooters too: all five of the evaluation site's teams. */
export const fiveTeamsSite: SiteConfig = {
  ...teamsSite,
  skills: [...teamsSite.skills, { id: 'technical', name: 'technical', description: 'Product troubleshooting and product safety, GPS watches, the app, account login.', examples: [] }],
};

/** A transcript from [who, body, meta] turns: 'c' the customer, anything else the bot. */
export function chat(...turns: Array<[string, string, Record<string, string>?]>): TranscriptEntry[] {
  return turns.map(([who, body, meta], i) => ({ seq: i + 1, authorType: who === 'c' ? 'visitor' : 'bot', body, meta: meta ?? {} }) as TranscriptEntry);
}

/** The repeated-failure reading of a transcript's last message, the KB having no answer to it. */
export function repeatedFailureOf(transcript: TranscriptEntry[], site: SiteConfig = testSite): ReturnType<typeof detectRepeatedFailure> {
  return detectRepeatedFailure({ site, customer: {}, transcript, current: transcript[transcript.length - 1]!, answer: unknownReply });
}
