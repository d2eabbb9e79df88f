/**
 * Session 60 (S3): the refund-over-200 rule where "refund" is not said (a priced return asked for, a return whose money
 * never came) and where a refund came back short (the gap is chased, not the price); a person asked to find out ("can a
 * person tell me…"); and the team of the matter now: a service not offered after a code question, a gift wrap after a
 * product question, a claim's progress, "mi reembolso", a refund past the return window, a discount staff promised.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { findExplicitRequest } from './explicitRequest.js';
import { fiveTeamsSite, runRules } from './testContext.js';

const rule = (...messages: string[]) => runRules(messages)?.skill ?? null;
const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;
/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('a refund over 200 asked or chased without the word', () => {
  it.each([
    ['I want to return both jackets from NW-556677, they were €129 and €119.'],
    ["We'd like to send the two tents back, €189 each, order NW-223311."],
    ['Looking to return the Pace 5 ($249) from order NW-778899, never worn.'],
    ['I sent back 2 watches last month and have received nothing. $498 from order NW-112233.'],
    ['returned the summit pro 2 three weeks ago, €449 still missing'],
    ['I posted the jackets back on the 3rd and never got a cent, that is €318'],
  ])('%j', (m) => expect(rule(m)).toBe('billing'));

  it.each([
    ['I want to return the €449 tent for a smaller size.'],
    ['If I want to return the Summit Pro 2 (€449) later, is that possible?'],
    ['I want to return the Lumen 400 (€49), it is too bright.'],
    ['I returned the tent (€449) and got nothing wrong in the exchange, all good now.'],
    ['I want to exchange the €329 jacket for a different colour.'],
    ['I want to return the €329 jacket, how do I get a return label?'],
    ['Two tents at €150 each, I want to return both. Is return shipping free to Austria?'],
    ['Got the €229 tent yesterday and the stakes are missing.'],
    ["our club order NW-150872 came to $1,640 in total. we're sending back just the 3 headlamps that didn't work out"],
    ['The order was €612 in total and I want to return only the Lumen 400 from it.'],
    ["I'm returning one of the two jackets from the €358 order."],
  ])('not: %j', (m) => expect(rule(m)).toBeNull());
});

describe('a refund that came back short chases the gap, not the price', () => {
  it.each([
    [['got my refund for the tent but it was €25 less than I paid', 'the tent was €449 and I got €424']],
    [['the refund came to €300 instead of €329 for the Pace 5']],
    [['i was refunded for the jacket but it came up short', 'it cost $259 and $229 arrived. where did the other 30 go?']],
  ])('%j', (ms) => expect(rule(...ms)).toBeNull());

  it.each([
    [['I returned the tent (€449), where is my refund?']],
    [['my refund came back €250 less than I paid, the tent was €449']],
    [['I want a refund for the €329 jacket, it was less than a week old']],
  ])('still the rule: %j', (ms) => expect(rule(...ms)).toBe('billing'));
});

describe('a person asked to find out or answer', () => {
  it.each([
    'Can a person tell me whether anyone looked at it?',
    'could a real human check if my appeal was seen?',
    'Would an actual person please confirm the claim was received',
    'can a member of staff let me know where my claim is',
  ])('%j', (m) => expect(asks(m)).toBe(true));

  it.each(['can a person wear it in heavy rain?', 'could a person of my height fit in the tent?', "I don't need a person to tell me, the article is fine", 'a person at the store told me it was waterproof'])('not: %j', (m) => expect(asks(m)).toBe(false));
});

describe('the team of the matter now', () => {
  it.each([
    ['billing', 'sales', ['Can I use two discount codes at once?', 'Fine, thanks for the code answer. Could you engrave a name on the Pace 5 though?']],
    ['billing', 'sales', ['is my promo code valid on sale items?', 'ok. do you rent tents for a weekend trip?']],
    ['sales', 'orders', ['Is the Lumen 900R waterproof?', 'great, could you gift wrap order NW-904411, it is a birthday present']],
    ['sales', 'orders', ['how heavy is the summit pro 2?', 'ok, and please add a gift note to NW-123456, it is for my dad']],
    ['technical', 'orders', ['My Pace 5 stopped charging, warranty claim GA-5521 went in two weeks ago. Any update?']],
    ['technical', 'orders', ['Meine Lumen 900R geht nicht mehr an, Garantiefall GA-7788. Wie ist der Stand?']],
    ['orders', 'billing', ['Hola, quiero saber algo de mi reembolso del pedido NW-445566, 120 euros']],
    ['orders', 'billing', ['Ich habe eine Frage zu meiner Erstattung für NW-445566']],
    ['billing', 'orders', ["I'd like a refund for my jacket, it's been 40 days but it's unused"]],
    ['billing', 'orders', ['Can I still get a refund? It is past the 30 day window but the tent is unopened.']],
    ['billing', 'sales', ['A staff member at your Portland store promised me 15% off. The code does not work. Can you honour it?']],
    ['billing', 'sales', ['the guy in the shop offered me a loyalty discount, please honour it, the code fails']],
  ])('%s -> %s: %j', (from, to, turns) => expect(team(from, ...turns)).toBe(to));

  it.each([
    ['billing', ['Can I use two discount codes at once?', 'And does the engraving code ENGRAVE10 work with it?']],
    ['billing', ['my code WELCOME10 does not work at checkout']],
    ['sales', ['Is the Lumen 900R waterproof enough for kayaking?']],
    ['sales', ['Is the Lumen 900R waterproof?', 'how can I add a gift note to my order?']],
    ['technical', ['My Pace 5 case is cracked and the status light blinks, how far can I still dive with it?']],
    ['orders', ['Ich möchte das Zelt zurückschicken, wie läuft dann meine Erstattung? NW-445566']],
    ['orders', ['Hola, quiero devolver la tienda, ¿cómo funciona mi reembolso? pedido NW-445566']],
    ['billing', ["It's been 40 days since I returned the jacket and still no refund"]],
    ['billing', ['Your newsletter promised 20% with code SPRING20 but it fails at checkout, can you honour it?']],
  ])('keeps %s: %j', (from, turns) => expect(team(from, ...turns)).toBe(from));
});
