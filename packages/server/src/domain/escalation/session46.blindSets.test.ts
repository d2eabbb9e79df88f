/**
 * Session 46's blind sets (fresh137: customers with history; fresh138: shoppers before they buy; fresh139: business
 * and bulk buyers; fresh140: trigger words used in other senses; fresh141: long conversations that turn late): the
 * misses they showed, each read as the general case it is, with negatives beside.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { findHighStakes, learnedDuty } from './highStakes.js';
import { refundAmount } from './refundAmount.js';
import { alternatingTurns, northwindNames, runRules } from './testContext.js';
import { normalise } from '../bot/text.js';

const shop = 'Northwind Gear';

describe('a call promised before is told, not asked', () => {
  it.each([
    "Hi, I spoke to someone called Petra yesterday about my invoice. She said she'd fix it and call me back today. Nobody called.",
    'hi, I was promised a callback yesterday between 2 and 4 about my exchange for NW-528863. never got one.',
    'your colleague told me someone would ring me back within the hour, that was Monday',
  ])('%j is no request', (m) => expect(findExplicitRequest(m, shop)).toBeNull());
  it.each([
    'Can you get Petra or whoever has it to ring me?',
    'could you have someone from billing call me on 0151 44872310?',
    "I was promised a callback and never got one. Can someone call me today?",
  ])('%j is one', (m) => expect(findExplicitRequest(m, shop)).not.toBeNull());
  it('the courier asked to call is no request for the shop\'s person', () => {
    expect(findExplicitRequest('can you get the courier to call me before delivery?', shop)).toBeNull();
  });
});

describe('"are you a bot" as a taunt', () => {
  it('"are you a bot that can only copy paste??" is anger, not a request, and still frustration', () => {
    expect(findExplicitRequest('it still flickers. are you a bot that can only copy paste?? 🙄', shop)).toBeNull();
    expect(findExplicitRequest('are you a bot?', shop)).not.toBeNull();
    expect(findExplicitRequest('are you a bot or a real person?', shop)).not.toBeNull();
  });
});

describe('high stakes: other people, other shops, other senses', () => {
  it.each([
    "how do I turn on two-step verification? my brother's gaming account got hacked last week and now I'm paranoid about all my accounts 😅",
    'my instagram account got hacked so I want 2FA everywhere, how do I turn it on here?',
    "my friend had to do a chargeback once with some other online shop and it was a whole saga. my card payment just failed with PAY-310, is my order gone??",
    'your sale is on fire 🔥🔥 does the 10% welcome code work on sale items too?',
  ])('%j is not', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ['my account got hacked and someone changed the email', 'security'],
    ["my son's account on your site got hacked and there's an order I didn't place", 'security'],
    ["my brother's gaming account got hacked and now there's a €240 order on my Northwind account I didn't place", 'security'],
    ['the power bank is on fire', 'safety'],
    ['I will ask my bank to dispute the charge', 'dispute'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it('a learned reading about a disputed or reversed payment, or card details typed in, is the money team\'s', () => {
    expect(learnedDuty(normalise('fyi my bank already reversed the $154.20 because i disputed it last week'))).toMatch(/chargeback/);
    expect(learnedDuty(normalise('our finance department will dispute the card payment of €1.079,76 with our bank'))).toMatch(/chargeback/);
    expect(learnedDuty(normalise('i already clicked it yesterday and typed in my visa details to pay the fee'))).toMatch(/fraud/);
    expect(learnedDuty(normalise('the parcel has been missing for three weeks and nobody answers'))).toBeUndefined();
  });
});

describe('the refund rule for clubs and sums worked out', () => {
  it('a count sent back times the price each ("sent back 9 of the jackets … €39 each")', () => {
    expect(refundAmount('Our scout troop sent back 9 of the kids Stormshell jackets from order NW-604318. They were €39 each. When will the refund land?').total).toBe(351);
    expect(runRules(['Our scout troop sent back 9 of the kids Stormshell jackets from order NW-604318. They were €39 each. When will the refund land?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(runRules(['We sent back 4 of the headlamps, €39 each. When will the refund land?'])).toBeNull();
  });
  it('"$69 each so that\'s $207 back to the card please" asks for $207', () => {
    const said = ["our club order NW-150872 came to $1,640 in total. we're sending back just the 3 headlamps", "the headlamps were $69 each so that's $207 back to the card please. how long will it take?"];
    expect(refundAmount(said[1]!).total).toBe(207);
    expect(runRules(said)).toMatchObject({ trigger: 'rule' });
    expect(runRules(["we're sending back just the 2 headlamps", "they were $69 each so that's $138 back to the card please"])).toBeNull();
  });
  it('"so that\'s €159 + €79" is a sum, not a total of €159', () => {
    expect(refundAmount("i also sent back the lumen 900r, so that's €159 + €79 that should come back to my card").total).toBe(238);
  });
  it('an amount that is the sum of the others is their total', () => {
    expect(refundAmount('Returned two things, one was €120.00 and the other €80.00. When should I see the €200.00 back on my Mastercard?').total).toBe(200);
    expect(runRules(['Returned two things from NW-559013, one was €120.00 and the other €80.00. When should I see the €200.00 back on my Mastercard?'])).toBeNull();
  });
  it('what came back short is part of the same refund ("was €129 and i only got €94")', () => {
    expect(refundAmount('my refund for NW-391880 came back short. the stormshell was €129 and i only got €94').total).toBe(129);
    expect(runRules(['my refund for NW-391880 came back short. the stormshell was €129 and i only got €94'])).toBeNull();
    expect(runRules(['my refund for NW-391880 came back short. the tent was €329 and i only got €94'])).toMatchObject({ trigger: 'rule' });
  });
  it('a return that may never happen is no refund asked ("if he hates it and we return it")', () => {
    expect(runRules(['thinking about the trailsense (€379) as a gift for my husband. if he hates it and we return it, how long does the refund take with paypal?'])).toBeNull();
    expect(runRules(['my husband hated the trailsense (€379) so we returned it, how long does the refund take with paypal?'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('frustration: done with the shop, the sentence starting with it', () => {
  it('"…than knock $50 off. done with northwind honestly, ordering it from amazon"', () => {
    const turns = alternatingTurns('can you match amazon? the trailsense is $279 there', "it's sold by a seller called GearDealsUSA, does that count?", "wow. you'd rather lose a sale than knock $50 off. done with northwind honestly, ordering it from amazon");
    const ctx = { ...turns, site: { ...turns.site, name: 'Northwind Gear' }, names: northwindNames };
    expect(detectFrustration(ctx)).not.toBeNull();
    expect(detectFrustration(alternatingTurns('how do i pay by invoice?', 'done with payment, when will it ship?'))).toBeNull();
  });
});

describe('a card typed into a phishing page, and money asked back in plain words', () => {
  it('"a text saying \'…confirm your card here\' and i put in my visa ending 4417" is security', () => {
    expect(findHighStakes("got a text saying 'your student discount is ready, confirm your card here' and i put in my visa ending 4417 before i realised, was that you??")?.kind).toBe('security');
    expect(findHighStakes('i entered my visa at your checkout and the payment failed')).toBeNull();
  });
  it('"sent the ridgeline 3p back yesterday. it was €289, when does that come back to me?" chases a refund', () => {
    expect(runRules(['keeping the summit, sent the ridgeline 3p back yesterday. it was €289, when does that come back to me?'])).toMatchObject({ trigger: 'rule' });
    expect(runRules(['sent the lamp back yesterday. it was €89, when does that come back to me?'])).toBeNull();
  });
});

describe('fresh142-146: advice told, disputes announced, money waited for', () => {
  it("someone else's advice told and declined is no request, no dispute", () => {
    expect(findExplicitRequest("my husband told me to 'just demand a human' lol but I think you can handle this one: do you ship to Oslo?", shop)).toBeNull();
    expect(findExplicitRequest('my husband told me to ask for a human, so can I talk to someone?', shop)).not.toBeNull();
    expect(findHighStakes("my brother says i should 'just do a chargeback' for everything lol, but i'd rather do it properly. when will the refund show?")).toBeNull();
    expect(findHighStakes("my brother says i should just do a chargeback and i think he's right, i'm doing it today")?.kind).toBe('dispute');
  });
  it('"PayPal will be hearing from me" and "she\'ll dispute the €150 with her card company" are disputes', () => {
    expect(findHighStakes("if the €64,50 for the gloves I returned isn't back on my account by Friday, PayPal will be hearing from me. Have a lovely day.")?.kind).toBe('dispute');
    expect(findHighStakes("my mum bought it on her credit card and she says if you can't fix this she'll dispute the €150 with her card company")?.kind).toBe('dispute');
    expect(findHighStakes('will I be hearing from you about the refund?')).toBeNull();
  });
  it('"how long until the €39 is back on my card?" names the refund beside the order\'s other prices', () => {
    expect(refundAmount('i bought a tent (€329) and a lumen 400 (€39), order NW-154873. i sent just the lumen back. how long until the €39 is back on my card?').total).toBe(39);
    expect(runRules(['i bought a tent (€329) and a lumen 400 (€39), order NW-154873. i sent just the lumen back. how long until the €39 is back on my card?'])).toBeNull();
    expect(runRules(['i returned the tent (€329) and the lumen 400 (€39), order NW-154873. how long until the money is back on my card?'])).toMatchObject({ trigger: 'rule' });
  });
  it('an eye-roll at oneself, the thing working again and thanks, is no frustration', () => {
    expect(scoreFrustration("Wiped the contacts and it's charging again 🙄 how embarrassing. Thank you!").score).toBe(0);
    expect(scoreFrustration('wiped the contacts like you said and it STILL does not charge 🙄').score).toBeGreaterThan(0);
  });
});

describe('fresh147-151: terse incidents, money taken for nothing ordered, returns gone back', () => {
  it('"voltpack 20000 smoking 😳" is an incident; "paypal just took 418,00 … i never ordered anything" is security', () => {
    expect(findHighStakes('voltpack 20000 smoking 😳', '', '', northwindNames)?.kind).toBe('safety');
    expect(findHighStakes('??? paypal just took 418,00 for NW-904415 and i never ordered anything')?.kind).toBe('security');
    expect(findHighStakes('i never ordered anything from you, just browsing, why did i get a newsletter')).toBeNull();
  });
  it('a return that went back or got marked Checked, and the money for those two chased, is a refund asked', () => {
    expect(runRules(["hey, my return for NW-803316 got marked 'Checked' 2 days ago. it was a Pace 5 and a Lumen 900R, two hundred and forty dollars together. when does the money actually come back?"])).toMatchObject({ trigger: 'rule' });
    expect(runRules(['the Stormshell €189 and trail runners €119 went back on Monday with the DHL label. How long until the money for those two is back on my card?'])).toMatchObject({ trigger: 'rule' });
    expect(runRules(['the Lumen 400 €39,95 went back on Monday. How long until the money for it is back on my card?'])).toBeNull();
  });
});

describe('a read-only review of the session\'s patterns: what they must not take, and what they must keep', () => {
  it('requests: a callback promised then asked for now is a request; a carrier asked to call is not', () => {
    for (const m of ['u promised a callback so call me now', 'I was promised a callback, I want to speak to a manager now', 'you were supposed to call me yesterday, put me through to a human please']) expect(findExplicitRequest(m, shop), m).not.toBeNull();
    for (const m of ['can you get the postman to ring me before he drops it off', 'could you ask the hermes driver to call me when hes outside?', 'can you have the delivery guy phone me 10 min before']) expect(findExplicitRequest(m, shop), m).toBeNull();
  });
  it('high stakes: a real takeover on this shop, a real fire, a chargeback filed now', () => {
    expect(findHighStakes('my gmail account got hacked and now the email on my profile here was changed and i cant log in')?.kind).toBe('security');
    expect(findHighStakes("my dad's account on your site got hacked, someone changed his password and address")?.kind).toBe('security');
    expect(findHighStakes('i plugged the voltpack in and now that is on fire!! what do i do')?.kind).toBe('safety');
    expect(findHighStakes("i'm filing a chargeback today, not dealing with some company that ignores me for 3 weeks")?.kind).toBe('dispute');
  });
  it('high stakes: not a price "smoking", a wrong colour never ordered, an app complaint, a relative\'s dispute declined', () => {
    for (const m of ['that price on the voltpack, smoking!', 'I never ordered this colour, I ordered blue and paid €89 for it', 'i never ordered it in the end because shipping was €12, can i still use the code?', 'klarna is going to hear from me about their app, keeps logging me out', "my sister said she'll dispute it with her bank for me but i'd rather sort it with you, can you refund the €89?"]) expect(findHighStakes(m, '', '', northwindNames), m).toBeNull();
    expect(learnedDuty(normalise('the courier disputed that it was delivered and now nobody will help me'))).toBeUndefined();
    expect(learnedDuty(normalise('i updated my card details on the account last week and the parcel never arrived'))).toBeUndefined();
  });
  it('refund amounts: items that sum to another are not its parts unless it is called the total; counts survive "only got"', () => {
    expect(refundAmount('returned the jacket €120, the boots €80 and the tent €200, where is my refund?').total).toBe(400);
    expect(refundAmount('returned both jackets, €120 each, and i only got €120 back').total).toBe(240);
    expect(refundAmount('sent back 12 march, both headlamps €69 each. refund?').total).toBe(138);
    expect(refundAmount('I sent back the tent (€329) and the lumen (€39). how long until the €39 is back on my card, and the €329 too?').total).toBe(368);
  });
  it('rules: a return already made is chased whatever comes next; an item back from repair is no refund', () => {
    expect(runRules(["my husband didn't like the trailsense (€379) so we returned it last week. if i dont like the replacement i'll send that back too. where's my €379?"])).toMatchObject({ trigger: 'rule' });
    expect(runRules(['sent the ridgeline (€289) back for repair under warranty, when does it come back to me?'])).toBeNull();
  });
  it('frustration: "done with Northwind Trail app setup" is progress', () => {
    expect(scoreFrustration('Done with Northwind Trail app setup. how do i pair the watch now?', [], true, shop).score).toBe(0);
    expect(scoreFrustration('third delay. seriously. done with northwind, cancel it', [], true, shop).score).toBeGreaterThan(0);
  });
});

