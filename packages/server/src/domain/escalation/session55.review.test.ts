/**
 * Review of session 55: where the session's new readings misfired, both ways — look-alikes they caught (a question
 * whether anyone could fix it, a campfire that burned someone, the goods awaited, a hold on a card, a refund forced on
 * the customer, a battery that still shows 100 %, a racket that is a noise) and close variants they missed — with the
 * negatives that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { personRequestModel } from '../../site/botModels.js';
import { normalise } from '../bot/text.js';
import { detectExplicitRequest, findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { claimsRefund } from './refundClaim.js';
import { refundAmount } from './refundAmount.js';
import { scoreFrustration } from './frustration.js';
import { chat, northwindNames, repeatedFailureOf, runRules } from './testContext.js';

const asks = (m: string) => detectExplicitRequest(m, 1, personRequestModel, 'Northwind Gear');

describe('a request for a person: whether anyone could do it is no request', () => {
  it.each([
    'can a person fix this with the patch kit or does it need to go back to you?',
    'can a person fix it themselves or is it a workshop job? the zip slider came off',
    "would anyone approve the return if I've already cut the tags off?",
    'can a person sort this out themselves or do i have to send it in?',
    'could anyone fix that with seam sealer? asking before i buy some',
    'can anyone approve this at checkout or is it automatic with the code?',
    'could anyone fix it if I bring it into the Berlin store?',
  ])('%j asks whether, not for someone', (m) => {
    expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull();
    expect(asks(m)).toBeNull();
  });
  it.each([
    'can somebody just approve it right now? i want to order tonight before my trip',
    'can someone approve it please? our finance team needs the invoice first',
    'could someone approve it if possible, the code expired yesterday',
    'can anybody fix my login? it keeps saying wrong password',
    "could somebody approve the warranty claim, it's been 2 weeks",
    'can someone sign this off please, the price match is for $40',
    'can a supervisor look at this please',
    'can someone fix my order or do I have to cancel it?',
    'can someone approve it or do I need to call the store?',
  ])('%j still asks', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).not.toBeNull());
});

describe('a request for a person: what the bot is, asked in passing, in other words', () => {
  it.each([
    'are you a bot? i dont mind either way, just need the return address',
    'are you a bot? fine either way lol',
    'r u a bot? no judgement, my tent pole snapped',
    'are you an AI? totally fine if so. does the pace 5 have offline maps?',
    'are you a bot? all good either way, quick one about sizes',
    'am i chatting with a bot? not bothered, just want to know if the stormshell runs small',
    "are you a real person? doesn't really matter, how long is shipping to austria",
    'are you a bot? honestly curious lol',
    "are you a bot? I don't mind, how long does the voltpack take to charge",
    'are you a bot? no problem if you are, what size is the L in cm',
    'are you a real person or a bot? either way, can you check NW-448812',
    'am I talking to a bot? fair enough if so. when does the berlin store open',
  ])('%j asks for no one, by pattern or learned reading', (m) => {
    expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull();
    expect(asks(m)).toBeNull();
  });
  it.each(['are you a bot?', 'are you a real person? because this is ridiculous', 'are you a bot? wondering because i need someone who can cancel my order today', 'are you a bot? i dont mind, but i want a human for this refund'])(
    '%j still asks',
    (m) => expect(asks(m)).not.toBeNull(),
  );
});

describe('a request for a person: someone of a team asked to act, in other words', () => {
  it.each([
    'is there anyone on the sales team that could recommend a tent for 4 people and a dog?',
    'is there somebody at your end who can confirm the charge?',
    '¿hay alguien en facturación que me pueda explicar el cargo?',
  ])('%j asks', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).not.toBeNull());
  it.each(['is there a store in your area that has it?', 'hay alguien en casa que pueda recogerlo el viernes'])('%j does not', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull());
});

describe('high stakes: campfire sparks that set something alight or burned someone', () => {
  it.each([
    'the kids were in the tent when campfire sparks set it alight and my daughter got burned',
    'campfire embers blew into the vestibule and the tent went up in flames, we got out but my hand is burned',
    "bonfire embers landed on my sleeve and the jacket melted onto my arm, I've got a nasty burn",
  ])('%j is an incident', (m) => expect(findHighStakes(m, '', '', northwindNames)?.kind).toBe('safety'));
  it.each([
    'stove sparks burned a hole in the tent floor, is that covered?',
    'fire pit embers put tiny holes in my fly, can it be patched?',
    'campfire sparks melted a small bit of the stormshell hem, can you repair it?',
    'campfire sparks hit the tent, it almost caught fire but we put it out. small hole now, covered?',
  ])('%j is a care mishap', (m) => expect(findHighStakes(m, '', '', northwindNames)).toBeNull());
});

describe('refunds: the goods awaited, a hold, a refund the customer was given instead', () => {
  it.each([
    'I returned the $89 headlamp already. I also ordered the €249 tent last week, when will I get it?',
    'I sent the faulty Pace 5 back last week and you said a new watch is on the way ($249). when will I get it?',
    'I returned the Stormshell (€229) and ordered the Ridgeline instead, how soon will I get it?',
    'I mailed back the $219 jacket for a different colour, when will I get it?',
    'I sent back the wrong €239 jacket you shipped, the right one is still not here. when will I get it?',
    'I sent back the €220 tent and got the new one in size L, thanks! my account still shows nothing under returns, is that normal?',
    'my card was declined twice, now €260 is showing as pending, will it go back to my account by itself?',
  ])('%j is no refund', (m) => expect(runRules([m])).toBeNull());
  it.each([
    'sent back both tents (€518 total) on Monday. When will I see it?',
    'I returned the $240 watch, it was received on the 3rd. my paypal still shows nothing',
    "returned the €260 tent last week. my bank hasn't shown anything yet",
    'returned the €229 jacket, nothing showing on my statement yet',
    "returned my $250 watch on the 1st, how long till my money's back?",
    "returned the €259 jacket a week ago. any idea when I'll see it?",
    'the €229 jacket went back on monday. when can I expect it?',
    'they sent a replacement not a refund, I asked for my €249 back!',
  ])('%j goes to billing', (m) => expect(runRules([m])).toMatchObject({ trigger: 'rule', skill: 'billing' }));
  it.each([
    'so I just choose exchange rather than refund in the form? it is the €259 Stormshell',
    "I'd prefer a swap over a refund, the €259 jacket in L please",
    'exchange instead of refund please, it is the €259 Stormshell, need an L',
    'Exchange, not refund. The €259 jacket in L please.',
  ])('%j chooses an exchange', (m) =>
    expect(runRules([m])).toBeNull(),
  );
  it('"how long is the money back guarantee" asks no money back', () =>
    expect(claimsRefund(normalise("Returned one jacket already. For the €240 Stormshell I'm keeping, how long is the money back guarantee?"))).toBe(false),
  );
  it.each([
    ["so that's €89 for the lamp, €149 for the jacket", 238],
    ["so that's €150 for the tent and then another €90 for the poles", 240],
    ["so that's €249 for the tent and footprint, and €59 for the lamp", 308],
    ["so that's €229 for the jacket and the lamp", 229],
  ] as const)('%j comes to %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});

describe('repeated failure: letting it go in other words, "nobody can confirm" taken', () => {
  const afterMiss = (q: string, last: string) => repeatedFailureOf(chat(['c', q], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
  it.each([
    ["what's the phone number for the Portland store?", "ok I'll just drop by tomorrow, it's not time-sensitive"],
    ["whats your US phone number and when do people actually pick up? I'm in Denver", "fine, I'll call tomorrow, not a priority"],
    ['does the Lumen 900R have a red light mode?', "ok so no one can say for sure. fair enough, i'll test it myself"],
    ['does the Lumen 900R have a red light mode?', "ok nobody can check that, no worries, I'll find out in store"],
    ['does the Lumen 900R have a red light mode?', 'nobody can check? fine. ill buy the 400 then'],
  ])('%j … %j lets it go', (q, last) => expect(afterMiss(q, last)).toBeNull());
  it.each([
    ['does the Lumen 900R have a red light mode?', 'so nobody can tell me if it has a red mode??'],
    ['does the Lumen 900R have a red light mode?', 'nobody can confirm? seriously, it is a headlamp'],
    ['can I get the Ridgeline 3P engraved?', 'this is not a rush but i do need to know whether engraving is possible'],
    ['can I get the Ridgeline 3P engraved?', 'nothing urgent lol. do you do engraving on the 3P or not?'],
  ])('%j … %j presses', (q, last) => expect(afterMiss(q, last)).not.toBeNull());
});

describe('frustration: the good that lasts, praise meant, a noise, another shop’s goods', () => {
  const reading = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear');
  it.each([
    'the watch still says 100% after a 10k, great',
    'still says 100% after a 20k run, amazing',
    "still doesn't leak after 3 years. amazing",
    'still not broken after 5 years, brilliant',
    'the voltpack still shows 4 bars after a week in the drawer. great!',
    'same thing happened with my old lamp, but this one is perfect',
    'the same thing happened last year and you fixed it fast, brilliant service',
    'lost my receipt but the Berlin staff found the order, great store!',
    'my dog walked off with a tent peg lol. great company, great tents',
    "the fan in the voltpack makes a little racket when it's charging, is that normal?",
    'the fly makes a racket in the wind, is that normal?',
    'my son wants a nice racket for badminton, do you sell any?',
  ])('%j is not frustrated', (m) => expect(reading(m).score).toBe(0));
  it.each([
    'my old headlamp from amazon was a total waste of money. which lumen is best for running?',
    'bought two by mistake, what a waste of money lol. can i return one?',
    'a 20000 mAh bank for a day hike is a total waste of money imo. is the 10000 enough?',
  ])('%j is no money wasted with us', (m) => expect(reading(m).labels).not.toContain('worn out'));
  it.each([
    'same code as before and still says used. fantastic.',
    'still says the code is invalid. brilliant',
    'my order still says processing. great company.',
    'the app still doesnt sync. brilliant.',
    'still wont pair after the reset. perfect.',
    'still not refunded after 3 weeks. great company.',
    'same error again after the update. wonderful',
    'charged twice and nobody answers. great company.',
    'quite the racket, charging for returns on broken stuff',
    "nice little racket you've got going",
  ])('%j is frustrated', (m) => expect(reading(m).score).toBeGreaterThanOrEqual(1));
  it('"such a waste of money for a jacket that leaks" is money wasted', () => expect(reading('such a waste of money for a jacket that leaks').labels).toContain('worn out'));
});
