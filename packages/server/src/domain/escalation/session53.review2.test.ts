/**
 * Session 53, the second review: where the day's changes over-reached or missed a close variant, each with look-alikes
 * that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { highStakesModel } from '../../site/botModels.js';
import { refundAmount } from './refundAmount.js';
import { correctTeam } from './teamCorrections.js';
import { chat, fiveTeamsSite, northwindNames, repeatedFailureOf } from './testContext.js';
import { asksForException } from '../bot/serviceAsks.js';
import { asksDataLocation } from '../bot/narrowAsks.js';
import { phraseHints } from '../bot/glossary.js';
import { normalise } from '../bot/text.js';

describe('a team asked for by its work, not the courier nor the item sent in', () => {
  it.each([
    'can I just hand this to the delivery driver when he comes?',
    "I'll hand this to the delivery company tomorrow",
    "i'll pass this to the delivery person at the door",
    "I'll hand this over to the shipping carrier",
    'can I send this to repair myself?',
    'send me to the delivery tracking page',
  ])('%j asks for no one', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull());
  it.each([
    'please pass this on to the shipping team',
    'can you transfer me to delivery',
    'forward my case to repairs please',
    'put me through to the repair department',
    'connect me with the claims department',
  ])('%j asks for people', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).not.toBeNull());
});

describe('refund amount: a double charge is one payment too many, not a plan paid in parts', () => {
  it.each([
    ['I was charged two payments of €149 for one order, please refund the extra one', 149],
    ['I see 2 payments of €129 on my card for the same order, refund one', 129],
    ['two payments of €94,90 went through for NW-123456, I want one refunded', 94.9],
    ['Klarna split it into 3 payments of €93,30, I returned everything, refund please', 279.9],
    ["paid in 4 instalments of $60, returned the tent, where's my refund?", 240],
    ['gastos de envío 4,95 €, la tienda 329 €, quiero el reembolso', 329],
    ['I returned the tent, €189, and paid €12.95 for express shipping, do I get that back too?', 189],
  ])('%j is %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});

describe('high stakes: a sign told after the denied ones, a burn from outside heat on the body', () => {
  it('a chemical smell after "no bulging, no smoke" is still the learned case', () => {
    expect(detectLearnedHighStakes("no bulging, no smoke, but there's a weird chemical smell coming from the voltpack", 1, highStakesModel)).not.toBeNull();
    expect(detectLearnedHighStakes("left my lumen 900r in the car during that heatwave, it looks totally normal, no bulging, no smell, doesn't get hot. still ok to use?", 1, highStakesModel)).toBeNull();
  });
  it('a jacket melted onto an arm by the campfire is still an incident; a hole in the fly is not', () => {
    expect(findHighStakes('I was too close to the campfire and my jacket melted onto my arm, now I have a burn', '', '', northwindNames)).not.toBeNull();
    expect(findHighStakes('a spark from the campfire melted a hole in my tent fly', '', '', northwindNames)).toBeNull();
    expect(findHighStakes('my son leaned against the heater and his stormshell sleeve melted', '', '', northwindNames)).toBeNull();
  });
});

describe('repeated failure: what was asked called no big deal, how it works', () => {
  const Q = 'it shipped yesterday but he is in Zurich for the month. can you reroute it to him there?';
  const HR = 'my pace 5 keeps dropping the heart rate mid run, is it a known firmware bug?';
  const after = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
  it.each([
    [Q, 'for a company your size rerouting a parcel should be no big deal'],
    [Q, 'come on, redirecting it to Zurich is not a big deal'],
    [HR, 'I know how it works. I asked whether the heart rate drop is a known firmware bug'],
  ])('after %j, %j presses on', (q, m) => expect(after(q, m)).not.toBeNull());
  it.each([
    [Q, 'waiting a week is no big deal'],
    [Q, "he can wait, it's not a big deal"],
    [Q, 'fine, no big deal'],
    [HR, 'updated the firmware and it works! thanks'],
  ])('after %j, %j lets it go', (q, m) => expect(after(q, m)).toBeNull());
});

describe('an exception asked of the shop, not a care question about days', () => {
  it.each([
    'can I leave the voltpack charging for more than 2 days?',
    'if I keep the watch off for more than 30 days will it lose data?',
    'keep the lumen in a drawer for more than three weeks, should I take the batteries out?',
    'is there a way to extend the battery life past 10 days?',
  ])('%j is no exception', (m) => expect(asksForException(normalise(m))).toBe(false));
  it.each([
    'can the Berlin store hold it for more than 7 days?',
    "I'm away till the 20th. can they keep it longer than the 7 days?",
    'could you extend the return window for me, I was in hospital',
    'can I extend my hold at Portland by a week?',
  ])('%j is one', (m) => expect(asksForException(normalise(m))).toBe(true));
});

describe("a parcel's whereabouts are no data location", () => {
  it.each([
    "the tracking details say it's held in the US customs",
    'tracking information says my parcel is located in germany, when will it get to me?',
    "are the servers in the us down? app won't sync",
  ])('%j is not', (m) => {
    expect(asksDataLocation(normalise(m))).toBe(false);
    expect(correctTeam(fiveTeamsSite, 'orders', { topical: m, conversation: m, current: m })).toBe('orders');
  });
  it.each(['are your servers in the EU?', 'is my data in the US?', 'where are your servers located'])('%j is', (m) => expect(asksDataLocation(normalise(m))).toBe(true));
});

describe('glossary: two payments as a plan or for two orders is no double charge', () => {
  const double = (m: string) => phraseHints(normalise(m)).hints.includes('double');
  it.each(['can I pay in two payments?', 'can I split it into two payments with Klarna?', 'I made two separate payments for two orders, is that ok?'])('%j is not', (m) => expect(double(m)).toBe(false));
  it.each(['I see two payments for one order', 'there are 2 charges on my card', 'I was charged two payments of €94,90'])('%j is', (m) => expect(double(m)).toBe(true));
});
