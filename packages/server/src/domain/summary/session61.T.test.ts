/**
 * Session 61 (helper T): the customer's phone with its model number is a fact as typed ("pixel 7", "Galaxy S23",
 * "iphone 14 pro"), the device the app runs on; with look-alikes that are no phone (pixels counted, a dead pixel).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';
import { DEVICE_TYPED } from './factPatterns/goods.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, site).map((f) => f.value);

describe('a phone model as typed', () => {
  it.each([
    ['northwind trail app crashes every time i open the map tab on my pixel 7', 'pixel 7'],
    ['The app won\'t sync on my Galaxy S23 Ultra since Tuesday', 'Galaxy S23 Ultra'],
    ['pairing fails with my iphone 14 pro, any idea?', 'iphone 14 pro'],
    ['using a Pixel 8a with the latest update', 'Pixel 8a'],
    ['my OnePlus 11 keeps dropping the watch connection', 'OnePlus 11'],
  ])('%j keeps %j', (m, fact) => expect(values(m)).toContain(fact));

  it.each([
    ['there is a dead pixel 2 days after I got the watch'],
    ['the screen is 240 pixels wide, is that right?'],
    ['my pixel 3 times brighter than before'],
    ['a galaxy of stars on the screen, 5 of them'],
  ])('no phone in %j', (m) => expect(values(m).some((v) => /^(pixel|galaxy) \d/i.test(v))).toBe(false));

  it('stays fast on hostile text', () => {
    const hostile = 'pixel '.repeat(700) + 'a '.repeat(2000);
    expect(Array.isArray(values(hostile))).toBe(true);
    expect(hostile.match(DEVICE_TYPED)).toBeNull();
  });
});
