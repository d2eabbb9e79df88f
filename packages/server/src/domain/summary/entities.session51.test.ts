/** Session 51's fact readings: thousands written with a k, a tax number named by its label; with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);

describe('extractFacts: session 51', () => {
  it.each([
    ["I've got about 12k followers on instagram, is that something you'd sponsor?", '12k followers'],
    ['the tent has 1.5k reviews and none mention this', '1.5k reviews'],
    ['¿Me la podéis hacer de nuevo con el NIF B12345678?', 'B12345678'],
    ['unsere USt-IdNr. 123456789 fehlt auf der Rechnung', '123456789'],
  ])('keeps %j → %j', (text, fact) => expect(values(text)).toContain(fact));
  it('reads no count from a race distance before another word, nor a tax number from a bare figure', () => {
    expect(values('I ran a 5k yesterday and the watch died').join(' ')).not.toMatch(/5k/);
    expect(values('the NIF field was empty on invoice 2024').join(' ')).not.toMatch(/2024/);
  });
});
