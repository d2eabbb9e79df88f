/** Refund-rule phrasings from session 23's blind sets (fresh65–68). */
import { describe, expect, it } from 'vitest';
import { refundAmount } from './refundAmount.js';
import { runRules as run, unknownReply } from './testContext.js';

describe('site rules: blind sets fresh65/68 (session 23)', () => {
  it('reads "I want it back on my Amex" after a partial return as a refund of that amount', () => {
    expect(run(["I'm returning part of order NW-385512, just the Trailsense", 'It was $329.00 and I want it back on my Amex, not store credit.'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    // Under the threshold, and a want that is not money ("I want it back" of a lent item), are not.
    expect(run(["I'm returning part of order NW-385512, just the lamp", 'It was $89.00 and I want it back on my Amex, not store credit.'])).toBeNull();
    expect(run(['I lent my $329 watch to a friend and I want it back by Friday'])).toBeNull();
  });
  it('counts the item of "€249 of the €318 total", and the same amount named again once', () => {
    expect(refundAmount('the tent was €249 of the €318 total. when will the €249 be back on my Mastercard?').total).toBe(249);
    expect(run(["I'm sending back part of order NW-602845, just the tent", 'the tent was €249 of the €318 total. when will the €249 be back on my Mastercard?'])).toMatchObject({ trigger: 'rule' });
    // Two items at the same price are two amounts; a total stated after a list is still the list's sum.
    expect(refundAmount('two jackets, €129 and €129').total).toBe(258);
    expect(refundAmount('I returned both jackets, €150 and €120, €270 total').total).toBe(270);
    expect(run(["I'm sending back part of order NW-602845, just the lamp", 'the lamp was €49 of the €318 total. when will the €49 be back on my Mastercard?'])).toBeNull();
  });
});

describe('site rules: review of the session 23 patterns', () => {
  it('keeps two items of the same price, and a total still owed', () => {
    expect(refundAmount('I sent back the €110 rain jacket and the €110 rain pants. When is my refund coming?').total).toBe(220);
    expect(refundAmount('You refunded €40 for the lamp, but I returned the tent too. I am still owed €289 total.').total).toBe(289);
    expect(refundAmount("Ordered a tent and two headlamps on NW-811450, €372 total. I'm returning one Lumen 900R (€79) - will the refund go back to Apple Pay?").total).toBe(79);
  });
  it.each([
    ['My Klarna plan for the €260 tent moved to my credit card. I want it back on my debit card.'],
    ['You removed my saved Visa after my €250 order. I would like it back on my account.'],
    ['I cancelled order NW-110233 and re-ordered the bigger tent instead. When will the €289 hit my credit card?'],
  ])('"%s" asks no refund', (m) => {
    expect(run([m])).toBeNull();
  });
  it('wanting it back on the card is a refund once items go back', () => {
    expect(run(["I returned the $329 Trailsense. I'd like it back on my Visa please."])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: blind sets fresh69 (session 23)', () => {
  it('reads "the €449 goes back to my Mastercard" and "when will Klarna take that off"', () => {
    expect(run(["Hi, I'm keeping the headlamp but sent back the Summit Pro 2 from order NW-872245. Can you confirm the €449 goes back to my Mastercard?"])).toMatchObject({ trigger: 'rule' });
    expect(run(["what happens with the money on a return when you've paid by Klarna?", 'ok. the Pace 5 and the extra strap I sent back come to about two hundred and ten euros together. when will klarna take that off?'])).toMatchObject({ trigger: 'rule' });
    expect(run(['the strap I sent back was €29. when will klarna take that off?'])).toBeNull();
  });
});

describe('site rules: a plan reduced only for a return (review, session 23)', () => {
  it.each([
    ['I returned the €249 Summit 2P to swap it for the 3P which is on backorder. When will they take it off backorder?'],
    ['I returned the old one and ordered the €329 Ridgeline with Klarna. When will Klarna take it off my account, at delivery?'],
  ])('"%s" asks no refund', (m) => {
    expect(run([m])).toBeNull();
  });
  it('"I returned the €449 tent. When does Klarna take it off my bill?" is one', () => {
    expect(run(['I returned the €449 tent. When does Klarna take it off my bill?'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: blind sets fresh72–78 (session 24)', () => {
  it.each([
    // Prices typed without a currency after the word that prices them.
    ['hi so i sent back the tent from NW-603392, was 189, n the footprint for 39 too. when does the refund come'],
    // A bare price "at … each" beside a currency amount is an item's price too (159 + 2 × 44.50).
    ['I am returning everything: the Ridgeline 3P, which cost 159 euros, and two Lumen 400 headlamps at 44.50 each. Please confirm I get all of it back.'],
    // The count typed after the item: "x2 @ $79.00".
    ["Returning 3 items from NW-726615:\n- Lumen 900R x2 @ $79.00\n- VoltPack 20000 @ $64.90\nI'd like the refund to my Discover card."],
    // "getting the full … back" in words.
    ["Sent back the Trailsense and the strap. Just want to confirm I'm getting the full two hundred and nineteen dollars back on my card"],
    // "319,- EUR", after a question about refunds.
    ['its the summit pro 2, 319,- EUR, arrived at ur warehouse tues. when is my refund'],
  ])('%j', (m) => {
    expect(run([m])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('reads the money wanted for items going back, and a return the warehouse has checked', () => {
    expect(run(['quick one on trailpoints', 'the tent was 179 euros, and the footprint, 34 euros. Both are going back. I want the money for both on my Mastercard.'])).toMatchObject({ trigger: 'rule' });
    expect(run(['How do I send one back? It is the Trailsense.', "Right, it's gone off with the UPS man this morning. It was $279.99 on the Amex, when will I see that back?"])).toMatchObject({ trigger: 'rule' });
    expect(run(["ok so its been checked since tuesday. thats the ridgeline 3p, $349, out of a $612 order. when does the money show up"])).toMatchObject({ trigger: 'rule' });
  });
  it('keeps counts, measures and small refunds out', () => {
    expect(run(['I want the money for both on my Mastercard. The tent was 179 euros and the footprint 14 euros. Both are going back.'])).toBeNull();
    expect(run(['Sent back the lamps I ordered for 100 people, when is the refund due? They were 15 euros each.'])).toBeNull();
    expect(run(["The jacket is going back, I've had it for 30 days. When does the refund come?"])).toBeNull();
    expect(run(["I want the money for both on my card: I paid for 2023's model twice."])).toBeNull();
    expect(refundAmount('the tent was 189, n the footprint for 39 too').total).toBe(228);
    expect(refundAmount('we ordered for 100 headlamps, it was for 30 days').amounts).toEqual([]);
  });
});

describe('site rules: review of the session-24 amounts', () => {
  it.each([
    'I want a refund for the €179 boots, they were 44, I need 45.',
    "I'm returning the curtains for a refund, the drop was 250, not the 220 I ordered",
    'the Halden lamp was 400, not 900 lumens like the listing said. I want a refund',
    "I want my money back. The rug was 300, but the listing said 200x300 and it's smaller",
    'I returned the €195 lamp today, dropped it at the post office at 10.30. When is my refund?',
    'we ordered for 120, a whole hotel floor, refund for the 8 broken bulbs pls (€12 each)',
    'I want my money back for the €190 rug. I waited for 45 minutes on the phone, then for 20, and got nothing',
    "What's your refund policy if a lamp was 250, and I used it for a week?",
    "the €249 floor lamp - is it going back in stock soon? I've been waiting for weeks",
    "my parcel has gone off with the DHL man to the wrong street, still waiting for it. It's the €260 order",
  ])('"%s" is no refund over 200', (m) => {
    expect(run([m])).toBeNull();
  });
  it('"how do refunds work?" … "I haven\'t returned anything yet, just asking" is none', () => {
    expect(run(['how do refunds work?', "the lamp was 250, and the shade 30. I haven't returned anything yet, just asking"])).toBeNull();
  });
  it.each([
    'I want a refund, paid 259 for the floor lamp',
    'refund?? i paid 309 for that lamp',
    'returned 2x Fenna @ 129,- EUR, refund pls',
    'Reembolso por favor, la alfombra fue 289.',
    'ich will mein Geld zurück, die Lampe war 249',
    'refund for the rug pls, 289 total',
  ])('"%s" is one', (m) => {
    expect(run([m])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: the money named as coming back, and a VIP who only takes the answer (session 24)', () => {
  it('reads "I get $57 back" as the refund, not every price in the message', () => {
    expect(refundAmount('a Ridgeline 3P ($329), a Lumen 400 ($39) and stakes ($18), so $386 total. If I return just those two I get $57 back, right?').total).toBe(57);
    expect(refundAmount('2 x 159 € and 1 x 49 € back please').total).toBe(367);
  });
  it.each([
    'Ah, the power bank is a pity, but I shall buy one locally. Thank you, that is very clear.',
    "Only one per order, that's a little disappointing, but I'll spread them out over the year. Thank you for explaining.",
  ])('"%s" asks nothing of a VIP\'s', (m) => {
    expect(run(['can I ship a power bank to Norway?', m], { tier: 'vip', answer: unknownReply })).toBeNull();
  });
  it('a VIP thanking and asking for something the help articles cannot settle is still handed off', () => {
    expect(run(['thanks', 'Thank you. Could you hold the Ridgeline for me until Saturday'], { tier: 'vip', answer: unknownReply })).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: a VIP letting a question go (session 29)', () => {
  it.each([
    'Fair enough, figured as much.',
    'Ah well, worth a try.',
    'Thought as much. No harm asking!',
    'New AAAs and a wipe of the contacts did the trick. Much obliged.',
    'Changed it on the tracking page. Done, thank you, that was painless.',
  ])('"%s" asks nothing of a VIP\'s', (m) => {
    expect(run(['Will you match an eBay price?', m], { tier: 'vip', answer: unknownReply })).toBeNull();
  });
  it.each([
    'Kindly send me a fresh copy for NW-552314 with my company name Meyer GmbH on it. Much obliged.',
    "I'm abroad until the 20th, so extend the return window on NW-118822 by two weeks for me. Much obliged.",
    "Last time the exchange was simple, I'd love the same again with order NW-771203. It was simple",
    'My balance shows 120 points when it should be 480 after the tent. I figured.',
    'The tracking has been stuck in Leipzig for a week, same as last time. Thought as much.',
    'Figured as much. Can you hold one in the Berlin store for me then?',
    'Hold the green Stormshell in M for me at the Berlin store until Saturday. Much obliged.',
    'The Ridgeline from NW-440192 arrived with a torn fly. Figured.',
    'I thought so, but the code still does not work, figured as much',
  ])('a VIP\'s "%s" still asks something', (m) => {
    expect(run(['Will you match an eBay price?', m], { tier: 'vip', answer: unknownReply })).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: review of the session-24 refund and VIP changes', () => {
  it.each([
    'I paid $350 for the tent and returned it. I got $50 back as store credit, but the full $350 refund has not arrived.',
    'I returned the $380 jacket two weeks ago and still no refund. Just asking when it will arrive.',
  ])('"%s" is still a refund over 200', (m) => {
    expect(run([m])).toMatchObject({ trigger: 'rule' });
  });
  it.each([
    'Thanks. My parcel has been marked as delivered but it is not here.',
    'Noted, but the discount code VIP20 does not work at checkout.',
    'Cheers. Also wondering whether the Stormshell comes in XXL',
  ])('a VIP\'s "%s" still asks something', (m) => {
    expect(run(['Is the tent waterproof?', m], { tier: 'vip', answer: unknownReply })).toMatchObject({ trigger: 'rule' });
  });
});

describe('refundAmount: a whole number priced each, and "just the two" (session 29)', () => {
  it('reads "129 each" in the currency the message names, times the items, beside the order total', () => {
    expect(refundAmount("It's just the two Stormshell jackets, 129 each, out of my €890 order NW-208746.").total).toBe(258);
    expect(refundAmount('only the two tents at €150 each are coming back').total).toBe(300);
  });
  it('still counts one when one of several goes back, and a price after a comma without a currency (session 43: it was none)', () => {
    expect(refundAmount("two tents at €150 each but I'm only returning one").total).toBe(150);
    expect(refundAmount('returning the two Stormshell jackets, 129 each').total).toBe(258);
    expect(refundAmount('the two size 10 each boots, €89 in total').total).toBe(89);
  });
});

describe('refundAmount: second review of the session-29 changes', () => {
  it('counts the items that go back, not the items bought', () => {
    expect(refundAmount("I bought four headlamps at €60 each and I'm returning only two").total).toBe(120);
    expect(refundAmount('6 tents at €80 each; only the two with broken poles are coming back').total).toBe(160);
    expect(refundAmount("three jackets at €90 each and I'm sending just two back").total).toBe(180);
  });
  it('a model number is no price, and an order total with a word between is still the order', () => {
    expect(refundAmount('Returning 2 Lumen 400 each with the Lumen Core pack, €58 a set').total).toBeLessThan(200);
    expect(refundAmount('two jackets, 59 each, out of the €390 club order').total).toBe(118);
    expect(refundAmount('I return the Lumen 900R of €119 and the Stormshell vest of €94 from order NW-580243').total).toBe(213);
  });
});
