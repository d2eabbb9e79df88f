/**
 * Session 59 (helper R2): a refund total with its parts in brackets after it ("exactly €200.00 (two jackets, €100 each)")
 * is the total, not total plus parts; two prices asked back with their items ("$179 for the watch and $39 for the strap
 * back on my card") are a refund chase of their sum; a dispute the customer weighed and then drops ("Then no dispute.
 * Thanks!") is no dispute; a VIP's "Fair enough, one at a time then." takes the answer and asks nothing. With the look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../bot/text.js';
import { refundAmount } from './refundAmount.js';
import { onlyLooksAlike } from './highStakesPatterns.js';
import { runRules } from './testContext.js';
import { onlyAcknowledges } from './rules.js';

const rule = (messages: string[]) => runRules(messages)?.skill;

describe('a refund total with its parts in brackets', () => {
  it.each([
    ['My refund for NW-455920 is exactly €200.00 (two jackets from the sale, €100 each). When will I see it?', 200],
    ['My refund for NW-111001 is €240.00 (two lamps, €120 each). When will it be on my card?', 240],
    ['the refund of $210 (three items at $70) shows as issued, how long till it is back on my Visa?', 210],
    ['Refund issued: 180 € (two shirts, 90 € each). When does it reach my account?', 180],
  ])('%j is the total', (m, total) => expect(refundAmount(m).total).toBe(total));
  it.each([
    ['My refund for NW-111001 is €150.00 (plus €100 for the lamp). When will it be on my card?', 250],
    ['I returned a tent ($329) and a lamp ($39), when do I get my refund?', 368],
    ['I returned the tent for €150 and the lamp (€60), when is my refund coming?', 210],
  ])('%j still adds up', (m, total) => expect(refundAmount(m).total).toBe(total));
  it('a €200 total with its parts is not over 200', () => expect(rule(['My refund for NW-455920 is exactly €200.00 (two jackets from the sale, €100 each). When will I see it on my Visa?'])).toBeUndefined());
});

describe('two prices asked back, each with its item', () => {
  it.each([
    ['need to return my trailsense and the extra strap from order NW-802266, how do i start that?', 'done, label printed. so i get $179 for the watch and $39 for the strap back on my card, right? when?'],
    ['how do i return the tent and the lamp from NW-111002?', 'sent them back. so i get €150 for the tent and €80 for the lamp back on my card? when?'],
    ['how do i send back my jacket and boots?', "posted today. i'll receive $130 for the jacket and $95 for the boots back to my visa, right?"],
    ['returning two items from order NW-111003', 'so I get €120 for the stove and €90 for the pot back on my card, correct?'],
  ])('%j … %j is a refund over 200', (first, second) => expect(rule([first, second])).toBe('billing'));
  it.each([
    ['how do i return the tent and the lamp from NW-111002?', 'sent them back. so i get €50 for the tent and €80 for the lamp back on my card? when?'],
    ['can I pay with two cards?', 'so I pay €150 for the tent and €80 for the lamp on my card?'],
    ['how do i return the tent?', 'does $150 for the tent and $80 for the lamp come with free shipping?'],
  ])('%j … %j is not', (first, second) => expect(rule([first, second])).toBeUndefined());
});

describe('a dispute weighed and dropped', () => {
  const dropped = (m: string) => onlyLooksAlike(null, normalise(m));
  it.each([
    'Ok so I just wait some days and it goes away by itself. Then no dispute. Thanks!',
    'ok it drops off by itself. so no dispute then, thanks',
    "Got it, I won't file a chargeback then. Thanks!",
    'Alright, no need to dispute. Thanks',
    "fine, I don't need to dispute it after all",
  ])('%j is no dispute', (m) => expect(dropped(m)).toBe(true));
  it.each([
    "ok but if it is still there on Monday I'll dispute it with my bank",
    'I have already opened a dispute with my bank.',
    "no dispute yet, but I will file a chargeback tomorrow if you don't refund it",
    'so no dispute? then what do I do about the double charge',
    "I won't dispute it unless it's still there next week",
  ])('%j is not dropped', (m) => expect(dropped(m)).toBe(false));
});

describe("the answer taken, the customer's way round it said back", () => {
  it.each(['Fair enough, one at a time then.', 'OK, two separate orders then.', 'Understood, next time then.', 'Alright, full price then', 'Shame. One code per order then!'])('%j only acknowledges', (m) => expect(onlyAcknowledges(m)).toBe(true));
  it.each([
    'Fair enough, but how do I split the order then?',
    'OK, you can refund the second code then',
    'Fair enough, I still need the other code applied then',
    'ok, one at a time then?',
    'Understood, please cancel the order then',
  ])('%j does not', (m) => expect(onlyAcknowledges(m)).toBe(false));
});
