/**
 * Session 60 (helper R): a refund over 200 priced in words summed with "plus" ("one hundred and twenty nine plus one
 * hundred and nine dollars"); a German refund chase said without "zurück" ("Wann bekomme ich mein Geld?") after items went
 * back; after the bot could not say, the no checked and something close asked for instead ("ok so no rental at all? what
 * about a used one…?"), a second attempt. With the look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../bot/text.js';
import { findAmounts } from './amounts.js';
import { asksAlternativeAfterNo } from './askedAlternative.js';
import { GERMAN_MONEY_WHEN } from './refundChase.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { answeredReply, chat, runRules, testSite } from './testContext.js';

const rule = (messages: string[]) => runRules(messages)?.skill;

describe('prices in words summed with "plus"', () => {
  it.each([
    ['one hundred and twenty nine plus one hundred and nine dollars', 238],
    ['ninety nine plus one hundred and fifty euros', 249],
    ['a hundred + one hundred and one dollars', 201],
    ['two hundred plus twelve bucks', 212],
  ])('%j is one amount of %d', (text, value) => expect(findAmounts(`it was ${text} in all`).map((a) => [a.raw, a.value])).toEqual([[text, value]]));

  it.each([
    'Refund please for the lumen 400 and the pace 5 from NW-112233, one hundred and twenty nine plus one hundred and nine dollars, both returned last week',
    'I sent back the jacket and the stove, ninety nine plus one hundred and fifty euros. Please refund it.',
    'returned both watches on monday, order NW-554433: a hundred and nineteen plus a hundred and nineteen dollars. when is my refund coming?',
  ])('%j goes to billing', (m) => expect(rule([m])).toBe('billing'));

  it.each([
    'Refund please for the lumen 400 and the strap, ninety nine plus one hundred and one dollars, both returned last week',
    'I sent back the jacket and the gloves, one hundred plus ninety euros. Please refund it.',
    'I want to buy the tent and the stove, one hundred and fifty plus ninety nine euros, do you ship to Austria?',
    'returned the lamp, forty plus nine dollars shipping, refund please',
  ])('%j does not (200 or less, or no refund)', (m) => expect(rule([m])).toBeUndefined());

  it('a sum without a currency after it is no amount', () => expect(findAmounts('one plus one is two, and the tent plus the stove')).toEqual([]));
});

describe('a German refund chase without "zurück"', () => {
  it.each([
    'Hallo, ich habe letzte Woche zwei Artikel zurückgeschickt: Zelt 289 € und Lampe 39,95 €. Wann bekomme ich mein Geld?',
    'Ich habe die Jacke (179 €) und die Schuhe (99 €) zurückgesendet. Wo bleibt mein Geld?',
    'Guten Tag, Uhr für 249 € ist zurückgeschickt, Bestellung NW-102938. Wann kommt mein Geld?',
    'Jacke 129,00 € und Schlafsack 119,00 € habe ich vor zehn Tagen zurückgeschickt. Bis wann erhalte ich mein Geld?',
  ])('%j goes to billing', (m) => expect(rule([m])).toBe('billing'));

  it.each([
    'Ich habe die Stirnlampe (39,95 €) zurückgeschickt. Wann bekomme ich mein Geld?',
    'Ich möchte ein Zelt für 289 € kaufen. Wann bekomme ich das Paket?',
    'Das Zelt kostet 289 € und die Lampe 39 €. Wann bekomme ich die Rechnung?',
  ])('%j does not (under 200, nothing went back, no money asked)', (m) => expect(rule([m])).toBeUndefined());

  it.each(['wann bekomme ich mein geld', 'wo bleibt denn mein geld', 'wann kommt endlich das geld', 'bis wann erhalte ich meine erstattung'])('%j chases the money', (m) => expect(GERMAN_MONEY_WHEN.test(m)).toBe(true));
  it.each(['wann bekomme ich mein paket', 'ich habe mein geld bekommen, danke', 'wann kommt der kurier'])('%j does not', (m) => expect(GERMAN_MONEY_WHEN.test(m)).toBe(false));
});

describe('after a miss, the no checked and something close asked instead', () => {
  const HEDGED = "I'm not sure this answers it, but it is the closest I found:\n\nBoth stores have a pitch area where you can try our tents.";
  const after = (first: string, reply: string, answer: 'same' | 'unknown' | 'other' = 'same') => {
    const t = chat(['c', first], ['b', HEDGED, { kind: 'unknown', articleId: 'stores' }], ['c', reply]);
    const a = answer === 'unknown' ? { kind: 'unknown' as const, text: 'x' } : { ...answeredReply, articleId: answer === 'same' ? 'stores' : 'shipping' };
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: a });
  };
  it.each([
    ['do you rent out tents for a weekend?', 'so no hire at all? how about an ex-display one at a discount then?'],
    ['can you engrave my name on the watch?', "ok so you don't engrave? could I at least get something similar, like a sticker on it?"],
    ['do you do trade-ins on old watches?', 'no trade-in? what about selling my old one to you instead?'],
    ['can I rent a GPS watch for a trip?', 'hm, there is no rental then? or maybe a refurbished one for cheap?'],
  ])('%j … %j is a second attempt', (first, reply) => expect(after(first, reply)?.trigger).toBe('repeated_failure'));

  it.each([
    'so no rental at all? ok, thanks anyway',
    'no rental? fine, I will buy one then.',
    'ok so no rental. what about your opening hours on saturday?',
    'so no rental at all? ok. what are your opening hours on saturday?',
    'no problem? what about it',
  ])('%j is no alternative asked', (m) => expect(asksAlternativeAfterNo(normalise(m), () => false)).toBe(false));

  it('an alternative the KB answers from another article is a new question', () =>
    expect(after('do you rent tents?', 'so no rental at all? what about shipping one to Austria instead?', 'other')).toBeNull());
});
