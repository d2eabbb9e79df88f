/** Asks a nearby passage does not settle (narrowAsks.ts): the hold, in the words session 42's blind sets used. */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksToHold } from './narrowAsks.js';

describe('asked to hold an item', () => {
  it.each([
    ['Hello, can you keep one Lumen 900R for me in the Berlin shop until Friday? I come after work'],
    ['could you save a Ridgeline 3P for us at the Portland store till Saturday?'],
    ['Can you hold one for me until Saturday?'],
    ['any chance the shop could keep a Stormshell behind the counter with my name on it? back on monday'],
    ['please put one on hold under my name, I can be there by 5'],
  ])('%j asks the shop to hold it', (m) => {
    expect(asksToHold(normalise(m))).toBe(true);
  });
  it.each([
    ['Can I keep the tent until the end of the return window before I decide?'],
    ['Please keep the receipt for me, I will collect the order in the store'],
    ['How long do you keep click and collect orders for me?'],
    ['my payment is on hold, why?'],
    ['the order is in my name but my wife will collect it, is that ok?'],
  ])('%j does not', (m) => {
    expect(asksToHold(normalise(m))).toBe(false);
  });
});
