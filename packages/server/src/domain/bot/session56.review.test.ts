/**
 * Review of session 56: "give back" and "bring … back" a return only when the customer gives it; "will it last" battery
 * life only over a span or a use; "sorry, I meant well" puts nothing right; undoing a cancellation; a platform, not its
 * hardware; a code named as one, not an error code.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { phraseHints } from './glossary.js';
import { normalise } from './text.js';
import { selfCorrects } from './answer.js';
import { correctedQuestion } from './correction.js';
import { asksOtherPlatform, asksToUndo } from './serviceAsks.js';
import { LABELLED_CODE } from '../summary/factPatterns/identifiers.js';
import { extractFacts } from '../summary/entities.js';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';

const hints = (m: string) => phraseHints(normalise(m)).hints;

describe('a return given back by the customer', () => {
  it.each(['I want to give back the tent', 'can I bring the jacket back to the Berlin store?', 'can I hand these boots back?', 'how do I give it back?', 'could I bring the 900R back?'])(
    '%j is a return',
    (m) => expect(hints(m)).toContain('return'),
  );
  it.each([
    'can you give back the difference?',
    'give back the shipping cost please',
    'give back the 20 euros you overcharged',
    'can you bring the price back down?',
    'could you bring the orange colour back?',
    'will you bring the Lumen 400 back in stock?',
    'please bring the old app back, the new one is awful',
    'give me my money back',
  ])('%j is no return', (m) => expect(hints(m)).not.toContain('return'));
});

describe('"will it last": battery life over a span or a use', () => {
  it.each(['will my watch last a 4-day trek with GPS on?', 'would the headlamp last all night on medium?', 'will the power bank last a weekend?', 'will my watch last if I record the whole time?'])(
    '%j asks for battery life',
    (m) => expect(hints(m)).toContain('battery'),
  );
  it.each([
    'will the watch last if I swim with it every day?',
    'does the watch last in salt water?',
    'will the watch survive a drop onto rocks?',
    'will the headlamp survive the rain?',
    'will the headlamp survive being dropped in a river?',
    'can the watch survive -20 degrees?',
    'will my watch make it through customs without fees?',
    'will the power bank make it through airport security?',
  ])('%j does not', (m) => expect(hints(m)).not.toContain('battery'));
});

describe('a slip owned and put right, not what the words were meant as', () => {
  it.each(['Oh sorry, I meant well, didnt want to sound rude', 'sorry I meant no offence', 'wait, I meant every word of it, this is ridiculous'])('%j corrects nothing', (m) =>
    expect(selfCorrects(m)).toBe(false));
  it.each(['Oh sorry, I meant Austria!', 'oops, meant the 900R'])('%j corrects itself', (m) => expect(selfCorrects(m)).toBe(true));
  it('"I meant well" re-asks nothing', () => expect(correctedQuestion('I meant well', 'Do you ship to Norway?')).toBeNull());
});

describe('undoing a cancellation; the platform, not its hardware', () => {
  it.each(['can I undo the cancellation of my order?', 'is there a way to restore my deleted account?'])('%j asks to undo', (m) => expect(asksToUndo(normalise(m))).toBe(true));
  it.each(['the account settings page is restored after the update, thanks', 'I cancelled the order, can the points be restored?'])('%j does not', (m) =>
    expect(asksToUndo(normalise(m))).toBe(false));
  it.each(['Is the watch compatible with Garmin chargers?', 'does the headlamp work on a Coros bike mount?'])('%j asks about no platform', (m) =>
    expect(asksOtherPlatform(normalise(m))).toBe(false));
  it.each(['Does the watch sync with Apple Health?', 'does it work with the Garmin Connect app?', 'can I export my routes to Komoot?'])('%j asks about one', (m) =>
    expect(asksOtherPlatform(normalise(m))).toBe(true));
});

describe('a code named as one', () => {
  const codes = (m: string) => [...m.matchAll(LABELLED_CODE)].map((x) => x.groups!.code!);
  it.each([
    ['my voucher TP-88K2 says not valid', 'TP-88K2'],
    ['Voucher code XK-4P2 does not work', 'XK-4P2'],
    ['the promo code "SUMMER-24" gives an error', 'SUMMER-24'],
  ])('%j holds %j', (m, code) => expect(codes(m)).toEqual([code]));
  it.each(['the code GPS-ERR2 shows on my watch', 'it says error code AB-12X'])('%j holds none', (m) => expect(codes(m)).toEqual([]));
  it('the fact starts where the code does', () => {
    const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
    expect(extractFacts('Voucher code XK-4P2 does not work', site).map((f) => f.value)).toContain('XK-4P2');
  });
});
