/**
 * Session 53: known misses from the earlier reviews, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { detectLanguage } from './language.js';
import { correctTeam } from './teamCorrections.js';
import { refundAmount } from './refundAmount.js';
import { fiveTeamsSite } from './testContext.js';

const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;

describe('frustration: a dry word of praise, then the problem still there', () => {
  it.each(['Great. How many more weeks then?', 'Perfect. Where is it then?', 'Lovely. When is it actually arriving then?', 'Great. How much longer?'])(
    '%j is sarcasm',
    (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1),
  );
  it.each(['Great! What now?', 'Great. So how do I return it then?', 'Perfect, thanks. Where do I print the label?', 'Great. How many days does a refund take?'])(
    '%j is sincere',
    (m) => expect(frustrated(m)).toBe(0),
  );
});

describe('high stakes: a burn from a device, the body part unnamed', () => {
  it.each([
    'Not your fault obviously, but I got a nasty burn from the VoltPack 20000 last night',
    'can someone call me tomorrow about the burn from my lumen 400?',
    'the burn I got from the power bank still hurts',
  ])('%j is an injury', (m) => expect(findHighStakes(m)?.kind).toBe('injury'));
  it.each([
    'if you get a burn from the power bank what do I do?',
    'could I get a burn from the lumen 400 if it gets hot?',
    'how do I avoid the burn from the lumen on max?',
    'is there any risk of a burn from the battery?',
    'I got a sunburn from the hike, any lightweight long-sleeve jackets?',
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('language: a short question wholly in Spanish', () => {
  it('"¿Aceptáis PayPal?" is Spanish enough to hand over', () => {
    expect(detectLanguage('¿Aceptáis PayPal?')).toMatchObject({ language: 'es', substantive: true });
  });
  it.each(['gracias!!', 'Hola!', '¿PayPal?', 'Danke schön', 'ok PayPal?'])('%j is not', (m) => expect(detectLanguage(m).substantive).toBe(false));
});


describe('frustration: comfort or class said of a let-down, a Spanish botch', () => {
  it.each([
    "yeah 'fill in a form'. super. very reassuring when my kid's birthday is sunday",
    'on the product page. in tiny grey letters. wow, classy move, really classy',
    'otra vez PAY-101 y mi banco dice que la tarjeta está perfecta. vaya chapuza de web, en serio',
  ])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each(['Very classy. Thank you!', "that's very reassuring, thanks", "it's very reassuring when you know the warranty is 2 years, thanks", 'hice una chapuza al lavarla, ¿cómo la impermeabilizo?'])(
    '%j is not',
    (m) => expect(frustrated(m)).toBe(0),
  );
});

describe('team corrections, session 53', () => {
  const site = fiveTeamsSite;
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['billing', "my pace 5 runs don't show up in apple health, is that even supported?", 'technical'],
    ['orders', 'can i roll back the firmware on my pace 5? new update broke the altimeter. downgrade to the version before', 'technical'],
    ['orders', "the Trailsense I ordered yesterday (NW-601877) is for my husband's 40th. Could you engrave 'Always north, M.' on the back?", 'sales'],
    ['orders', 'Ich hab das Summit Pro 2 bestellt (NW-512640). Jetzt sehe ich es bei Bergzeit 40 € günstiger. Bekomme ich die Differenz zurück?', 'sales'],
  ])('%s\'s pick for %j is %s', (from, m, to) => expect(correctTeam(site, from, input(m))).toBe(to));
  it.each([
    ['billing', 'I paid with Apple Pay and was charged twice'],
    ['orders', 'the firmware update came with the parcel NW-123456 but the box was damaged'],
    ['orders', 'the engraved watch arrived broken, NW-601877'],
  ])('%s keeps %j', (from, m) => expect(correctTeam(site, from, input(m))).toBe(from));
});

describe('refund amount: shipping is no item, a bill is no refund', () => {
  it.each([
    ["The refund for the Stormshell I sent back (NW-330915), €200.00 exactly, has said 'Refund issued' since Tuesday. And I paid €12.95 for express, do I get that back too?", 200],
    ['I returned the tent, €189, and paid €12.95 for express shipping, do I get that back too?', 189],
    ["The return for NW-815502 (one Stormshell, €179) shows 'Refund issued' today. Do I still have to pay the €179 Klarna invoice that's due Friday?", 179],
    ['I returned two jackets, €129 and €99, please refund', 228],
    ['I returned the Summit Pro 2 (€349) and the express jacket... sorry, the Stormshell (€189)', 538],
  ])('%j is %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});
