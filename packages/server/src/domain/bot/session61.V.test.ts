/**
 * Session 61 (helper V): VIP questions read as what they ask. A passage that matches only a product's name ("the Lumen
 * 900R") gives way to one that matches what is asked; "how do I file it?" makes a claim; "can I contest it?" appeals;
 * money "back onto my Amex" is a refund to the payment method; "if they go that route" names no topic;
 * and a delivery booked for a chosen day is a date no delivery passage promises.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { restatedPhrases } from './restatements.js';
import { answerFirst } from './knowledgeBase.js';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { article, kbOf } from './testKb.js';
import { searchKnowledgeBase } from './knowledgeBase.js';

const restated = (m: string) => restatedPhrases(normalise(m));
const means = (m: string, word: string) => restated(m).some((p) => p.means.includes(word));
const givesWay = (m: string, word: string) => restated(m).some((p) => p.means.length === 0 && p.words.includes(word));

describe('a passage that matches only the product name gives way (session 61 V)', () => {
  const hit = (id: string, confidence: number, namesOnly = false) => ({ id, confidence, incidental: false, namesOnly });
  const first = (...hits: ReturnType<typeof hit>[]) => answerFirst(hits)[0]!.id;
  it.each([
    [hit('lamp', 0.27, true), hit('warranty', 0.33)],
    [hit('lamp', 0.2, true), hit('other', 0.1), hit('warranty', 0.45)],
    [hit('watch', 0.35, true), hit('returns', 0.6)],
  ])('the topical passage goes first', (...hits) => expect(first(...hits)).not.toMatch(/lamp|watch/));
  it.each([
    // Not when the topical passage is barely more confident ("waterproof enough for kayaking trips": the tent's "trip").
    [hit('lamp', 0.324, true), hit('tent', 0.335)],
    // Nor when the first passage matches what is asked too, nor when the other is no answer.
    [hit('lamp', 0.3), hit('warranty', 0.6)],
    [hit('lamp', 0.27, true), hit('warranty', 0.29)],
  ])('the first stays', (...hits) => expect(first(...hits)).toBe(hits[0]!.id));
  const kb = kbOf([
    article('warranty', 'Warranty (2 years)', 'All products come with a 2-year warranty from the delivery date.\n\n**How to make a claim**\nFill in the warranty form with your order number.'),
    article('lamps', 'Headlamp care', '**Models**\n- the Lumen 400 runs on AAA batteries.\n- the Lumen 900R has a built-in battery, charged in about 4 hours.\n\n**Storage**\nStore the Lumen 900R at half charge.'),
    article('ship', 'Shipping times', 'Standard delivery takes 2-5 business days.'),
  ]);
  const top = (q: string) => searchKnowledgeBase(kb, q, 3)[0]?.articleId;
  it.each(['How long does the Lumen 900R take to charge?', 'Where should I store the Lumen 900R?', 'Does the Lumen 400 take AAA batteries?'])('%j stays on the product', (q) => expect(top(q)).toBe('lamps'));
  it.each(['what warranty does the lumen 900R have', 'warranty for my Lumen 900R?'])('%j finds the warranty', (q) => expect(top(q)).toBe('warranty'));
});

describe('a decision contested: an appeal (session 61 V)', () => {
  it.each(['If they say no, can I contest it?', 'can I challenge the decision?', 'is there a way to object to the rejection?'])('%j', (m) => expect(means(m, 'appeal')).toBe(true));
  it.each(['setting it up was a real challenge', 'I entered your photo contest, any news?', 'I object, this is wrong'])('not: %j', (m) => expect(means(m, 'appeal')).toBe(false));
});

describe('"file it": making a claim (session 61 V)', () => {
  it.each(['How do I file it?', 'where can I lodge it?', 'ok and how can i file that?', "I'd like to file it today, what do I need?"])('%j', (m) => expect(means(m, 'claim')).toBe(true));
  it.each(['the file it sent me is empty', 'where is the file?', "I can't open the file it downloaded", 'my data file, it will not open'])('not: %j', (m) => expect(means(m, 'claim')).toBe(false));
});

describe('money back onto a card by its brand (session 61 V)', () => {
  it.each(['And the difference goes back onto my Amex?', 'will it be refunded to my Visa?', 'does the money go back on my card?', "so it's credited to my Mastercard?"])('%j', (m) => expect(means(m, 'refund')).toBe(true));
  it.each(["I'll go back to my account page and check", 'I put my card back in my wallet', 'can I pay with my Amex?', 'my Visa was declined, can I use PayPal?'])('not: %j', (m) => expect(means(m, 'refund')).toBe(false));
});

describe('a step just named names no topic (session 61 V)', () => {
  it.each([
    ['And roughly how long do repairs take if they go that route?', 'route'],
    ['should we take that option, what does it cost?', 'option'],
    ['if I go this way, do I keep the receipt?', 'way'],
    ['and once they take that route, who pays the postage?', 'route'],
  ])('%j', (m, w) => expect(givesWay(m, w)).toBe(true));
  it.each([
    ['what route does the courier take?', 'route'],
    ['which way up should the tent go?', 'way'],
    ['if they go to the store, can they return it there?', 'store'],
    ['the trail was rough and the pole cracked', 'rough'],
  ])('not: %j', (m, w) => expect(givesWay(m, w)).toBe(false));
});

describe('a delivery booked for a chosen day (session 61 V)', () => {
  const asks = (m: string) => asksDeliveryPromise(normalise(m), 'Northwind Gear');
  it.each(['Can I schedule the delivery for her birthday, 12 June?', 'could I book the parcel for the 3rd?', 'can I pick a delivery date?', 'Is it possible to set the delivery for June 12?'])('%j', (m) => expect(asks(m)).toBe(true));
  it.each(['Can I pick the parcel up on Saturday?', 'My delivery was scheduled for Monday but nothing came', 'Can I schedule an e-gift card for her birthday?', 'Can I choose the delivery option at checkout?'])('not: %j', (m) => expect(asks(m)).toBe(false));
});

describe('hostile input (session 61 V)', () => {
  it('long repeated strings return', () => {
    for (const s of ['a '.repeat(2000), 'how do i file '.repeat(290), 'goes back onto my '.repeat(220), 'if they go that '.repeat(250), 'schedule the delivery for '.repeat(150), 'can i contest '.repeat(290)]) {
      expect(Array.isArray(restatedPhrases(normalise(s)))).toBe(true);
      expect(typeof asksDeliveryPromise(normalise(s), 'Northwind Gear')).toBe('boolean');
    }
  });
});
