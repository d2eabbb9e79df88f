/**
 * Session 60 (helper F3): the reason and the turn for frustration. An opener already hostile and carrying the facts is
 * frustration at turn 1; a shouted word of disbelief closing a reply is aimed at the bot; a plain "I read that" before
 * asking again in other words is a second attempt, not anger; a VIP's "I'd like to speak with someone about…" asks for
 * the person, not a question for the tier rule. With look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { alternatingTurns, runRules, unknownReply } from './testContext.js';

const atOpener = (m: string) => detectFrustration(alternatingTurns(m))?.trigger ?? null;
const afterAnswer = (...turns: string[]) => detectFrustration(alternatingTurns(...turns))?.trigger ?? null;

describe('a hostile opener that carries the facts is frustration at turn 1', () => {
  it.each([
    'your chat bot is a joke. NW-118873 has been in transit for 3 weeks and you keep linking the same page',
    'This is absolute garbage. My tent poles cracked on the 2nd trip. Ridgeline 3P, NW-219834. You sell junk.',
    'FIX THIS. Charged €54.90 twice for NW-663018. TWICE. And your bot just tells me it is a hold.',
    "HELLO?? I've been charged for NW-812206 twice, €64 and €64 again. Fix this NOW",
    'your support is useless. order NW-330214 arrived with a broken lamp and nobody replied in 10 days',
    'SORT THIS OUT. You took €89 for NW-551870 and it never shipped, 3 weeks now.',
    'what a rubbish shop, NW-772019 still not here after 2 weeks',
  ])('%j', (m) => expect(atOpener(m)).toBe('frustration'));
  it.each([
    // An insult with nothing to act on waits for the bot's chance.
    'your chat bot is a joke',
    // A question, not a verdict.
    'is this a joke? NW-118873 says delivered but nothing is here',
    // The words in passing: someone else's goods, a calm request, a shouted greeting with no grievance.
    'my old tent from another brand was absolute junk, so I ordered the Ridgeline 3P, NW-219834. when will it ship?',
    'Please fix this: NW-663018 has the wrong delivery address, it should be flat 2',
    'HELLO! I ordered NW-812206 yesterday, can I still add a second headlamp?',
    'hi, could you check NW-447310 for me? it has been a week',
  ])('%j waits', (m) => expect(atOpener(m)).toBeNull());
});

describe('a shouted word of disbelief closing the reply is aimed at the bot', () => {
  it.each([
    ['pay-101 again and again at checkout', 'bank says card is fine. 3rd time. SERIOUSLY??'],
    ['my refund for NW-100200 is late', 'you said 5 days, it is day 12. UNREAL??'],
    ['the code E12 keeps coming back', 'did every step twice. still E12. UNBELIEVABLE!!'],
  ])('%j then %j', (a, b) => expect(afterAnswer(a, b)).toBe('frustration'));
  it.each([
    ['pay-101 again and again at checkout', 'bank says card is fine. what else could it be?'],
    ['is the Ridgeline 3P in stock?', 'it is back in stock and 20% off. SERIOUSLY? great, ordering now'],
    ['does the lamp come in orange?', 'ok. and in green?'],
  ])('%j then %j stays calm', (a, b) => expect(afterAnswer(a, b)).toBeNull());
});

describe('a plain "I read that" before asking again is a second attempt, not anger', () => {
  it.each([
    'I read that. But there must be some route, a credit note or reissue?',
    "The unsubscribe link doesn't answer my question. I'm asking where the consent record is.",
    'I already read that. it says contact the carrier. UPS says contact you.',
    'I have seen that article already, but my case is a gift card bought in the Berlin store',
    "that page doesn't answer my question: can the invoice go to my company instead?",
  ])('%j', (m) => expect(scoreFrustration(m, [], false, 'Shop', 'answer').labels).toEqual([]));
  it.each([
    // Curt on its own, or with anger beside it.
    'I already read that.',
    'I read that. are you even reading my messages?',
    'I read that!! where is my money',
    'I already read that, this is useless',
    "that doesn't answer my question. you keep sending the same link",
  ])('%j is still frustration', (m) => expect(scoreFrustration(m, [], false, 'Shop', 'answer').score).toBeGreaterThanOrEqual(1));
});

describe("a VIP who only asks for a person is asking for the person, not the tier's question", () => {
  const vip = (m: string) => runRules([m], { tier: 'vip', answer: unknownReply });
  it.each([
    "I'd like to speak with someone about my Summit membership please",
    'I want to talk to a person about my account, please',
    "I'd prefer to talk to someone about my Trailpoints account",
  ])('%j', (m) => expect(vip(m)).toBeNull());
  it.each([
    "I'd like to speak with someone about holding the Lumen 900R for me in the Berlin store",
    'can you hold the Ridgeline 3P for me until Saturday?',
    "I'd like to talk to someone about restocking the green Stormshell",
    'Connect me to a person please: can you split the invoice for NW-703355?',
    "Separate thing: I'd like to speak to someone about a corporate gift order for our team, around 40 people.",
    "I'd like to talk to someone about a bulk order of headlamps for our club",
    'can I speak to someone about a quote for 25 jackets',
  ])('%j is still the rule', (m) => expect(vip(m)?.trigger).toBe('rule'));
});
