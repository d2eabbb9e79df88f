/**
 * Session 62 (helper RU): the refund-over-200 rule sums only what is being refunded. One of several items gone back is
 * that item's price, not the order's total beside it nor the price times the count bought; a bound asked about ("was it
 * €200 or more?") is no item; what already came back of the money paid ("refunded $96 but paid $120") is the same money,
 * not more of it. With the look-alikes that still go to billing.
 */
import { describe, expect, it } from 'vitest';
import { refundAmount } from './refundAmount.js';
import { isBound, withoutMoneyBack } from './notItemAmounts.js';
import { findAmounts } from './amounts.js';
import { runRules } from './testContext.js';

const fires = (message: string) => runRules([message]) !== null;

describe('one of several gone back: the item, not the order total nor the count bought', () => {
  it.each([
    ['I sent back one of the lamps from a 3-lamp order, order total was €270 but the one I returned was €90. refund pending?', 90],
    ['returned one chair out of the pair (NW-100200). total came to €330, the one that went back was €165. when is the refund due?', 165],
    ['Order NW-300400: three Lumen 900R headlamps at €119 each. The other two are fine; how long for the refund on the one I sent back?', 119],
    ['two Summit Pro 2 tents at $189 each, we returned one. refund timing?', 189],
  ])('%j is %d', (message, total) => {
    expect(refundAmount(message).total).toBe(total);
    expect(fires(message)).toBe(false);
  });

  it.each([
    // Both went back: the count stands.
    'two Stormshell jackets at €179 each, I sent both back. when is the refund?',
    // The one returned is itself over the threshold.
    'I returned one tent from a 2-tent order, total was €598 and the one I sent back was €299. refund please',
    // No part named: the order's whole sum is the refund.
    'I returned my whole order NW-176428, the total was €598. where is my refund?',
    // "one more" is no partial return.
    'returned one more jacket today, €129, on top of the €119 boots last week. refund for both please',
  ])('still over 200: %j', (message) => expect(fires(message)).toBe(true));
});

describe('a bound asked about is no item', () => {
  it.each([
    ['was my refund €200 or more? I returned two things: €120 and €80', 200],
    ['is it over €200? the jacket was €150 and the gloves €45, I returned both', 195],
    ['refund question: did it come to $200 or less? returned a $110 lamp and a $60 strap', 170],
  ])('%j is %d', (message, total) => {
    expect(refundAmount(message).total).toBe(total);
    expect(fires(message)).toBe(false);
  });

  it.each([
    // The bound passed by the items themselves.
    'was my refund €200 or more? I returned two things: €150 and €80',
    // "or so" is an estimate of the item's price, not a bound.
    'I returned the tent, €250 or so, where is my refund?',
    // A bound alone says nothing of the items: as before, read as the amount.
    'I returned everything, is the refund over €300? I need it back',
  ])('still over 200: %j', (message) => expect(fires(message)).toBe(true));

  it.each([
    ['was my refund €200 or more?', '€200', true],
    ['is it more than $250 now?', '$250', true],
    ['the tent was €250 or so', '€250', false],
    ['I paid over €300 for it', '€300', false],
  ])('isBound in %j', (text, raw, bound) => {
    const a = findAmounts(text).find((x) => x.raw === raw)!;
    expect(isBound(text.toLowerCase(), a)).toBe(bound);
  });
});

describe('paid X, refunded Y: the same money, not summed', () => {
  it.each([
    ['my refund for NW-519604 says issued but it\'s only $142.10 and I paid $169.85', 169.85],
    ['NW-558013, I was refunded $96 but paid $120 for the item', 120],
    ['got back €85 for the boots but I paid €110 for them. refund doesn\'t add up', 110],
    ['the refund came to just €130 and I was charged €180 for the jacket, what happened?', 180],
  ])('%j is %d', (message, total) => {
    expect(refundAmount(message).total).toBe(total);
    expect(fires(message)).toBe(false);
  });

  it.each([
    // What was paid is itself over the threshold.
    'I was refunded $96 but paid $240 for the watch, where is my refund for the rest?',
    // Two items priced, no money back: summed as before.
    'I paid €150 for the jacket and only €60 for the gloves, refund both please',
    // The amount back is more than what is named as paid: no pairing.
    'I paid €40 shipping and was refunded €260 for the tent, but now the refund is gone from my card?',
  ])('still over 200: %j', (message) => expect(fires(message)).toBe(true));

  it('leaves a message with nothing paid as it is', () => {
    const text = 'i was refunded $96 and $120';
    expect(withoutMoneyBack(text, findAmounts(text))).toHaveLength(2);
  });
});

describe('hostile input returns', () => {
  it.each(['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), '€1 or '.repeat(666), 'paid €1 refunded '.repeat(235), 'the one i sent '.repeat(266)])('%#', (text) => {
    const amounts = findAmounts(text);
    expect(typeof refundAmount(text).total).toBe('number');
    expect(Array.isArray(withoutMoneyBack(text.toLowerCase(), amounts))).toBe(true);
    for (const a of amounts.slice(0, 50)) expect(typeof isBound(text.toLowerCase(), a)).toBe('boolean');
    expect(runRules([text])).toBeDefined();
  });
});
