/** Session 55's fact reading: a coined family name said without its model number ("the voltpack didnt"); with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const site = {
  ...demo,
  articles: [
    ...demo.articles,
    { id: 'power', title: 'Power banks and headlamps', body: 'The **VoltPack 20000** charges two devices at once. The **Lumen 400** runs on AAA batteries; the **Pace 5** watch charges by cable.' },
  ],
};
const products = (text: string) => extractFacts(text, site).filter((f) => f.kind === 'product').map((f) => f.value);

describe('extractFacts: session 55', () => {
  it('"the voltpack didnt" names the VoltPack 20000 as typed', () => {
    expect(products('NW-227645. the headlamp came but the voltpack didnt')).toEqual(['voltpack']);
  });
  it('with its number it is the whole name, once', () => {
    expect(products('my VoltPack 20000 did not come')).toEqual(['VoltPack 20000']);
  });
  it.each(['we kept a steady pace all day', 'the lumen output looks low'])('a family that is a word of the language stays no product alone: %j', (m) => expect(products(m)).toEqual([]));
});

describe('extractFacts: a product\'s number is no count so far', () => {
  it.each([
    ['If I order the Summit Pro 2 today and it goes on sale within two weeks', 'Summit Pro 2'],
    ['my Pace 5 today showed E12', 'Pace 5'],
  ])('%j keeps %j', (text, product) => expect(products(text)).toContain(product));
  it('"I got 4 today" is still a count', () => expect(extractFacts('I got 4 today', site)).toContainEqual({ kind: 'quantity', value: '4 today' }));
});
