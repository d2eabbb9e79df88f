/** Session 50's fact readings: a count of a capitalised plural, the site's own word for it; with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);

describe('extractFacts: session 50', () => {
  it.each([
    ['I returned my order and I lost my 860 Trailpoints, can a person check it?', '860 Trailpoints'],
    ['Und was passiert mit meinen 860 Trailpoints?', '860 Trailpoints'],
    ['we need 40 Stormshells for the club', '40 Stormshells'],
  ])('keeps %j → %j', (text, fact) => expect(values(text)).toContain(fact));
  it('reads no count from an order number or a year', () => {
    expect(values('order LL-100234 Trailpoints are missing').join(' ')).not.toMatch(/\d Trailpoints/);
    expect(values('since 2023 Mondays are slow').join(' ')).not.toMatch(/2023 Mondays/);
  });
});
