/**
 * Session 56, the second blind batch: details a near passage leaves open (a holiday's hours, the app offline, a
 * replacement's warranty, points for past purchases, payment terms), a service asked as "have you re-proof it", the
 * shop's own prices in a price match, and the back-in-stock e-mail asked for (no date).
 */
import { describe, expect, it } from 'vitest';
import { asksHolidayHours, asksOffline, asksPastPurchasePoints, asksPaymentTerms, asksReplacementWarranty, DETAIL_ASKS } from './detailAsks.js';
import { asksForAService, asksOwnPriceDrop } from './serviceAsks.js';
import { asksRestockDate } from './narrowAsks.js';
import { normalise } from './text.js';
import { queryTerms } from './queryTerms.js';

const n = normalise;

describe('a store on a named holiday', () => {
  it.each(['Is the Berlin store open on Christmas Eve?', 'what are your hours on boxing day?', 'is portland open on the 24th of december?'])('%j asks', (m) => expect(asksHolidayHours(n(m))).toBe(true));
  it.each(['Is the Berlin store open on Saturday?', 'I bought it for Christmas Eve, can I return it?'])('%j does not', (m) => expect(asksHolidayHours(n(m))).toBe(false));
  const holiday = DETAIL_ASKS[0]!;
  it('a passage naming the day settles it; one naming another does not', () => {
    expect(holiday.settlesFor!(n('Is the Portland store open on Thanksgiving?'), 'Closed on Thanksgiving, Christmas Day and New Year\'s Day.')).toBe(true);
    expect(holiday.settlesFor!(n('Is the Portland store open on Christmas Eve?'), 'Closed on Thanksgiving, Christmas Day and New Year\'s Day.')).toBe(false);
  });
  it('"closed on public holidays" settles Easter Monday, not Christmas Eve', () => {
    expect(holiday.settlesFor!(n('Is the Berlin store open on Easter Monday?'), 'Closed on Sundays and German public holidays.')).toBe(true);
    expect(holiday.settlesFor!(n('Is the Berlin store open on Christmas Eve?'), 'Closed on Sundays and German public holidays.')).toBe(false);
  });
});

describe('other details a near passage leaves open', () => {
  it.each([
    [asksOffline, 'Can the app store maps offline?', 'does the app work without signal?'],
    [asksReplacementWarranty, 'Does the replacement watch get a fresh 2-year warranty?', 'does the warranty restart after a repair?'],
    [asksPastPurchasePoints, 'I only joined last week. Can those purchases still be added to my points?', 'can I get points for purchases before I joined?'],
    [asksPaymentTerms, 'Can we pay by invoice on 30-day terms?', 'do you offer net 30 for businesses?'],
  ] as const)('%o reads its asks', (f, a, b) => {
    expect(f(n(a))).toBe(true);
    expect(f(n(b))).toBe(true);
  });
  it.each([
    [asksOffline, 'my watch went offline and the app shows nothing'],
    [asksReplacementWarranty, 'how long is the warranty?'],
    [asksPastPurchasePoints, 'how many points do I get per euro?'],
    [asksPaymentTerms, 'can I pay by card?'],
  ] as const)('%o leaves plain questions alone', (f, m) => expect(f(n(m))).toBe(false));
});

describe('services, own prices, the back-in-stock e-mail', () => {
  it('"Can I hand it in at the Berlin shop and have you re-proof it?" asks a service', () =>
    expect(asksForAService(n('Can I just hand it in at the Berlin shop and have you re-proof it?'))).toBe(true));
  it('"how do I re-proof my jacket myself?" does not', () => expect(asksForAService(n('how do I re-proof my jacket myself?'))).toBe(false));
  it('"Does your price match cover your own prices too?" asks of the own price', () => expect(asksOwnPriceDrop(n('it is €279 in your own summer sale now. Does your price match cover your own prices too?'))).toBe(true));
  it('"Is there a way to be told when it is back in stock?" asks for the e-mail, not a date', () => expect(asksRestockDate(n("Is there a way to be told when the Lumen 900R is back in stock? It's shown as sold out."))).toBe(false));
  it('"Any idea roughly when though?" still asks a date', () => expect(asksRestockDate(n('It is sold out. Any idea roughly when it is back, weeks or months?'))).toBe(true));
});

describe('session 56, third batch: snorkelling, a setting\'s battery', () => {
  it('"snorkelling" is swimming', () => expect(queryTerms('Can I take the Pace 5 snorkelling?').flatMap((t) => t.terms)).toContain('swim'));
  it.each(['roughly how long does it last on the low setting?', 'how long will the lamp run on high?'])('%j asks for battery life', (q) => expect(queryTerms(q).flatMap((t) => t.terms)).toEqual(expect.arrayContaining(['battery', 'life'])));
  it('"how long does the tent last?" does not', () => expect(queryTerms('how long does the tent last?').flatMap((t) => t.terms)).not.toContain('battery'));
});
