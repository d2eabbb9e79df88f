/**
 * Session 61 (F): frustration said as irony after an answer that did not help — the price's worth praised beside a
 * let-down, the shop's word in scare quotes or "you've got there", the offer called a marketing trick, mock faith in the
 * advice ("because that's worked so well"), "you people are unbelievable" — and a list of country codes in capitals that
 * is no shout. The team: an ordered item failing young, the remedy refused as not owed for an item that new, is a claim.
 * With look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { verdictSignals } from './frustrationVerdicts.js';
import { withoutCodeLists } from './frustrationOpener.js';
import { correctTeam } from './teamCorrections.js';
import { normalise } from '../bot/text.js';
import { alternatingTurns, fiveTeamsSite } from './testContext.js';

const afterAnswer = (...turns: string[]) => detectFrustration(alternatingTurns(...turns))?.trigger ?? null;
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe("the price's worth praised beside a let-down is sarcasm", () => {
  it.each([
    'paid €19.95 for express and NW-100200 is still not here. money well spent 🙄',
    'the premium lamp dies after 20 minutes. worth every penny, obviously',
    '2nd day air and it has been in transit for 5 days. great value clearly',
    'my 300 euro jacket soaks through after one walk. worth the money 🙄',
  ])('%j', (m) => expect(afterAnswer('how much is express?', m)).toBe('frustration'));
  it.each([
    'the Ridgeline was worth every cent, we used it all summer',
    'express arrived next morning, worth every cent, thanks',
    'is express worth the money if I order before 2?',
    'took a week but the jacket was worth the wait, love it',
  ])('not: %j', (m) => expect(afterAnswer('how much is express?', m)).toBeNull());
});

describe("the shop's word in scare quotes, or praised at arm's length, or called a marketing trick", () => {
  it.each([
    "so a marketplace seller doesn't count. some 'price match' that is.",
    'nice "lifetime warranty" you have, it excludes everything',
    "lovely policy you've got there. I'll remember it",
    'the cheaper one was on a retailer site too. sounds like a sales ploy then',
    'so the price match is just a marketing gimmick.',
  ])('%j', (m) => expect(afterAnswer('price match request for the Trailsense', m)).toBe('frustration'));
  it.each([
    'is the price match just a marketing gimmick? genuinely asking before I buy',
    'great, the "price match" page says we qualify, thanks',
    "nice tent you've got there, is it in stock in green?",
    'I work in marketing, is there a gimmick-free way to get the student discount?',
    'my friend says the price match is a marketing trick, prove her wrong and match this one please',
  ])('not: %j', (m) => expect(afterAnswer('price match request for the Trailsense', m)).toBeNull());
});

describe('mock faith in the advice, and "you people are unbelievable"', () => {
  it.each([
    "contact the carrier. sure, because that's always worked so well before.",
    'check my spam folder. yeah, because that went so well last time',
    'Because that has worked brilliantly for everyone, right.',
    'you lot are unbelievable. nine days and still no refund',
    'you people are impossible. I asked a simple question',
  ])('%j', (m) => expect(afterAnswer('my refund is late', m)).toBe('frustration'));
  it.each([
    'I bought a second one because it worked so well for my sister',
    "Because that worked so well last time, I'll order express again",
    'because it worked so I kept the receipt, do I need it?',
    'you guys are incredible, it arrived the next day, thanks!',
  ])('not: %j', (m) => expect(afterAnswer('my refund is late', m)).toBeNull());
});

describe('a list of codes in capitals is read, not shouted', () => {
  it.each([
    'oh only DE, AT, NL, SE and FI. fine, card it is',
    'ah so sizes S, M and L only. ok I will take the M',
    'right, UK, CH and NO pay duties. ok then',
  ])('%j', (m) => expect(scoreFrustration(m, [], false, 'Shop', 'answer').labels).not.toContain('shouting'));
  it.each([
    'NO, NO AND NO. I WANT MY MONEY BACK',
    'WHERE IS MY ORDER? IT HAS BEEN THREE WEEKS',
    'I SAID DE, AT AND NL. READ MY MESSAGE',
  ])('still shouting: %j', (m) => expect(scoreFrustration(m, [], false, 'Shop', 'answer').labels).toContain('shouting'));
});

describe('an ordered item failing young, the remedy refused as not owed: the claims team', () => {
  it.each([
    ['my Lumen 900R only runs 30 minutes after just six weeks. NW-223344', 'did the calibration twice. so the solution is to buy a new battery for a six-week-old lamp?'],
    ['zip on my Ridgeline is stuck after only a month, order NW-556677', 'silicone spray for a one-month-old tent? it should just work.'],
    ['Pace 5 strap snapped, it is barely two months old. NW-889900', "so your answer is buy a new strap. why should I have to pay for that?"],
  ])('%j then %j', (...turns) => expect(team('technical', ...turns)).toBe('orders'));
  it.each([
    // No order to claim on.
    ['my Lumen 900R only runs 30 minutes after just six weeks', 'so the solution is a reset?'],
    // Old, not young.
    ['my jacket of 4 years wets out now, NW-223344', 'so the solution is to buy proofing spray? ok where do I get it'],
    // A paid service asked.
    ['Stormshell wetting out after only 3 months, NW-118064', 'can you re-proof it for me? happy to pay. so the answer is a service?'],
    // Young, ordered, but the advice taken.
    ['Stormshell wetting out after only 3 months, NW-118064', 'ok I will try the tumble dry, thanks'],
  ])('keeps technical: %j then %j', (...turns) => expect(team('technical', ...turns)).toBe('technical'));
});

describe('the new patterns stay fast on hostile input', () => {
  it('returns on 4,000 characters', () => {
    for (const s of ['a '.repeat(2000), 'DE, '.repeat(1000), "because that's ".repeat(270), 'great "'.repeat(570), 'after only 3 '.repeat(300)]) {
      expect(Array.isArray(verdictSignals(normalise(s), s))).toBe(true);
      expect(typeof withoutCodeLists(s)).toBe('string');
      expect(typeof team('technical', s, s)).toBe('string');
    }
  });
});
