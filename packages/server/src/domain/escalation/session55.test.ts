/**
 * Session 55: the first blind batch's misses read generally, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { claimsRefund } from './refundClaim.js';
import { refundAmount } from './refundAmount.js';
import { chat, fiveTeamsSite, repeatedFailureOf, runRules, unknownReply } from './testContext.js';
import { correctTeam } from './teamCorrections.js';
import { scoreFrustration } from './frustration.js';
import { normalise, stem } from '../bot/text.js';
import { asksInvoiceChange, asksOwnPriceDrop, asksStockNow, asksToKeepForPartialRefund } from '../bot/serviceAsks.js';

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

describe('narrow asks: a sale of the shop\'s by its name, a partial refund to keep the item', () => {
  it('"it\'s now $429 in your spring sale. Could you refund me the $50 difference?" is the shop\'s own price drop', () => {
    expect(asksOwnPriceDrop(normalise("I bought the Summit Pro 2 last week at $479 and it's now $429 in your spring sale. Could you refund me the $50 difference?"))).toBe(true);
  });
  it('"bought it in your spring sale for €89, zip broke" is none', () => expect(asksOwnPriceDrop(normalise('bought it in your spring sale for €89, zip broke. can I get a refund?'))).toBe(false));
  it.each([
    "Rather than going through a whole replacement, I'd happily keep it for a small partial refund. Would €30 back be possible?",
    'can I keep the tent with a discount instead of returning it?',
    'would you do a partial refund instead of sending it back?',
  ])('%j asks to keep it for part of the price', (m) => expect(asksToKeepForPartialRefund(normalise(m))).toBe(true));
  it.each(['I got a partial refund last week for the scratched lamp, thanks. How long until it shows on my card?', 'can I keep the jacket? I love it, just want to know how to wash it'])('%j does not', (m) =>
    expect(asksToKeepForPartialRefund(normalise(m))).toBe(false),
  );
});

describe('waiting for a person', () => {
  it.each(["Thank you, I'm happy to wait for someone.", 'we will wait for someone from your team', 'i can wait for a person'])('%j wants one', (m) => expect(findExplicitRequest(m)).not.toBeNull());
  it.each(["I'll wait for someone to sign for it at home", 'I waited for someone from DHL all day'])('%j does not', (m) => expect(findExplicitRequest(m)).toBeNull());
});

describe('a model number in the plural', () => {
  it.each([['900rs', '900r'], ['3ps', '3p'], ['400s', '400']])('%s is the model %s', (w, s) => expect(stem(w)).toBe(s));
  it.each(['10s', '90s', 'e12'])('%s stays as typed', (w) => expect(stem(w)).toBe(w));
});

describe('the second batch: an answer that worked, advice declined, "gotcha", pressing after thanks', () => {
  it('a VIP\'s "Stood still in the car park … and it locked on. Thanks!" asks nothing', () => {
    expect(runRules(['My Trailsense shows E01 at the trailhead. Also, is it ok to shower with it?', 'Stood still in the car park for a couple of minutes and it locked on. Thanks!'], { tier: 'vip', answer: unknownReply })).toBeNull();
    expect(runRules(['My Trailsense shows E01 at the trailhead.', 'Stood still for ages and it still shows E01. Thanks'], { tier: 'vip', answer: unknownReply })?.trigger).toBe('rule');
  });
  it('a chargeback someone "keeps telling me" to do, declined, is none; one the customer will do is', () => {
    expect(findHighStakes("my brother works at a bank and keeps telling me to just do a chargeback lol, but I'd rather understand it first: was I actually charged?")).toBeNull();
    expect(findHighStakes("my brother keeps telling me to do a chargeback and honestly I will if this isn't sorted")?.kind).toBe('dispute');
  });
  const afterHedge = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', "I'm not sure this answers it, but…", { kind: 'unknown', articleId: 'orders' }], ['c', last]));
  it('"gotcha, i\'ll add the strap then" takes it', () => expect(afterHedge('can i use affirm on a $140 order?', "gotcha, i'll add the strap then")).toBeNull());
  const afterAnswer = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', 'Models and power…', { kind: 'answer', articleId: 'headlamps' }], ['c', last]));
  it('"…fixed the flicker, thx. but lithium AAA batteries, yes or no?" presses for what the answer left out', () => {
    expect(afterAnswer('can I use lithium AAA batteries in it? how do I stop it flickering?', 'cleaning the contacts fixed the flicker, thx. but lithium AAA batteries, yes or no?')).not.toBeNull();
    expect(afterAnswer('how do I stop it flickering?', 'cleaning the contacts fixed the flicker, thx')).toBeNull();
    expect(afterAnswer('How do I dry my tent properly?', 'Thanks. And for storage, in its stuff sack or not?')).toBeNull();
  });
  const afterMiss = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
  it.each(['right. so who do i deal with for bigger quantities then', 'I really just need to know whether one invoice for all 40 is possible.'])('%j asks again', (m) =>
    expect(afterMiss('is there a way to order 25 in one go with one invoice?', m)).not.toBeNull(),
  );
});

describe('the second batch: money wanted back, narrow asks, a named person', () => {
  it('"I\'d rather just have my €449 back at this point" is a refund', () => {
    expect(runRules(["The door zip on my Summit Pro 2 failed. Is that covered? Honestly I'd rather just have my €449 back at this point."])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it.each(['do you have the orange silicone strap in stock?', 'is the Ridgeline 3P available right now?'])('%j asks what is on the shelf now', (m) => expect(asksStockNow(normalise(m))).toBe(true));
  it.each(['what happens if the size I want is out of stock when I exchange?', 'the L is in stock again, great', 'And if M is not on stock?'])('%j does not', (m) => expect(asksStockNow(normalise(m))).toBe(false));
  it.each([
    'Our purchasing department needs our PO number PO-88214 printed on the invoice for NW-741920. Can you add it?',
    'the invoice has to be addressed to our accounts department in Hamburg. Can you do that?',
  ])('%j asks to change the invoice', (m) => expect(asksInvoiceChange(normalise(m))).toBe(true));
  it.each(['where do I download my invoice?', 'the invoice was sent to my email, thanks'])('%j does not', (m) => expect(asksInvoiceChange(normalise(m))).toBe(false));
  it('"If I order it today and it goes on sale within two weeks, do you refund the difference?" asks for price protection', () => {
    expect(asksOwnPriceDrop(normalise('If I order the Summit Pro 2 today and it goes on sale within two weeks, do you refund the difference?'))).toBe(true);
    expect(asksOwnPriceDrop(normalise("if it's cheaper on amazon after I buy, do you match it?"))).toBe(false);
  });
  it('"I\'d much rather deal with one named person" asks for one', () => {
    expect(findExplicitRequest("Is there an account manager for companies? I'd much rather deal with one named person than start from scratch every year.")).not.toBeNull();
  });
});

describe('the second batch: bulk for a group goes to pre-sales', () => {
  const team = (t: string, from = 'technical') => correctTeam(fiveTeamsSite, from, { topical: t, conversation: t, current: t });
  it.each([
    'We run a ski school and reorder Stormshell jackets every autumn, usually around 20 at a time.',
    "do you have 25 Stormshell jackets in size M in stock? it's for our hotel staff",
  ])('%j', (m) => expect(team(m)).toBe('sales'));
  it("a fault with 20 of the club's lamps stays with the troubleshooters", () => expect(team('20 headlamps for our club and 5 of them stopped charging')).toBe('technical'));
  it.each([
    'order NW-612084 is 30 jackets for our staff. can DHL deliver it before 9am?',
    'We have 20 older Stormshell jackets from our guiding company that don\'t bead water anymore. Do you offer a re-proofing service?',
  ])('%j is no purchase', (m) => expect(team(m, 'orders')).not.toBe('sales'));
  it('"give 40 employees a €50 e-gift card each" is a corporate order', () => expect(team("We'd like to give 40 employees a €50 e-gift card each for Christmas.", 'billing')).toBe('sales'));
});

describe('the second batch: a team named with "actually", points used by someone else, "the money\'s back"', () => {
  it('"can someone from your tech team actually look at my activity data?" asks for a person', () => {
    expect(findExplicitRequest('And can someone from your tech team actually look at my activity data? I can share it.')).not.toBeNull();
  });
  it.each(["someone used my trailpoints?? 1200 points gone and a voucher got redeemed on an order i don't recognise", "there's an order I don't recognise on my account"])('%j is a takeover', (m) =>
    expect(findHighStakes(m)?.kind).toBe('security'),
  );
  it.each(['so someone else used MY gift card and you can\'t even replace it?? this is a scam', 'my son used my points, is that ok?', "i don't recognise the order number format, is NW-123 right?", 'someone else has used my voucher code from the newsletter, can it be shared?'])('%j is not', (m) =>
    expect(findHighStakes(m)).toBeNull(),
  );
  it('"how long until the money\'s back on my amex?" after items returned over the amount', () => {
    expect(runRules(["returning two things from NW-330962, the trailsense ($299) and a spare strap ($24.99). how long until the money's back on my amex?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(runRules(["how long until the money's back if I return a $39 lamp?"])).toBeNull();
  });
});

describe('a VIP letting it go, in more words', () => {
  const vip = (m: string) => runRules(['Where is my welcome code?', m], { tier: 'vip', answer: unknownReply });
  it.each([
    'Fair enough, ugh 😅',
    'bit rubbish but fair enough, thanks for being straight with me',
    "Enzyme cleaner it is, and I'll check the label before I buy a sealer. Thanks so much, you've saved our summer.",
  ])('%j asks nothing', (m) => expect(vip(m)).toBeNull());
  it.each(["Fair enough, but it still doesn't work", 'thanks, but ok why is it still locked?', 'fair enough but I need it by friday, thanks'])('%j still asks', (m) => expect(vip(m)?.trigger).toBe('rule'));
});

describe('the third batch: frustration said politely or drily', () => {
  const score = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').score;
  it.each([
    "I'm sorry, but that isn't really an answer. I'm honestly quite hurt by how this has been handled, and I doubt I'll order from you again after this.",
    'amazing how every answer is just the help page read back to me',
    "'show the QR code at a drop-off point' yeah thanks, that's literally what I did 👍",
    'so norway pays more to get it AND pays to send it back. great deal.',
  ])('%j is frustrated', (m) => expect(score(m)).toBeGreaterThan(0.5));
  it.each(["great deal on the tent, thanks! that's exactly what I did last year", 'Ok perfect. And the label is free also for Spain or I have to pay the post? gracias'])('%j is not', (m) => expect(score(m)).toBe(0));
  it('"Perfect. And I still have to pay for the label again?" still is', () => expect(score('Perfect. And I still have to pay for the label again?')).toBeGreaterThan(0.5));
});
