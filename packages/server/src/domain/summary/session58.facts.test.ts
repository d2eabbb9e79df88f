/** Session 58's fact reading: how a present should be packed, and a store named by its town with the noun; with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, site).map((f) => f.value);

describe('extractFacts: session 58', () => {
  it.each([
    ["it's a birthday present, would be nice if it came wrapped or at least without the invoice inside the box", 'without the invoice'],
    ['please send it with no prices inside, it is a gift', 'no prices inside'],
    ['is gift wrapping an option at checkout?', 'gift wrapping'],
    ['could you leave the receipt out of the parcel? it is a present', 'leave the receipt out'],
    ['gift-wrapped please and without the price tags', 'without the price tags'],
  ])('%j keeps the packing ask %j', (m, fact) => expect(values(m).some((v) => v.includes(fact))).toBe(true));
  it.each(['my invoice is missing the VAT number', 'the price on the invoice is wrong', 'no receipt, but the zip broke', 'wrap the tent in the footprint before packing?'])(
    '%j holds no packing ask',
    (m) => expect(extractFacts(m, site).some((f) => f.kind === 'quote')).toBe(false),
  );
  it.each([
    ['bought it in the berlin store about a year and a half ago, no receipt though', 'berlin store'],
    ['your Berlin store refused to take back a jacket I bought there 12 days ago', 'Berlin store'],
    ['the Portland shop told me to ask here', 'Portland shop'],
  ])('%j names the store %j', (m, fact) => expect(values(m)).toContain(fact));
  it.each([
    ['I live in Berlin and my parcel NW-123456 is late', 'Berlin'],
    ['I store my tent in the garage in Portland, it got mouldy', 'Portland'],
  ])('%j keeps the town alone', (m, town) => expect(values(m)).toContain(town));
});
