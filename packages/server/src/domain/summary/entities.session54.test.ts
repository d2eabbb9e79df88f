/** Session 54's fact readings: the site's order number typed with a space, a statement's merchant name; with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const facts = (text: string) => extractFacts(text, demo);
const values = (text: string) => facts(text).map((f) => f.value);

describe('extractFacts: session 54', () => {
  it('"order number LL 448120" is the order, its prefix the site\'s', () => {
    expect(facts('so when is my refund coming order number LL 448120')).toContainEqual({ kind: 'order', value: 'LL 448120' });
  });
  it('another prefix apart from its digits is no order', () => {
    expect(facts('my postcode is DE 10115 and the box said XY 12345').filter((f) => f.kind === 'order')).toEqual([]);
  });
  it.each([
    ["now there's a charge of €214.00 on that card from something called NWG-SERVICES. was that you?", 'NWG-SERVICES'],
    ['my statement shows PAYPAL*NWGEAR twice', 'PAYPAL*NWGEAR'],
  ])('keeps the merchant in %j', (text, fact) => expect(values(text)).toContain(fact));
  it('an error code after "says" stays an error code', () => {
    expect(facts('the checkout says PAY-101 every time')).not.toContainEqual(expect.objectContaining({ kind: 'company' }));
  });
});
