/**
 * Session 59 (helper R3): a refund chase over 200 said plainly after a return told with its amounts ("Nothing on my card
 * yet", "nothing back on my amex yet", a return "dropped off at a UPS store", "that's three hundred and twelve dollars I'd
 * like back on my Discover card"); a complaint closed by the bare request words ("customer service please"). With the
 * look-alikes that keep their reading (a refund under 200, a return not made yet, a price gap, no return at all).
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { runRules } from './testContext.js';

const rule = (messages: string[]) => runRules(messages)?.skill;
const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;

describe('a refund chase over 200 said plainly', () => {
  it.each([
    'I sent back the Summit Pro 2 and one Stormshell jacket from order NW-412977 about ten days ago. That was €389 for the tent and €179 for the jacket. Nothing on my card yet and no email. Where is it?',
    'returned the Pace 5 ($149.99) and the Lumen 900R ($89) from NW-771206 in the Portland store last week. nothing back on my amex yet',
    "Dropped the Ridgeline 3P off at a UPS store on the 6th, order NW-733019. It was $329.00 and I haven't seen a cent back yet. When will it hit my Visa?",
    "sent my Trailsense back with the UPS label on the 2nd, order NW-556781. that's three hundred and twelve dollars I'd like back on my Discover card please",
    'Sent the Ridgeline 3P ($329) back two weeks ago, UPS shows it delivered. Nothing in my bank account yet.',
    'I returned the Summit Pro 2, €389, order NW-123456. Still nothing back on my mastercard so far.',
    "We dropped both jackets off at the DHL parcel shop on Monday, €179 each, order NW-222333. I haven't seen a penny yet.",
    "returned the pace 5 last week, order NW-555111. it was $249 and that's the $249 I want back on my visa",
    'I returned the tent (€329) ten days ago. When will it show up on my Amex?',
    "Sent back order NW-777888, the Trailsense. That's two hundred and forty nine euros I'd like back please.",
  ])('%j goes to billing', (m) => expect(rule([m])).toBe('billing'));

  it.each([
    'I returned the Lumen 900R ($89) last week. Nothing on my card yet.',
    'If I return my €329 tent, how long until the money is back on my card?',
    "The Summit Pro 2 costs $389 on your site but $329 elsewhere. That's $60 I'd like back please.",
    'I ordered the Ridgeline 3P for $329 yesterday. Nothing on my card yet, did the payment go through?',
    'UPS dropped off my $329 tent at the wrong house. Where is it?',
    'I dropped my Pace 5 ($249) off at the UPS store for a warranty repair. When will it be back?',
    'Before I buy the $389 Summit Pro 2: how do refunds work if I send it back?',
  ])('%j is no refund over 200', (m) => expect(rule([m])).toBeUndefined());
});

describe('a complaint closed by the bare request words', () => {
  it.each([
    'I was charged for an order I cancelled within 10 minutes, NW-391805, €119.90. customer service please',
    'My parcel arrived with the tent poles snapped, order NW-123123. Customer support please.',
    "the app logs me out every time I open it and I've reinstalled twice. agent now",
    'Third time asking about my delivery NW-998877, it still says processing. Customer care please!',
  ])('%j asks for a person', (m) => expect(asks(m)).toBe(true));

  it.each([
    'Customer service please take note: the checkout page is broken on mobile',
    'I already spoke to customer service please stop sending me emails',
    "The person please don't mind, what sizes does the Stormshell come in?",
    "I'd like to compliment your customer service, please pass it on",
  ])('%j asks for no one', (m) => expect(asks(m)).toBe(false));
});
