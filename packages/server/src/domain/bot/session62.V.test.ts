/**
 * Session 62 (helper V): VIP answerability. Read as unsettled: a product to come, the difference after the shop's own
 * sale, the day a placed order arrives. Read as settled: a check that the last answer was understood (read on its
 * article), and points that become "usable" (found in the points passage, not the privacy one).
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { asksOwnPriceDrop } from './serviceAsks.js';
import { asksUpcomingProduct } from './unsettledOffers.js';
import { checksReading } from './readingChecks.js';
import { answerQuestion } from './answer.js';
import { article, kbOf } from './testKb.js';

const HOSTILE = ['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'so i '.repeat(800)];
const promise = (m: string) => asksDeliveryPromise(normalise(m), 'Northwind Gear');

describe('a product to come', () => {
  it.each([
    'Is a new version of the Pace 5 coming out this year? I don\'t want to buy one a month before a launch.',
    'Any successor to the Lumen 900R planned?',
    'When is the next generation of the Stormshell due out?',
    'Will there be a newer model of the Trailsense released soon?',
    'Do you know if an updated version of the Ridgeline tent is in the works?',
  ])('%j asks it', (m) => expect(asksUpcomingProduct(normalise(m))).toBe(true));
  it.each([
    'Does the new model come with a charger?',
    'I bought the new version of the Pace 5 last week, how do I pair it?',
    'Will the new model be back in stock soon?',
    'Is the latest version of the app out?',
    'When will my new jacket be delivered?',
  ])('%j does not', (m) => expect(asksUpcomingProduct(normalise(m))).toBe(false));
});

describe("the difference after the shop's own sale", () => {
  it.each([
    'I bought the Trailsense last week and it\'s now in your own sale for less. Can you refund the difference?',
    'I paid full price for my Stormshell two weeks ago and now it\'s on your site for less, can I get the difference back?',
    'Ordered the Lumen 900R on Monday, today it\'s in your spring sale. Could you refund the difference?',
    'The tent I bought is currently in the sale on your website. Any chance of a partial refund?',
  ])('%j asks it', (m) => expect(asksOwnPriceDrop(normalise(m))).toBe(true));
  it.each([
    'bought it in your summer sale for €89, zip broke, refund?',
    'I bought it in your sale for less than the RRP, can I return it if it doesn\'t fit?',
    'It\'s now in your sale for less, should I wait to buy it?',
    'Is the jacket currently on sale on your site? I\'d like a refund on my other order.',
  ])('%j does not', (m) => expect(asksOwnPriceDrop(normalise(m))).toBe(false));
});

describe('the day a placed order arrives', () => {
  it.each([
    'Can you tell me exactly what day order NW-128890 will arrive? I\'m leaving for a trip on Thursday.',
    'What day will my order arrive? I ordered on Monday.',
    'Precisely which date does NW-553201 get delivered?',
    'Which day will the parcel be delivered, exactly? It\'s order NW-200114.',
  ])('%j asks a delivery date', (m) => expect(promise(m)).toBe(true));
  it.each([
    'If I order today, what day will it arrive?',
    'What day do you ship orders placed at the weekend?',
    'Exactly what day did my order arrive? The tracking shows nothing.',
    'What date will the refund for my order arrive?',
  ])('%j does not', (m) => expect(promise(m)).toBe(false));
});

describe('a check that the last answer was understood', () => {
  it.each([
    'Right — and Android 12 counts as \'Android 10 or later\', yes? Sorry, being pedantic.',
    'So the jacket delivered on the 2nd will be spendable from around the 2nd of next month? Just making sure I understood.',
    'So if I send it back on day 29 that still counts, correct?',
    'The 5 business days start when it reaches your warehouse, have I got that right?',
    'If I understood correctly, the voucher lasts six months from when I make it?',
  ])('%j checks it', (m) => expect(checksReading(m)).toBe(true));
  it.each([
    'Am I right to be annoyed that it took three weeks?',
    'Is that the right size for a 180 cm person?',
    'Yes, I want to return it. How do I start?',
    'I want to make sure the tent is waterproof before I buy it.',
    'Do you ship to Norway?',
    'no bank transfer is for private customers, right? we are a GmbH. does transfer work for businesses?',
  ])('%j does not', (m) => expect(checksReading(m)).toBe(false));

  const kb = kbOf([
    article('pairing', 'Pairing your watch', '**Pairing with your phone**\n1. Install the Trail app (iOS 15 or later, Android 10 or later).\n2. Turn on Bluetooth.'),
    article('shipping', 'Shipping times', '**EU**\nStandard: 2–5 business days. Free on orders over €60.'),
  ]);
  it('reads the check on the last answer\'s article', () => {
    const q = 'Which phone do I need for the Trail app?';
    const first = answerQuestion(kb, q);
    expect(first.articleId).toBe('pairing');
    const reply = answerQuestion(kb, "Right — and Android 12 counts as 'Android 10 or later', yes? Sorry, being pedantic.", { question: q, articleId: 'pairing' });
    expect(reply.kind).toBe('answer');
    expect(reply.articleId).toBe('pairing');
  });
});

describe('points that become usable', () => {
  const kb = kbOf([
    article('loyalty', 'Loyalty points', '**Earning points**\nPoints show as pending and become available 30 days after delivery, once the return window has closed.'),
    article('privacy', 'Privacy and data deletion', '**Delete your account**\nOnce you confirm, deletion is completed within 30 days. Orders that have not been delivered must be completed first. Loyalty points and unused vouchers are lost. Gift card balances stay usable with the code.'),
  ]);
  it.each([
    'When do the points from my last order become usable?',
    'My points are still pending, when are they spendable?',
    'I ordered a tent last week. When will those points be spendable?',
  ])('%j finds the points passage', (m) => expect(answerQuestion(kb, m).articleId).toBe('loyalty'));
  it.each([
    'Once I delete my account, is my gift card balance still usable?',
    'If I delete my account are my points lost?',
    'How long does deleting my account take?',
  ])('%j still finds the privacy passage', (m) => expect(answerQuestion(kb, m).articleId).toBe('privacy'));
});

describe('hostile strings', () => {
  it.each(HOSTILE)('each changed reading returns (%#)', (h) => {
    for (const s of [h, `${h} new version coming out?`, `${h} now in your sale for less refund`, `${h} exactly what day will it arrive`, `${h}, yes?`]) {
      expect(typeof asksUpcomingProduct(normalise(s))).toBe('boolean');
      expect(typeof asksOwnPriceDrop(normalise(s))).toBe('boolean');
      expect(typeof promise(s)).toBe('boolean');
      expect(typeof checksReading(s)).toBe('boolean');
    }
  });
});
