/**
 * Review 2 of session 55: where the second batch's readings over-reached (a person who is not the shop's, an order the
 * customer calls a gift, a declined chargeback that is an ultimatum, an answer that "worked" and then did not, a new
 * question asked after "I just need to know…", a count of minutes) or missed a close variant, each with the look-alikes
 * that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { chat, fiveTeamsSite, repeatedFailureOf, runRules, unknownReply } from './testContext.js';
import { correctTeam } from './teamCorrections.js';

describe('waiting for a person', () => {
  it.each([
    "I'd be happy to wait for someone from your team",
    'i dont mind waiting for a real person',
    'happy to hold for an agent',
    'ok i\'ll wait until someone is available',
    'no problem waiting for an agent, i have time',
    'Ich warte gerne auf einen Mitarbeiter',
  ])('%j wants one', (m) => expect(findExplicitRequest(m)).not.toBeNull());
  it.each([
    "I'll wait for someone to be home to sign for it",
    "I'll wait for someone from DPD then, they said between 9 and 5",
    'can i wait for someone from hermes to collect the return or do i drop it off?',
    "I'll wait for someone to open the Berlin store on Saturday and buy it there",
    'we will wait for someone in our group to confirm sizes before ordering',
    "I'll wait for someone to answer the door, the courier usually rings twice",
    'i can wait for someone at the portland store to fit it',
    'happy to wait for my order, no rush',
  ])('%j waits for someone else', (m) => expect(findExplicitRequest(m)).toBeNull());
});

describe('someone asked to look, a named person', () => {
  it.each(['can anyone just look at my activity data if my profile is public?', 'if I share my route, can anyone just look at it or only my friends?', 'can anyone see my location if I share my activity publicly?'])(
    '%j asks who can see the data, not for a person',
    (m) => expect(findExplicitRequest(m)).toBeNull(),
  );
  it.each(['can somebody please just sort this out for me', 'could anybody really look at this today?', 'can somebody from your team honestly just check this', 'id rather deal with the same person as last time, Anna helped me', 'can anyone look into why my order is stuck?'])(
    '%j asks for one',
    (m) => expect(findExplicitRequest(m)).not.toBeNull(),
  );
  it("one person's parcel is no person asked for", () => expect(findExplicitRequest("I need to deal with one person's return and another person's exchange in the same parcel")).toBeNull());
});

describe('a takeover: points and orders', () => {
  it.each([
    "there's an order in my account I don't recognise",
    'I see an order in my order history that I do not recognize',
    'a payment i dont recognise went through on my paypal from northwind',
    'someone else used my loyalty points, I never redeemed them',
    'someone spent my reward points',
    'my trailpoints were used by someone else',
    "an order I don't recognise in my account, I definitely didn't buy a tent",
  ])('%j is one', (m) => expect(findHighStakes(m)?.kind).toBe('security'));
  it.each([
    'I think someone has used my points by mistake when the refund was processed',
    "the parcel came with an order I don't recognise, maybe it's a gift from my mum? who sent it?",
    "there's an order I don't recognise - ah, my wife ordered the tent with my account",
    "an order I don't recognise the items of, is it mine? I ordered a jacket not boots",
    "I don't recognise this order - it's a gift from my sister I think",
    'someone at the Berlin store used my trailpoints on my order even though I told them not to',
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('a chargeback someone else suggested: declined, or an ultimatum', () => {
  it.each([
    "my bank told me to file a chargeback, but I will if you don't refund me by Friday",
    'PayPal advised me to open a dispute but i will give you until tomorrow',
    "my bank told me to do a chargeback, but I'll wait one more day before I do",
    'my bank advised me to open a dispute, but I will if nothing happens by Monday',
    "my bank told me to do a chargeback but I'd rather not, unless you ignore me again",
  ])('%j is a dispute', (m) => expect(findHighStakes(m)?.kind).toBe('dispute'));
  it.each([
    "my brother works at a bank and keeps telling me to just do a chargeback lol, but I'd rather understand it first: was I actually charged?",
    "my friend told me to open a paypal dispute but I'd rather sort it out with you",
    'PayPal told me to open a dispute, but I will try you first',
    "my bank suggested a chargeback but I'd rather you just refund me if possible",
    "my wife keeps telling me to dispute it with the bank, but i'd prefer to sort it here",
  ])('%j is declined', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('the refund rule: an amount back "at the end of the day"', () => {
  it.each(["i want the €249 back at the end of the day, not a voucher", "I'd like my €310 back at this point please"])('%j is a refund over 200', (m) =>
    expect(runRules([m])).toMatchObject({ trigger: 'rule', skill: 'billing' }),
  );
  it('"…back at the store" is still a place', () => expect(runRules(['can I get the €249 back at the store in cash?'])).toBeNull());
});

describe("a VIP's answer that worked, or worked and stopped", () => {
  const vip = (m: string) => runRules(['My Trailsense shows E01 at the trailhead.', m], { tier: 'vip', answer: unknownReply });
  it.each([
    'I reset it and then it worked for a day, now dead again',
    'Updated the firmware and it connected for five minutes, then dropped again',
    'I charged it overnight and it turned on, then died after 10 minutes',
    'restarted it and it worked. now it shows E12 instead',
    'I restarted it and then it started beeping and the screen went black',
    'tried a different cable and then it charged for 2 minutes only',
  ])('%j is still unsettled', (m) => expect(vip(m)?.trigger).toBe('rule'));
  it.each([
    'held the watch still for a minute and it found a signal. cheers',
    'Kept it perfectly still on the car roof and then it locked on, thanks',
    'held my phone and the watch still next to the window and then it synced. thanks',
    'moved to an open field and then it found the satellites. thanks a lot!',
    'tried a different cable and then it charged. Thanks for the tip!',
  ])('%j asks nothing', (m) => expect(vip(m)).toBeNull());
});

describe('asking again: "I just need to know", a plain answer pressed for', () => {
  const afterMiss = (last: string) => repeatedFailureOf(chat(['c', 'can I get one invoice for 3 separate orders?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
  it.each(['I really just need to know whether one invoice for all 3 is possible.', 'ok. I only need to know one thing: can you do one invoice?'])('%j asks again', (m) => expect(afterMiss(m)).not.toBeNull());
  it.each(['ok no worries. I only need to know one more thing then: do you ship to Norway?', 'fair enough. i just need to know one other thing, is the Lumen 400 waterproof?'])('%j leads into the next question', (m) =>
    expect(afterMiss(m)).toBeNull(),
  );
  const afterAnswer = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', 'Models and power…', { kind: 'answer', articleId: 'headlamps' }], ['c', last]));
  const both = 'can I use lithium AAA batteries in it? how do I stop it flickering?';
  it.each(['ok thanks. but lithium AAA: can I or can I not?', 'thanks. but you still did not say if lithium AAA are ok?', 'thanks, but you never said whether lithium AAA work?'])('%j presses for what was asked', (m) =>
    expect(afterAnswer(both, m)).not.toBeNull(),
  );
  it.each(['cleaning the contacts fixed the flicker, thx. but can I take it on a plane, yes or no?', 'thanks, that fixed it! but is the lumen 400 waterproof, yes or no?'])('%j is a new question', (m) =>
    expect(afterAnswer('how do I stop it flickering?', m)).toBeNull(),
  );
  it('"…but can I use lithium AAA or not?" alone is a follow-up, not pressing', () => expect(afterAnswer(both, 'ok thanks. but can I use lithium AAA or not?')).toBeNull());
});

describe('bulk for a group: a count of things, bought', () => {
  const team = (t: string, from = 'technical') => correctTeam(fiveTeamsSite, from, { topical: t, conversation: t, current: t });
  it.each([
    ['Can we exchange the 20 jackets for our staff to size L? the order was placed in March', 'orders'],
    ['My Lumen 900R only lasts 90 minutes for the whole night hike with our scouts. Which power bank should I buy?', 'technical'],
    ['our school has 30 headlamps, which batteries should we buy for them?', 'technical'],
    ['the 20 percent discount for our school was not applied to my order', 'billing'],
    ['It took 15 minutes for the GPS to lock at our club run again, should I buy the Trailsense instead?', 'technical'],
  ])('%j stays with %s', (m, from) => expect(team(m, from)).toBe(from));
  it.each([
    ['we have 12 volunteers, can we order 12 headlamps for our scouts with a discount?', 'technical'],
    ['We need 30 Stormshell jackets for our staff, do you offer bulk pricing?', 'orders'],
    ["do you have 25 Stormshell jackets in size M in stock? it's for our hotel staff", 'technical'],
  ])('%j goes to pre-sales', (m, from) => expect(team(m, from)).toBe('sales'));
});
