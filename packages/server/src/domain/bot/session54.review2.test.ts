/**
 * Review 2 of session 54's narrow asks: a part to buy is not a case number or a broken part to claim; a size or colour
 * coming back is not a courier, a repair or a time.
 */
import { describe, expect, it } from 'vitest';
import { asksToBuyAPart } from './serviceAsks.js';
import { asksRestockDate } from './narrowAsks.js';
import { normalise } from './text.js';

describe('a part to buy', () => {
  it.each([
    'Can I get a case number for my complaint?',
    'Can I get a cover letter with the invoice for my employer?',
    'Can I get the cable in a longer length?',
    'Can I get a new charger? The one in the box is broken.',
    'Can we get a replacement pole section sent out? ours snapped on day one',
  ])('%j is none', (m) => expect(asksToBuyAPart(normalise(m))).toBe(false));
  it.each([
    'Could I buy a spare battery pack for the Lumen 900R?',
    'Can I buy the strap separately?',
    'could I get a spare battery from you for the Lumen 900R',
    'Can I get a replacement strap? Mine cracked after 3 years, happy to pay',
  ])('%j is one', (m) => expect(asksToBuyAPart(normalise(m))).toBe(true));
});

describe('a size or colour coming back', () => {
  it.each([
    'When is the courier coming back, in 2 days?',
    'when does the watch come back from repair, in 10 days or so?',
    'When will my jacket come back in the right size? I sent it for exchange.',
    'When do you come back to me about the colour of my replacement?',
    'How soon is the sale coming back with the black friday prices?',
  ])('%j asks no restock', (m) => expect(asksRestockDate(normalise(m))).toBe(false));
  it.each(['Is the Stormshell in size M coming back, and when?', "It's only available in black. When will the orange come back?", 'When does the Stormshell in red come back?'])(
    '%j asks when stock returns',
    (m) => expect(asksRestockDate(normalise(m))).toBe(true),
  );
});
