/**
 * Review of session 55: the coined family name said alone ("the voltpack didnt") read in a web address too ("bought it
 * on www.voltpack.example"); with the readings that must hold (plural, capitals, an e-mail, a compound, a full name).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const site = {
  ...demo,
  articles: [...demo.articles, { id: 'power', title: 'Power banks', body: 'The **VoltPack 20000** charges two devices at once; the **Lumen 400** runs on AAA batteries.' }],
};
const products = (text: string) => extractFacts(text, site).filter((f) => f.kind === 'product').map((f) => f.value);

describe('extractFacts: review of session 55', () => {
  it.each(['bought it on www.voltpack.example last week', 'is voltpack.com your site?'])('%j names no product', (m) => expect(products(m)).toEqual([]));
  it('an e-mail address with the name in it is the address', () => {
    expect(extractFacts('write to anna.voltpack@example.com please', site).map((f) => f.kind)).toEqual(['email']);
  });
  it.each([
    ['my voltpack.', ['voltpack']],
    ['the Voltpacks are great', ['Voltpacks']],
    ['VOLTPACK broke', ['VOLTPACK']],
    ['the VoltPack and the Lumen 400 both died', ['Lumen 400', 'VoltPack']],
    ['got a voltpack-style bank elsewhere, is it the same?', []],
  ] as const)('%j: %j', (m, want) => expect(products(m)).toEqual(want));
});
