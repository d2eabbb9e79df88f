/** Session 47's fact readings (where a trip goes, a list of towns), with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);

describe('extractFacts: session 47', () => {
  it.each([
    ["We're twelve students planning an expedition to the Fann Mountains in Tajikistan next summer", 'Fann Mountains'],
    ['Planning a 5-day trek in Sarek. Good.', 'Sarek'],
    ['students from Galway who are walking the length of the Wild Atlantic Way this summer', 'Wild Atlantic Way'],
    ['a three-week ski traverse in East Greenland next April', 'East Greenland'],
  ])('keeps where a trip goes: %j → %j', (text, place) => expect(values(text)).toContain(place));
  it('not a month, a language or a product after the trip', () => {
    expect(values('a trip to Berlin in April')).not.toContain('April');
    expect(values('planning a hike in April with the Ridgeline 3P')).not.toContain('April');
    expect(values('on a trip in English please')).not.toContain('English');
  });
  it('keeps a list of towns as typed', () => {
    expect(values('Gifts for my grown-up kids in Austin, Denver and Seattle, all on one order.')).toContain('Austin, Denver and Seattle');
    expect(values('I live in Denver. Seattle is where my sister lives')).not.toContain('Denver. Seattle');
  });
});
