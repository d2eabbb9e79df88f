/**
 * Session 57: refund amounts for the refund-over-amount rule. A sibling's price said without its currency ("One was €189
 * and the other a hundred and nineteen") takes the currency of the one beside it; what a pay-later plan bills, named
 * again on its own ("the klarna app STILL says pay €219.80"), is no refund when the item that went back was priced
 * before. With look-alikes: refunds over 200 of items sent back still trigger, a small partial return from a larger
 * order does not.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts.js';
import { refundAmount } from './refundAmount.js';
import { alternatingTurns, rulesSite, runRules } from './testContext.js';
import { pickTrigger, runDetectors } from './decide.js';

const amounts = (m: string) => findAmounts(m).map((a) => [a.raw, a.value, a.currency]);

describe("a sibling's price without its currency", () => {
  it('"the other a hundred and nineteen" after €189 is €119', () =>
    expect(amounts('One was €189 and the other a hundred and nineteen. I would like both refunded.')).toEqual([['€189', 189, 'EUR'], ['a hundred and nineteen', 119, 'EUR']]));
  it.each([
    ['One was €189 and the other 119. Refund both please.', 308],
    ['the jacket was $189, the other one was 119.50', 308.5],
    ['the first was €150 and the second one forty-five', 195],
  ])('%j sums to %d', (m, total) => expect(refundAmount(m).total).toBe(total));
  it.each([
    'I returned the tent (€189). The other 30 days I was away.',
    'refund €150 for the jacket, the other two jackets I keep',
    'refund €150 for the jacket, the other twenty were fine',
    'the €150 jacket went back, the last 2019 model I kept',
    'the lamp was 119 and the other one a hundred and nineteen',
  ])('%j adds no amount from a sibling', (m) => expect(findAmounts(m).filter((a) => a.currency !== null).length).toBeLessThanOrEqual(1));
  it('the rule fires at the turn that prices both', () => {
    expect(runRules(['The two Stormshell jackets from NW-329907 went back to you on Monday.'])).toBeNull();
    expect(runRules(['The two Stormshell jackets from NW-329907 went back to you on Monday.', "One was €189 and the other a hundred and nineteen. I'd like both refunded to my Visa, please."])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('two siblings under 200 in all do not', () => expect(runRules(['I sent back two headlamps from NW-100200.', 'One was €89 and the other forty-five. Refund both please.'])).toBeNull());
});

describe('what a pay-later plan bills is no refund', () => {
  const first = 'klarna says i owe €219.80 for NW-609934 but i sent the jacket (€129.90) back two weeks ago';
  const second = "the refund article doesn't help me. the klarna app STILL says pay €219.80 by friday. this is ridiculous";
  it('the bill named again alone is not refunded', () => expect(refundAmount(second, first)).toEqual({ total: 0, amounts: [] }));
  it('no rule at either turn', () => {
    expect(runRules([first])).toBeNull();
    expect(runRules([first, second])).toBeNull();
  });
  it('the anger at turn 2 is frustration', () => {
    const ctx = { ...alternatingTurns(first, second), site: rulesSite };
    expect(pickTrigger(runDetectors(ctx))?.trigger).toBe('frustration');
  });
  it.each([
    [['I sent back my whole order NW-123456 two weeks ago', 'Klarna still wants €264,50 from me by the 30th, where is my refund?']],
    [['returned both jackets (€129.90 each)', 'klarna says pay €259.80 still, where is my refund?']],
    [['I returned the €300 tent from NW-555111', 'klarna still says pay €300, where is my refund?']],
    [['i returned the tent, €249, and the lamp €39 is staying', 'klarna says i owe €39 now, but where is the refund of €249']],
  ])('%j: a refund over 200 of items sent back still triggers', (turns) => expect(runRules(turns)).toMatchObject({ trigger: 'rule', skill: 'billing' }));
  it.each([
    [["My order NW-700100 was €420, I'm only returning the €39 headlamp. Refund please."]],
    [['I sent back one of the jackets from my €389 order, it was €129. When do I get my refund?']],
  ])('%j: a small partial return from a larger order does not', (turns) => expect(runRules(turns)).toBeNull());
});
