/**
 * Session 55: the first blind batch's misses read generally, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { claimsRefund } from './refundClaim.js';
import { refundAmount } from './refundAmount.js';
import { chat, repeatedFailureOf, runRules } from './testContext.js';
import { scoreFrustration } from './frustration.js';
import { normalise } from '../bot/text.js';

describe('requests for a person: words with a person in them, a question asked in passing', () => {
  it('"a wind-up crank like the human-powered torch" asks for no one', () => {
    expect(findExplicitRequest('my 8 year old wants to know if the Lumen 400 has a wind-up crank like the human-powered torch at the science museum 😄 does it?')).toBeNull();
  });
  it.each(['are you a bot? no worries either way lol. my password reset link says expired', 'are you a bot? just curious', "am i talking to a bot? doesn't matter, my parcel is late"])('%j asks for no one', (m) =>
    expect(findExplicitRequest(m)).toBeNull(),
  );
  it.each(['are you a bot?', 'are you a real person? because this is ridiculous', 'are you a bot? i want a person', 'get me a human, the human-powered torch broke'])('%j still asks', (m) =>
    expect(findExplicitRequest(m)).not.toBeNull(),
  );
  it.each([
    'is there someone in your billing team who can actually go through the numbers with me?',
    'can somebody just approve it right now? i want to order tonight before my trip',
    'could somebody sort this out for me',
    'can someone fix my account',
  ])('%j asks for someone to act', (m) => expect(findExplicitRequest(m)).not.toBeNull());
  it.each(['can i approve it myself?', 'is there a store in your area that has it?'])('%j does not', (m) => expect(findExplicitRequest(m)).toBeNull());
});

describe('high stakes: a legal job, sparks from a campfire', () => {
  it.each([
    "I'm a public defender so weekdays are me in court and weekends are me on a trail, trying to keep it that way lol. Trailsense vs Pace 5: which one lasts longer with GPS on?",
    "I'm a court interpreter, in court most days. Does the Pace 5 have a silent alarm?",
  ])('%j names a job', (m) => expect(findHighStakes(m)).toBeNull());
  it('a public defender who threatens is still a threat', () => expect(findHighStakes("I'm a public defender and I will see you in court over this")?.kind).toBe('legal'));
  it('"a burn hole in my stormshell sleeve from campfire sparks" is a care mishap', () =>
    expect(findHighStakes('got a tiny burn hole in my stormshell sleeve from campfire sparks 😭 is that a warranty thing?')).toBeNull(),
  );
  it('a charging power bank smoking after campfire sparks stays an incident', () =>
    expect(findHighStakes("campfire sparks landed on my voltpack while it was charging and now it's smoking")?.kind).toBe('safety'),
  );
});

describe('refunds chased in other words', () => {
  it.each([
    "Hi, I sent back both headlamps and the VoltPack from NW-339021, that's two hundred and thirty-seven euros in total. The return was marked received on the 2nd. Could you check when I'll get it?",
    'sent back the Ridgeline 3P and the footprint, $389 together, UPS shows it was delivered to you on the 2nd. my bank still shows nothing, how long does this normally take?',
    "ok done, both dropped at DHL. so that's €119,95 for the Lumen 900R and €189 for the jacket coming back to my PayPal, when will I see it?",
  ])('%j goes to billing', (m) => expect(runRules([m])).toMatchObject({ trigger: 'rule', skill: 'billing' }));
  it.each(['I sent back the $249 jacket for a size L, when will I get it?', 'I returned the €259 tent for an exchange, when will I get it?'])('%j awaits goods, not money', (m) =>
    expect(claimsRefund(normalise(m))).toBe(false),
  );
  it('"how long until the money\'s back?" then the amount', () => {
    expect(runRules(['I returned a Stormshell at the Berlin store last Thursday, paid by card. how long until the money\'s back?', 'It was €229,00, in case that matters. And will it show up as one amount?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('"so that\'s €119,95 for the lamp and €189 for the jacket": two prices, not a total and a part', () => {
    expect(refundAmount("so that's €119,95 for the Lumen 900R and €189 for the jacket").total).toBe(308.95);
    expect(refundAmount("so that's €308,95 for the lot").total).toBe(308.95);
  });
  it('an exchange chosen instead of a refund is no refund', () => {
    expect(runRules(["Got my boyfriend the €259 Stormshell in M and it's too tight. Can I swap it for an L?", 'L is showing in stock, so I just pick Exchange instead of Refund when I start the return?'])).toBeNull();
    expect(runRules(['I returned the €259 Stormshell, I chose refund instead of exchange. when is my refund coming?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
});

describe('repeated failure: easing off, pressing for an answer', () => {
  const afterMiss = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
  it('"fine, I\'ll call tomorrow before lunch, not urgent" lets it go', () => {
    expect(afterMiss("whats your US phone number and when do people actually pick up? I'm in Denver", "so basically mornings only. fine, I'll call tomorrow before lunch, not urgent")).toBeNull();
  });
  it('"ok, so nobody can confirm if there\'s a red mode?" presses', () => {
    expect(afterMiss('does the Lumen 900R have a red light mode?', "ok, so nobody can confirm if there's a red mode?")).not.toBeNull();
  });
  it('"not urgent, but I still need to know" still presses', () => {
    expect(afterMiss('does the Lumen 900R have a red light mode?', 'not urgent, but I still need to know if the 900R has a red mode')).not.toBeNull();
  });
});

describe('frustration: sarcasm after a loss, a racket, money wasted', () => {
  const score = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').score;
  it.each([
    'so someone just walked off with my 100 euros and the answer is tough luck. great company',
    "'ask the person who bought it to resend it'. she DID. same code. still says used. brilliant",
    "ok so the express 12,95 just vanishes. i paid for express, it came late AND you keep the money. nice little racket you've got going",
    "i'm not buying a new phone just to use a watch. could've said that on the product page. what a waste of money",
  ])('%j is frustrated', (m) => expect(score(m)).toBeGreaterThan(0.5));
  it.each(['great company, great tents, thanks!', 'still says used, brilliant, it worked after the second try thanks', 'is the 900R a waste of money for short walks?', 'what a waste of money would it be to get both?'])(
    '%j is not',
    (m) => expect(score(m)).toBe(0),
  );
});
