/**
 * Session 61 (H): a card dispute threatened on a condition, with an adverb, the whole sum and the card named by its brand
 * alone; a lawyer's advice to the customer asked about, which threatens no one; and the refund's sum, in words or digits,
 * named as what the customer expects back once a return is started.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { EXPECTED_BACK, RETURN_UNDER_WAY } from './refundChase.js';
import { northwindNames, runRules } from './testContext.js';

const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const rule = (...turns: string[]) => runRules(turns)?.reason.split(':')[0] ?? null;

describe('high stakes: a card dispute threatened if the shop refuses', () => {
  it.each([
    "honestly if you won't refund the difference i'll just dispute the whole charge with amex",
    "if you don't give me the $60 back I'm going to dispute the full payment through PayPal",
    'otherwise I will simply dispute the entire €240 via Mastercard',
    "fine, if that's your answer we'll dispute the whole transaction with Visa",
    "no refund? then i'll just reverse the whole payment through amex",
  ])('%j is a dispute', (m) => expect(kind(m)).toBe('dispute'));
  it.each([
    "I'm not going to dispute the whole charge with amex, I just want the difference back",
    'can I dispute the whole charge with amex if the parcel never arrives?',
    "I'll just pay the whole charge with amex next time",
    "i'll put the whole order on amex, is that ok?",
    'should I dispute the full payment through PayPal or wait a few more days?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe("high stakes: a lawyer's advice asked about", () => {
  it.each([
    'My lawyer told me to stop paying the Klarna instalments for the returned tent. NW-711390. Is that correct?',
    'My solicitor told me to cancel the Afterpay plan for the jacket I sent back. Is that right?',
    'our attorney said we should keep the box and receipt for two years, is that true?',
    "My lawyer advised me to stop the direct debit for the returned stove. Can I do that?",
  ])('%j is not high stakes', (m) => expect(kind(m)).toBeNull());
  it.each([
    'My lawyer told me to tell you that you have until Friday to refund me. Is that clear?',
    'My lawyer says you owe me the full refund under EU law, is that correct?',
    "My lawyer told me to stop paying the Klarna instalments and he'll be in touch. Is that correct?",
    "My lawyer advised me to sue if the refund isn't here by Friday, is that right?",
    'My lawyer told me to stop paying the Klarna instalments for the returned tent.',
  ])('%j is still legal', (m) => expect(kind(m)).toBe('legal'));
});

describe('refund over 200: the sum named as what the customer expects back', () => {
  const started = 'ok return started. how long until the money shows up on my visa?';
  it.each([
    ["just so you know it's the full three hundred and nineteen euros I'm expecting back, not store credit"],
    ["it's €329 I'm expecting back on my card, not a voucher"],
    ["I'm expecting the full $249.99 back, just so we're clear"],
    ["we're expecting two hundred and forty dollars back for the two jackets"],
  ])('%j after a return started is the rule', (m) => expect(rule(started, m)).toBe('Rule refund-over-200'));
  it('after a return registered in the same message too', () => {
    expect(rule('hi', "I registered the return for the Ridgeline 3P today, it's €289 I'm expecting back")).toBe('Rule refund-over-200');
  });
  it.each([
    ["just so you know it's only €150 I'm expecting back, not store credit"],
    ["I'm expecting the €329 tent back from the repair centre next week"],
    ['what happens to the €319 if I return it? is that what I get back?'],
  ])('%j after a return started is not', (m) => expect(rule(started, m)).toBeNull());
  it('nothing returned or started: an amount expected back is no refund yet', () => {
    expect(rule('the tent is great so far, thanks', "it's €329 I'm expecting back in stock soon, the green one")).toBeNull();
  });
});

describe('the new patterns stay quick on a hostile string', () => {
  it('returns', () => {
    const hostile = 'a '.repeat(2000);
    expect(kind(hostile)).toBeNull();
    expect(['legal', null]).toContain(kind(`my lawyer told me to ${hostile} is that correct?`));
    expect(EXPECTED_BACK.test(`${'€1 '.repeat(1300)}`)).toBe(false);
    expect(RETURN_UNDER_WAY.test(hostile)).toBe(false);
    expect(kind(`ill just dispute the ${'whole '.repeat(600)} charge with amex`)).toBeNull();
  });
});
