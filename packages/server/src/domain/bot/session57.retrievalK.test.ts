/**
 * Session 57's retrieval fixes (helper K), on a small KB of its own: phrases that say what the articles name otherwise
 * (money gone from an account is a charge, "never used it" an unused balance, "pay by invoice" a payment method, an
 * order's address put right a change); a feeling that opens the message is no gap (when it happened, "20 minutes ago", is one
 * still: made optional, four development conversations were answered that the labels hand off); the fastest
 * option is express; GPS that "will last a long race" asks battery life; a product's measure asked by its unit is
 * settled only by a passage that gives the figure; a spare part the customer wants to buy. (Its emergency-steps rule
 * was taken out: three development conversations that the emergency passage had, wrongly, settled were then handed off.)
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_THRESHOLD, searchKnowledgeBase } from './knowledgeBase.js';
import { article, kbOf } from './testKb.js';
import { answerQuestion } from './answer.js';
import { queryTerms } from './queryTerms.js';
import { restatedPhrases } from './restatements.js';
import { phraseHints } from './glossary.js';
import { asksMeasure } from './detailAsks.js';
import { asksToBuyAPart } from './serviceAsks.js';
import { applyNarrowAsks } from './narrowAsks.js';
import { normalise } from './text.js';

const kb = kbOf([
    article('changing', 'Changing or cancelling an order', "**Within 60 minutes of placing your order**\nYou can cancel the order, or change the delivery address, size or colour, under Account > Orders > Edit order.\n\n**After 60 minutes**\nThe order has been passed to the warehouse and can no longer be changed, even if it hasn't shipped yet. Wrong address? Use the carrier's redirect service. Return it free of charge within 30 days."),
    article('account', 'Account and password', '**Changing your email address**\nGo to Account > Settings to change the email address you sign in with.\n\n**Forgot your password?**\nClick Sign in > Forgot password and we send a reset link to your account email.'),
    article('payment', 'Payment methods', "**EU site**\n- Visa, Mastercard, PayPal\n- Klarna: pay in 30 days or in 3 interest-free instalments\n\n**Good to know**\n- Your card is authorised when you order and charged when the order ships.\n- We don't accept cash on delivery."),
    article('refunds', 'Refunds: how long they take', "**How the money comes back**\n- Cards: to the same card in 3–10 business days.\n- Klarna: your Klarna invoice or plan is adjusted automatically. Don't pay the returned amount."),
    article('tracking', 'Tracking your order', "**Tracking hasn't updated**\nThe first scan can take up to 24 hours to appear after the shipping email. Parcels may go a few days without a new scan, and leave the warehouse the next day."),
    article('gift', 'Gift cards', '**Validity and balance**\nGift cards are valid for 3 years. Check your balance at example.com/giftcard. Any unused balance stays on the card until it expires.\n\n**Lost your code?**\nAsk the person who bought it to resend it.'),
    article('privacy', 'Privacy and data deletion', '**Delete your account and data**\nGo to Account > Privacy > Delete my account. Invoices are never deleted and used for nothing else. Trailpoints and unused vouchers are lost. Gift card balances stay usable with the code.'),
    article('safety', 'Battery safety', '**Charging**\nCharge with the supplied cable. It is normal for a device to feel slightly warm while charging.\n\n**If it overheats**\nIf it gets too hot, swells or smokes, unplug it and move it away from anything flammable. Report it to us straight away: our team will arrange safe collection and a replacement battery. If there is a fire, call the emergency services first.'),
    article('lamp', 'Headlamps: use and care', '**Models and power**\nLumen 400: runs on 3 AAA batteries. Lumen 900R: built-in rechargeable battery, up to 6 hours on high.\n\n**Flickering or dim light**\nUsually caused by low batteries or dirty contacts. On the Lumen 900R, check that the port cover is closed.'),
]);
const top = (q: string) => searchKnowledgeBase(kb, q, 1)[0];
const said = (m: string) => normalise(m);
const means = (m: string) => restatedPhrases(said(m)).flatMap((p) => p.means);

describe('phrases that say what the articles name otherwise', () => {
  it.each(['Why has €449 already left my account for the tent?', 'the money was debited from my account', '€120 came out of my bank yesterday', '89 euros has gone from my card'])('%j is a charge', (m) => expect(means(m)).toContain('charged'));
  it.each(['I left my account logged in on the library computer', 'How do I leave my account?', 'I left my card details in the basket'])('%j is not', (m) => expect(means(m)).not.toContain('charged'));
  it.each(['never used it, it was €150 from my mum', "I haven't used the card yet", 'has not even used it'])('%j is unused', (m) => expect(means(m)).toContain('unused'));
  it.each(['it never used to do that', 'I used it once and now it is broken'])('%j is not', (m) => expect(means(m)).not.toContain('unused'));
  it.each(['Can I pay by invoice with Klarna?', 'is invoice payment possible?', 'do you offer pay later?'])('%j is a way to pay', (m) => expect(means(m)).toContain('methods'));
  it.each(['Can I get an invoice for my order?', 'where is the invoice for my payment?'])('%j is not', (m) => expect(means(m)).not.toContain('methods'));
  it.each(["it's going to my old address. Can it still be fixed?", 'please fix the delivery address', 'it was sent to my previous address'])('%j changes the address', (m) => expect(means(m)).toContain('change'));
  it.each(['my old address was in Berlin, how long does shipping take?', 'can the zip be fixed?'])('%j does not', (m) => expect(means(m)).not.toContain('change'));
});

describe('the passage that answers them', () => {
  it('an order going to an old address, told with a feeling and when it was placed, is the change within 60 minutes', () => {
    const hit = top("Slight panic here - I ordered a Ridgeline 3P about 20 minutes ago and it's going to my old address. Can it still be fixed?");
    expect(hit?.articleId).toBe('changing');
    expect(hit!.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });
  it('changing an e-mail address is still the account', () => expect(top('How do I change my email address?')?.articleId).toBe('account'));
  it('money gone before the order shipped is the payment passage', () => expect(top("Why has €449 already left my account for the tent? It hasn't even shipped yet.")?.passage.heading).toBe('Good to know'));
  it('paying by invoice with Klarna is a payment method, a Klarna invoice adjusted after a return still a refund', () => {
    expect(top('Can I pay by invoice with Klarna?')?.articleId).toBe('payment');
    expect(top('When will Klarna adjust my invoice after the return?')?.articleId).toBe('refunds');
  });
  it("an unused gift card's balance is the gift card's, a balance kept after deleting the account still privacy's", () => {
    expect(top('gift card 4417 2290 1183 5562 says the balance is €0. never used it, it was €150 from my mum for my birthday')?.passage.heading).toBe('Validity and balance');
    expect(top('will my gift card balance survive if I delete my account?')?.articleId).toBe('privacy');
  });
});

describe('what is told, not asked', () => {
  const terms = (m: string) => queryTerms(m, (t) => kb.articleDf.has(t));
  it('a feeling that opens the message is no term', () => {
    expect(terms('Slight panic here - I ordered it 20 minutes ago').flatMap((t) => t.terms)).not.toContain('panic');
    expect(terms('Help! I need to change my address').flatMap((t) => t.terms)).toContain('chang');
  });
  it('a panic button asked about keeps its words', () => expect(terms('Does the Pace 5 have a panic button?').flatMap((t) => t.terms)).toContain('panic'));

});

describe('the fastest option and a long race', () => {
  const hints = (m: string) => phraseHints(normalise(m)).hints;
  it.each(['What is the fastest option to Munich?', "what's the quickest delivery you have?"])('%j is express', (m) => expect(hints(m)).toContain('express'));
  it.each(['what is the fastest way to get a refund?', 'quickest way to reset my password?'])('%j is not', (m) => expect(hints(m)).not.toContain('express'));
  it.each(['And will GPS last a long race?', 'will the battery last a 3-day trek?'])('%j asks battery life', (m) => expect(hints(m)).toContain('battery'));
  it.each(['will the gps signal last in the forest?', 'will the battery last 2 years?'])('%j does not', (m) => expect(hints(m)).not.toContain('battery'));
});

describe("a product's measure asked by its unit", () => {
  it.each(['How many lumens does the Lumen 900R put out on its brightest setting, and roughly how far does the beam reach?', 'how heavy is the Summit Pro 2?', "What's the beam distance of the 900R?", 'how bright is the Lumen 400?', 'How much does the tent weigh?'])('%j asks one', (m) => expect(asksMeasure(said(m))).toBe(true));
  it.each(['How long does the Lumen 900R last on high?', 'the Lumen 400 is dim, what do I do?', 'is the jacket ok in heavy rain?', 'how far is the Berlin store from the station?', 'how far along is my order?', 'Does the Lumen 400 take AAA batteries?'])('%j does not', (m) => expect(asksMeasure(said(m))).toBe(false));
  it('a passage without the figure leaves it unsettled; one with it settles', () => {
    const q = 'How many lumens does the Lumen 900R put out on its brightest setting?';
    const own = searchKnowledgeBase(kb, q, 5);
    expect(applyNarrowAsks(kb, said(q), own[0]!, own, true).unsettled).toBe(true);
    const lit = kbOf([article('lamp', 'Headlamps', '**Models**\nLumen 900R: 900 lumens on high, a beam of 150 m.')]);
    const found = searchKnowledgeBase(lit, q, 5);
    expect(applyNarrowAsks(lit, said(q), found[0]!, found, true).unsettled).toBe(false);
  });
});

describe('a spare part to buy', () => {
  it.each(['I want to buy a replacement battery for my Trailwatch, do you sell them?', 'Do you sell spare tent poles for the Ridgeline?', 'do you stock replacement straps?'])('%j asks it', (m) => expect(asksToBuyAPart(said(m))).toBe(true));
  it.each(['Do you sell the Pace 5 in the US?', 'I want to buy a Lumen 400, is it in stock?', 'I want to buy a new jacket for winter', 'I got a replacement battery under warranty'])('%j does not', (m) => expect(asksToBuyAPart(said(m))).toBe(false));
});

describe('a part to buy is not answered as if it were one of the articles', () => {
  it('"I want to buy a replacement battery" gets no answer', () => expect(answerQuestion(kb, 'I want to buy a replacement battery for my Trailwatch, do you sell them?').kind).not.toBe('answer'));
});
