/**
 * Session 61 (helper V3): VIP questions the KB cannot fully settle, read as such (a day the parcel is needed by, a
 * restock this week, a sale to come, status moved to another account, one part swapped, an unshipped order's change),
 * and one it settles (a splash-proof rating asked beside submerging).
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { asksRestockDate } from './narrowAsks.js';
import { asksChangeNotShipped, asksFutureDiscount, asksPartSwap, asksStatusTransfer } from './unsettledOffers.js';
import { phraseHints } from './glossary.js';

const HOSTILE = 'a '.repeat(2000);
const promise = (m: string) => asksDeliveryPromise(normalise(m), 'Northwind Gear');

describe('the team asked to send something by a day it is needed', () => {
  it.each([
    'Could you ship the replacement by express so it arrives before Thursday? We leave that morning.',
    'Can you send the new strap today so it gets here by Friday?',
    'Could you dispatch the exchange quickly? I need it before the 14th.',
    'Would you post the gift card so that it is there in time for her birthday?',
    'Could you send the medium out before I post the small back? I need it for a trip on Saturday.',
  ])('%j asks a delivery date', (m) => expect(promise(m)).toBe(true));
  it.each([
    'I need it for a trip on Saturday, how long does express take?',
    'Could you send me the return label? I need to post it by Friday.',
    'If I order today, could you ship it so it arrives by Friday?',
    'Can you send me the invoice so I can file it?',
  ])('%j does not', (m) => expect(promise(m)).toBe(false));
  it('returns on a hostile string', () => expect(typeof promise(HOSTILE + 'could you send it so it arrives')).toBe('boolean'));
});

describe('back in stock within a week named', () => {
  it.each([
    'Will the Portland store get the Trailsense back in stock this week?',
    'Are you going to have the olive Stormshell back in stock next week?',
    'Will the Berlin shop be restocked with the Pace 5 this weekend?',
  ])('%j asks a restock date', (m) => expect(asksRestockDate(normalise(m))).toBe(true));
  it.each([
    'It was back in stock this week, so I ordered one.',
    'I got the back-in-stock email this week, thanks!',
    'Will my refund be back on my card this week?',
  ])('%j does not', (m) => expect(asksRestockDate(normalise(m))).toBe(false));
});

describe('a discount at a sale to come', () => {
  it.each([
    'Is the Stormshell going to be on sale in the January sales?',
    'Are you doing anything for Cyber Monday this year?',
    'Any chance the Pace 5 gets cheaper before Black Friday?',
    'Should I buy now or wait for Black Friday?',
  ])('%j asks it', (m) => expect(asksFutureDiscount(normalise(m))).toBe(true));
  it.each([
    'Does the price match cover Black Friday prices?',
    'I bought it in the Black Friday sale, can I still return it?',
    'Will the student discount work on sale items?',
    'Black Friday was mad, my parcel is late. Where is it?',
  ])('%j does not', (m) => expect(asksFutureDiscount(normalise(m))).toBe(false));
  it('returns on a hostile string', () => expect(asksFutureDiscount(HOSTILE + 'will it be')).toBe(false));
});

describe('loyalty status moved to another account', () => {
  it.each([
    "Could you transfer our Summit tier to my wife's account?",
    'is it possible to share my membership perks with my partner?',
    'Can I give my loyalty status to my son?',
  ])('%j asks it', (m) => expect(asksStatusTransfer(normalise(m))).toBe(true));
  it.each([
    "Can I transfer my points to my husband's account?",
    'How do I move up to Summit status?',
    'What happens to my Summit status if I move to another country?',
  ])('%j does not', (m) => expect(asksStatusTransfer(normalise(m))).toBe(false));
  it('returns on a hostile string', () => expect(asksStatusTransfer(HOSTILE + 'move my')).toBe(false));
});

describe('one part of a product swapped', () => {
  it.each([
    'Could you exchange only the poles? They sent the wrong length.',
    'Can I swap the strap on its own for the black one?',
    'is it possible to replace just the inner tent, it came in the old colour',
  ])('%j asks it', (m) => expect(asksPartSwap(normalise(m))).toBe(true));
  it.each([
    'Can I exchange just the jacket and keep the rest of the order?',
    'The strap broke after a week, can you replace just the strap?',
    'Can I buy just the strap?',
    'The poles came without the bag, is that normal?',
  ])('%j does not', (m) => expect(asksPartSwap(normalise(m))).toBe(false));
  it('returns on a hostile string', () => expect(asksPartSwap(HOSTILE + 'swap just the')).toBe(false));
});

describe("a placed order's change asked because it has not shipped", () => {
  it.each([
    "Please cancel NW-112233, I ordered it this morning and it hasn't been dispatched yet.",
    "Could you change the size on NW-443322 to a large? It's not shipped yet.",
    'NW-556677 still not shipped, can you update the address to my office?',
  ])('%j asks it', (m) => expect(asksChangeNotShipped(normalise(m))).toBe(true));
  it.each([
    "Can I still change the address if the order hasn't shipped?",
    "How do I change the address on NW-123456? It hasn't shipped.",
    "NW-123456 hasn't shipped yet, it's been 5 days. Where is it?",
    'I changed my mind about NW-123456 but it has already shipped, can I return it?',
  ])('%j does not', (m) => expect(asksChangeNotShipped(normalise(m))).toBe(false));
  it('returns on a hostile string', () => expect(asksChangeNotShipped(HOSTILE + 'nw-123456 change')).toBe(false));
});

describe('submerging or only splash-proof: the rating', () => {
  const rated = (m: string) => phraseHints(normalise(m)).hints.includes('splash');
  it.each([
    'Can the Lumen 400 go under water or is it just splash-proof?',
    'Could I dunk the Lumen 900R in a lake, or is it only protected from spray?',
    'may one submerge it, or is it merely protected against rain?',
  ])('%j asks the rating', (m) => expect(rated(m)).toBe(true));
  it.each([
    'Is the Stormshell protected against rain?',
    'I dropped the lamp under water, is it covered?',
    'The tent is protected against rain, but is it warm?',
  ])('%j does not', (m) => expect(rated(m)).toBe(false));
  it('returns on a hostile string', () => expect(rated(HOSTILE + 'submerge or')).toBe(false));
});
