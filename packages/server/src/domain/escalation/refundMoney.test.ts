import { describe, expect, it } from 'vitest';
import { chasesRefundMoney } from './refundMoney.js';

describe('chasesRefundMoney', () => {
  it.each([
    "I sent the boots back on the 3rd and the refund still hasn't arrived on my card",
    'Returned the tent a fortnight ago. Where is my €249?',
    'Klarna keeps sending me reminders for the jacket I returned',
    "The refund came through but it's 5 euros less than I paid",
    'The refund says issued. When will it actually hit my card?',
    'Wann bekomme ich das Geld für die zurückgeschickte Jacke zurück?',
    'Devolví la chaqueta hace dos semanas y todavía no me ha llegado el reembolso',
    "The refund of €39.95 has said 'issued' for days, but there's nothing on my card.",
    "I'm sending both back today. Please refund both to my Visa, that's what I paid with.",
    'The parcel came four days late. Can someone sort out getting that shipping fee back?',
  ])('%s', (text) => {
    expect(chasesRefundMoney(text)).toBe(true);
  });

  it.each([
    'How do I return the boots?',
    'Do I really have to pay the return postage from Oslo?',
    'Do I get a refund if I send it back after 30 days?',
    "How long does delivery to Vienna take? It's €14.95 in my basket",
    "The exchange option doesn't show. Do I have to return it and wait for a refund?",
    // Review: a delivery chase or a return still to make, with money in it.
    'Where is my €240 order?? its been 10 days',
    'my Klarna order hasnt shipped yet, still says processing',
    "the boots don't fit, I want my money back. how do I return them?",
    'when do i need to send the boots back by to still get a refund',
  ])('not: %s', (text) => {
    expect(chasesRefundMoney(text)).toBe(false);
  });
});
