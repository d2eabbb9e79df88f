/**
 * Review 61 (1): session 61's escalation readings where they misfired. Praise meant read as irony; a dispute asked
 * about or denied read as opened; a credit for an order, a size swap and advice taken read as another team's; a new
 * how-to, more facts and a new question read as a second attempt. Each with the phrasings that must still fire.
 */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { normalise } from '../bot/text.js';
import { detectFrustration } from './frustration.js';
import { findHighStakes } from './highStakes.js';
import { correctTeam } from './teamCorrections.js';
import { sameNeedAfterMiss, triesAgainAfterAnswer } from './secondAttempts.js';
import { alternatingTurns, fiveTeamsSite, northwindNames } from './testContext.js';

const afterAnswer = (m: string) => detectFrustration(alternatingTurns('how much is express?', m))?.trigger ?? null;
const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('praise meant, a product wanted, a trick waved off: no irony', () => {
  it.each([
    // The worth asked, then an honest doubt.
    'Is the Pro worth the extra? Not sure, my old one broke after 3 years.',
    'is express worth the money? not if it arrives late anyway, so maybe standard',
    // A product wanted, its word in quotes.
    'I need a real "waterproof" jacket, not just water-resistant. Which model?',
    "Do you have a real 'waterproof' shell? My last one from another brand was not.",
    // Praise with what pleased.
    'Great website you have there, really easy to find sizes. Does the Pace 5 come in black?',
    "Nice little business you've got going, bought three tents already. Do you ship to Norway?",
    'Wow, you people are incredible, ordered last night and it is already here!',
    'you lot are something else, it came the next morning 😍',
    // The trick waved off.
    "Not saying it's a marketing lie, I just want to understand the IPX rating.",
    'No marketing fluff please. What is the real battery life of the Pace 5?',
    "I don't want the sales spin. Just the weight of the tent.",
    // Faith meant, with the customer's own reason.
    'Because it worked so well on my last trip I want a second 900R for my wife.',
    'Because it worked so well we want two more for the kids.',
  ])('%j', (m) => expect(afterAnswer(m)).toBeNull());
  it.each([
    'paid €19.95 for express and NW-100200 is still not here. money well spent 🙄',
    'the premium lamp dies after 20 minutes. worth every penny, obviously',
    'great "promise" you made about 2-day delivery',
    'nice "lifetime warranty" you have, it excludes everything',
    "lovely policy you've got there. I'll remember it",
    'so the lifetime warranty is a marketing gimmick then',
    "ask my bank. right. because that's worked so well",
    'check my spam folder. yeah, because that went so well last time',
    'you people are unbelievable',
    'you lot are unbelievable. nine days and still no refund',
  ])('%j still is', (m) => expect(afterAnswer(m)).toBe('frustration'));
});

describe('a PayPal dispute asked about, wondered or denied is not opened', () => {
  it.each([
    'Ich will nur wissen, ob ich bei PayPal einen Fall aufmachen kann.',
    'Ich weiß nicht, wie ich bei PayPal einen Konflikt eröffne.',
    'No voy a presentar una reclamación en PayPal, solo quiero saber dónde está mi pedido.',
    '¿Si presento una reclamación en PayPal pierdo la garantía?',
    '¿Cómo inicio una reclamación en PayPal?',
    'Nunca pongo una reclamación en PayPal, prefiero hablar con vosotros.',
  ])('%j', (m) => expect(kind(m)).toBeNull());
  it.each([
    'Ich eröffne jetzt einen Konflikt bei PayPal.',
    'Sonst eröffne ich einen PayPal-Konflikt.',
    'Wir werden bei Klarna einen Fall aufmachen.',
    'Voy a poner una reclamación en PayPal.',
    'El pedido no llegó, voy a poner una reclamación en PayPal.',
    'Si no, pongo una reclamación en PayPal.',
    'He presentado un caso en PayPal hoy.',
  ])('%j still is', (m) => expect(kind(m)).toBe('dispute'));
});

describe('the team: no trade-in, no claim, where none is asked', () => {
  it.each([
    ['billing', 'Could I get credit for my previous order NW-100233? delivery was 5 days late'],
    ['billing', 'can I get store credit for my old gift card balance from the 2023 promo?'],
    ['billing', 'could we get some credit for our previous delivery? the courier never showed up'],
    ['orders', 'I want to trade it in for the bigger size, the M is too small. Order NW-100450'],
    ['orders', 'can I trade them in for a different size? NW-100451'],
  ])('%j %j keeps its team', (from, m) => expect(team(from, m)).toBe(from));
  it.each([
    ['technical', 'NW-100234: my watch is brand new and wont pair.', 'so the solution is to reset it and try again? ok will do'],
    ['technical', 'Order NW-100235, the lamp is only two weeks old and flickers.', 'so your advice is to clean the contacts. ok thanks, will try that'],
    ['technical', 'NW-100236 jacket is almost new and wets out', 'so the answer is to tumble dry it. got it, I will try tonight'],
  ])('advice taken keeps technical: %j', (from, ...turns) => expect(team(from, ...turns)).toBe('technical'));
  it.each([
    ['privacy', 'can I trade in my old Pace 3 for credit towards a Pace 5?'],
    ['orders', 'Kann ich meine alte Uhr in Zahlung geben?'],
    ['billing', 'could I get credit for my old watch if I hand it in?'],
  ])('%j %j still sales', (from, m) => expect(team(from, m)).toBe('sales'));
  it('a young item, the remedy refused, still a claim', () =>
    expect(team('technical', 'Order NW-100777, jacket is only 3 months old and wets out.', 'So the solution is to buy your spray? For a three-month-old jacket?')).toBe('orders'));
});

const PASS = 'Points show as pending and become available 30 days after delivery. You can return unused items within 30 days of delivery.';
const last = { body: PASS, meta: { articleId: 'a' } };
const unknownSame: BotReply = { kind: 'unknown', text: 'x', articleId: 'a' };
const tries = (m: string) => triesAgainAfterAnswer(normalise(m), last, unknownSame);

describe('second attempts: not a new how-to, more facts or a new question', () => {
  it.each([
    'I understand the 30 days after delivery. How do I print a return label?',
    'I understand that points are pending. Where do I see them in the app?',
    'I understand the 30 days. What about gift cards, do they earn points?',
  ])('%j', (m) => expect(tries(m)).toBe(false));
  it.each([
    'I understand the 30 days after delivery. It was delivered on 2 March and the points are still pending.',
    'I understand that points are pending. My order NW-100123 was delivered 40 days ago.',
  ])('%j still tries again', (m) => expect(tries(m)).toBe(true));
  it.each([
    ['just a bit more info: it was ordered 3 days ago', false],
    ['just a little more detail, I placed it 2 weeks ago', false],
    ['only a few more questions about the 30 days', false],
    ['will it be shipped today?', true],
    ['would it be delivered to a locker?', true],
  ] as const)('%j after a miss is no second attempt', (m, same) => expect(sameNeedAfterMiss(normalise(m), same)).toBe(false));
  it.each([
    ['just an extra week or two would be enough', false],
    ['only a few more days please', false],
    ['can they be added afterwards?', true],
    ['could it still be extended somehow?', true],
  ] as const)('%j after a miss still is', (m, same) => expect(sameNeedAfterMiss(normalise(m), same)).toBe(true));
});
