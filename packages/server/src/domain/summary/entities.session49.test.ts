/** Session 49's fact readings (which of the shop's sites, a wound or a part named in Spanish or German), with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);

describe('extractFacts: session 49', () => {
  it.each([
    ['they refused because it was bought on the US site. i LIVE in berlin now', 'US site'],
    ['I ordered from the eu website, order NW-123456, and it never came.', 'eu website'],
    ['El Trailsense se calentó muchísimo y me ha dejado una ampolla en la muñeca.', 'ampolla'],
    ['Die Uhr wurde heiß, jetzt habe ich eine Brandblase am Handgelenk.', 'Brandblase'],
    ['ich habe das Ladekabel für meine Pace 5 verloren. Kann ich ein neues bestellen?', 'Ladekabel'],
    ['¿Vendéis el cargador por separado?', 'cargador'],
  ])('keeps %j → %j', (text, fact) => expect(values(text)).toContain(fact));
  it('reads no site from "us" the pronoun', () => {
    expect(values('Can someone tell us site hours?').join(' ')).not.toMatch(/us site/i);
  });
});
