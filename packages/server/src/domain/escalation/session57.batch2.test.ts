/**
 * Session 57, second blind batch: sarcasm about how regulars are treated, a threat said as thinking twice, a joke taken
 * back, a pet or a false alarm "hacking" the account, a fee paid on a page that was not the shop's, a Spanish claim
 * opened with the bank, and a VIP's tier rule giving way to anger or a request that asks no question.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { runRules } from './testContext.js';

const kind = (m: string) => findHighStakes(m)?.kind ?? null;
const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear', 'Some reply from the help articles.').score >= 1;

describe('frustration: how regulars are treated, thinking twice, a joke taken back', () => {
  it.each([
    'Ask my bank for the ARN. Of course. Because chasing my own bank is exactly what I pay your prices for. Fantastic.',
    'So I spend hundreds a year with you and still get charged shipping like a first-time buyer. Lovely way to treat your regulars.',
    "I'll think twice before the next order.",
    'So I pay to post it back, then pay shipping again. Really rewarding the loyalty there.',
  ])('%j is frustration', (m) => expect(frustrated(m)).toBe(true));
  it.each([
    'this is exactly what I paid for, love it',
    'what a lovely way to treat customers, thank you so much for the free gift!',
    "I had to think twice before ordering the 3P, but it's perfect",
    '€12.95 for express?? daylight robbery, pure fraud 😂 ok fine. if i order before 2 does it go out today?',
  ])('%j is not', (m) => expect(frustrated(m)).toBe(false));
  it('without the laugh and the "ok fine", "daylight robbery, pure fraud" still is', () =>
    expect(frustrated('€12.95 for express?? daylight robbery, pure fraud. if i order before 2 does it go out today?')).toBe(true));
  it('a laugh beside a real complaint does not take it back', () =>
    expect(frustrated('your shipping is a scam lol ok fine but the tent never arrived and nobody answers')).toBe(true));
});

describe('high stakes: a pet or a passing scare is no takeover; a fee paid on a fake page is; a Spanish claim with the bank', () => {
  it.each([
    "my cat hacked my account 😼 she walked across the keyboard and now apparently I'm subscribed to the climbing emails.",
    "there's an order in it from last year that I didn't recognise at first - thought I'd been hacked for a second 😅 It's from when I checked out as a guest, right?",
  ])('%j is no takeover', (m) => expect(kind(m)).toBeNull());
  it.each(["I think I've been hacked, there's an order I didn't place", 'my account was hacked, someone changed my email'])('%j still is', (m) => expect(kind(m)).toBe('security'));
  it('a fee paid with a card on a page that was not the shop\'s is card details given away', () =>
    expect(kind("got a text about a missed Northwind delivery and paid the €2.99 'redelivery fee' with my Mastercard. only now I see the page wasn't your site at all. what do I do?")).toBe('security'));
  it('paying by card on the checkout is not', () => expect(kind('I paid with my Mastercard and the page said error, now I see two charges')).toBeNull());
  it('"he abierto una reclamación por ese cargo" with the bank is a dispute', () =>
    expect(kind('Mire, ya he hablado con mi banco y he abierto una reclamación por ese cargo. No pienso esperar más.')).toBe('dispute'));
  it('a complaint opened with the shop is not', () => expect(kind('He abierto una reclamación por ese cargo en vuestro formulario de contacto.')).toBeNull());
});

describe("a VIP's first unsettled message gives way to anger at the answer or a request that asks nothing", () => {
  const unknown = { kind: 'unknown' as const, text: "I'm not sure" };
  it.each([
    ['I need the Stormshell a size up. How do I exchange it?', 'So I pay to post it back, then pay shipping again to get the exact same jacket one size bigger. Brilliant. Really rewarding the loyalty there.'],
    ['I returned a jacket 6 days ago and still no refund email.', "Appreciated, but I'd like a person to check it, please."],
  ])('%j … %j is no tier rule', (first, last) => expect(runRules([first, last], { tier: 'vip', answer: unknown })).toBeNull());
  it('a new question the articles cannot settle still is', () =>
    expect(runRules(['I need the Stormshell a size up. How do I exchange it?', 'Can you hold the L for me in the Berlin store until Saturday?'], { tier: 'vip', answer: unknown })?.trigger).toBe('rule'));
});
