/**
 * Session 42's blind sets (fresh114–117: customers writing English as a second language, harder and boundary cases):
 * the misses they showed, each read as the general case it is, with negatives beside.
 */
import { describe, expect, it } from 'vitest';
import type { DetectorContext } from './types.js';
import { detectFrustration } from './frustration.js';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes, plainNegations } from './highStakes.js';
import { alternatingTurns, testSite } from './testContext.js';

/** The customer's first message, the bot's real reply, then the current message. */
function afterReply(first: string, reply: string, current: string): DetectorContext {
  const transcript = [
    { seq: 1, authorType: 'visitor' as const, body: first, meta: {} },
    { seq: 2, authorType: 'bot' as const, body: reply, meta: { kind: 'answer' } },
    { seq: 3, authorType: 'visitor' as const, body: current, meta: {} },
  ];
  return { site: testSite, customer: {}, transcript, current: transcript[2]!, answer: { kind: 'answer', text: 'x' } };
}

describe('frustration said politely or sarcastically', () => {
  const parcel = 'Tracking says delivered, but I don\'t have it. Check with neighbours. Wait 48 hours: carriers sometimes scan a parcel as delivered shortly before it arrives.';
  const password = 'Forgot your password? Click Sign in > Forgot password and we send a reset link. If it does not arrive, check your spam folder.';
  it('advice quoted back, praised, and contradicted by what already happened', () => {
    expect(detectFrustration(afterReply('Tracking for NW-330475 says delivered, nothing here.', parcel, "Thanks so much for telling me to 'wait 48 hours'. It's been nine days. Truly helpful."))?.trigger).toBe('frustration');
    expect(detectFrustration(afterReply('The reset link never arrives, spam folder is empty.', password, "Great, 'check your spam folder'. Genius. I literally just said it's empty."))?.trigger).toBe('frustration');
  });
  it('a status the customer quotes from elsewhere, with thanks, is a question', () => {
    expect(detectFrustration(afterReply('The DHL site will not take my number', parcel, "Found it in the shipping email, thanks. It's been showing 'shipment information received' for about a day now. Is that normal?"))).toBeNull();
    expect(detectFrustration(afterReply('How long does the Lumen 900R take to charge?', 'It charges in 4 hours.', "Thank you. Any idea when the olive green one will be back in stock? It's been 'sold out' for a month now."))).toBeNull();
    // The bot's words quoted and taken: no contradiction.
    expect(detectFrustration(afterReply('Tracking says delivered', parcel, "Ok, 'wait 48 hours' it is. Great, thanks!"))).toBeNull();
  });
  it.each([
    ['where I find the invoice for my order?', 'wow thank you very much for nothing. I ask simple thing and get a novel'],
    ['The return label for NW-245661 expired.', "I did create a new one. The portal says 'no returnable items'. I'm trying to stay calm but I have now explained this TWICE."],
    ['My watch will not pair', "Honestly I'm losing my patience with this."],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(alternatingTurns(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['How do I pitch the Ridgeline?', 'Thank you very much for the quick answer!'],
    ['Can I return a gift?', "I'll try to stay calm when I tell my aunt, haha. Thanks!"],
  ])('%j … %j is no frustration', (first, second) => {
    expect(detectFrustration(alternatingTurns(first, second))).toBeNull();
  });
});

describe('a person asked for in other words', () => {
  it.each([
    ['I need an attendant please, my return label for NW-284413 is expired', 'i need an attendant'],
    ['I appreciate the links but I think this one needs an actual Northwind employee.', 'this one needs an actual northwind employee'],
    ['Could you pass it along to your billing folks? Order NW-118560', 'pass it along to your billing folks'],
    ['Would you mind forwarding this to the team? The Trailpoints never showed up', 'forwarding this to the team'],
    ['Are there any humans working today? Need help with NW-553201', 'are there any humans working'],
    ['I want to file a complaint with whoever is in charge of customer service', 'file a complaint with whoever is in charge of'],
  ])('%j', (message, said) => {
    expect(findExplicitRequest(message)?.text).toBe(said);
  });
  it.each([
    ['this tent needs a second person to pitch it, right?'],
    ['please forward it to the address on my account'],
    ['this needs a new battery I think'],
    ['No need to pass this to your team, I will sort it myself'],
  ])('%j asks for nobody', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});

describe('high stakes in a learner\'s English, or emphatic', () => {
  it('reads "I not made" as "I didn\'t make", and drops "definitely" from a denial', () => {
    expect(plainNegations('i not made this order')).toBe('i didnt make this order');
    expect(plainNegations('that i definitely didnt place')).toBe('that i didnt place');
    expect(plainNegations('somebody change my email')).toBe('somebody changed my email');
    expect(plainNegations('i do not order often')).toBe('i do not order often');
  });
  it.each([
    ['there is order NW-229871 in my account, I not made this order! and 164 euro is taken from my card', 'security'],
    ["somebody change my email and password in account, I can't login anymore", 'security'],
    ["I noticed an order NW-662150 on my account for a Trailsense that I definitely didn't place. $299 went out on my Amex.", 'security'],
    ["My Lumen 900R was charging overnight next to my sleeping bag and this morning there's a scorched patch on the bag and the lamp's casing is warped", 'safety'],
  ])('%j', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    ["At first I thought someone had hacked me because there's an order from last night I didn't remember, but it was my wife on my account 😅 can we still cancel it?"],
    ['I not ordered the blue one, I ordered green'],
    ['my tent case is warped from the sun'],
  ])('%j is no incident', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});
