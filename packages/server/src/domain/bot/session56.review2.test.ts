/**
 * Review 2 of session 56: the narrow asks a near passage leaves open, read only where asked — a store's hours on a holiday,
 * not a deal's or a window's; a replacement's own warranty asked, not a replacement told; points for purchases made
 * before joining, not an older model; payment terms, not "on account of"; a service, not "get them clean"; the shop's own
 * prices, not a competitor's; the back-in-stock e-mail, unless a date is asked besides; a lamp's battery, not a warranty's span.
 */
import { describe, expect, it } from 'vitest';
import { phraseHints } from './glossary.js';
import { normalise } from './text.js';
import { asksHolidayHours, asksPastPurchasePoints, asksPaymentTerms, asksReplacementWarranty } from './detailAsks.js';
import { asksForAService, asksOwnPriceDrop } from './serviceAsks.js';
import { asksRestockDate } from './narrowAsks.js';

const hints = (m: string) => phraseHints(normalise(m)).hints;
const yes = (f: (s: string) => boolean, ms: string[]) => it.each(ms)('%j asks it', (m) => expect(f(normalise(m))).toBe(true));
const no = (f: (s: string) => boolean, ms: string[]) => it.each(ms)('%j does not', (m) => expect(f(normalise(m))).toBe(false));

describe("a store's hours on a holiday", () => {
  yes(asksHolidayHours, ['Is the Berlin store open on Christmas Eve?', 'are you open on boxing day?', "What are the opening hours on New Year's Eve?", 'Is the Hamburg shop closed on Good Friday?']);
  no(asksHolidayHours, ['Will the Black Friday deals be open to Trailpoints members?', 'Does the return window close on December 31st?', 'Are Black Friday orders open for returns until January?', 'Is the Black Friday sale closed already?']);
});

describe("a replacement's own warranty, asked", () => {
  yes(asksReplacementWarranty, ['Does the replacement watch get a fresh 2-year warranty?', 'Is the repaired jacket still under the original warranty?', 'If you replace it, does the warranty restart?', 'Does the warranty of the replacement run from the original purchase date?']);
  no(asksReplacementWarranty, ['I got a replacement under warranty last month and now the new one is leaking too.', 'Can I get a new one under warranty or a repair? My original was bought in 2023.', 'The replacement arrived and the warranty card is new, thanks!']);
});

describe('points for purchases before joining', () => {
  yes(asksPastPurchasePoints, ['I bought a Pace 5 in March and only joined last week: can those purchases be added to my points?', 'Can I claim points for purchases from last year?', 'Can I get Trailpoints for orders I made before I signed up?', 'Do I earn points on previous orders?']);
  no(asksPastPurchasePoints, ['Can I earn points on the older Pace 3 too?', 'Do I get points for orders placed before Friday?', 'Do I get points for buying before the sale ends?', 'Do I collect points on old stock in the outlet?']);
});

describe('payment terms for a business', () => {
  yes(asksPaymentTerms, ['Can we pay on account?', 'Can our club pay by invoice on 30-day terms?', 'Do you offer net 30 for businesses?']);
  no(asksPaymentTerms, ['On account of the delay, can I get a discount?', 'Can I pay by invoice with Klarna?']);
});

describe('a service done for the customer', () => {
  const service = (s: string) => asksForAService(s, 'Northwind Gear');
  yes(service, ['can I have you re-proof my jacket?', 'Could I get you to repair the zip for a fee?', 'Can I bring it in to be re-proofed?']);
  no(service, ['How do I get them clean after a muddy hike?', 'Can I take them to be cleaned at a dry cleaner or will it damage the down?', "I'll have someone fix it locally, just tell me the part name"]);
});

describe("the shop's own prices in a price match", () => {
  yes(asksOwnPriceDrop, ['Does your price match cover your own prices too?']);
  no(asksOwnPriceDrop, ['Can you price match Bergzeit? Their own sale has it at €80', 'Will you match their own offer? Globetrotter has it cheaper']);
});

describe('the back-in-stock e-mail, unless a date is asked besides', () => {
  yes(asksRestockDate, ['When will the Lumen 400 be back in stock?', 'I was told when I ordered it would be back in stock in May, when exactly?', "I got an email when it was restocked but it's sold out again, when will it be back in stock?"]);
  no(asksRestockDate, ["Is there a way to be told when it's back in stock?"]);
});

describe("a lamp's battery on a setting, not a warranty's or a sale's span", () => {
  it.each(['how long does the Lumen 400 last on the low setting?', 'how long does it run on eco mode?', 'how long will my headlamp last on a single charge?'])('%j asks battery life', (m) =>
    expect(hints(m)).toContain('battery'),
  );
  it.each(['how long does the guarantee run on the power bank?', 'how long does the sale go on for the power bank?'])('%j does not', (m) => expect(hints(m)).not.toContain('battery'));
});
