/**
 * Review 2 of session 55's fact reading: a product's number before "today" is the product's, but "plus" and "max" in
 * lower case are words, so "3 jackets yesterday plus 2 today" and "max 20 today" keep their counts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const facts = (text: string) => extractFacts(text, site).map((f) => `${f.kind}:${f.value}`);

describe('a count after "plus" or "max" in lower case', () => {
  it.each([
    ['I ordered 3 jackets yesterday plus 2 today, can you combine them?', 'quantity:2 today'],
    ['can I get max 20 today?', 'quantity:20 today'],
  ])('%j keeps %j', (text, fact) => expect(facts(text)).toContain(fact));
  it.each([
    ['My Lumen Pro 2 today stopped', 'product:Lumen Pro 2'],
    ['the Ridgeline Mini 2 today', 'product:Ridgeline Mini 2'],
    ['Is the Trekker Max 3 today in stock?', 'product:Trekker Max 3'],
  ])('%j still reads the name %j', (text, fact) => {
    expect(facts(text)).toContain(fact);
    expect(facts(text).some((f) => /^quantity:\d+ today$/i.test(f))).toBe(false);
  });
});
