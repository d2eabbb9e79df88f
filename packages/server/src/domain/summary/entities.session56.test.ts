/** Session 56's fact reading: a short mixed code the customer names as a voucher or code; with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, site).map((f) => f.value);

describe('extractFacts: session 56', () => {
  it.each([
    ["did that. voucher TP-88K2 says 'not valid' in the basket", 'TP-88K2'],
    ['the code XK-4P2 does not work', 'XK-4P2'],
  ])('%j keeps the code as typed', (m, code) => expect(values(m)).toContain(code));
  it.each(['my voucher USB-C cable is missing', 'the code is-not-working', 'voucher AB-CD is wrong'])('%j holds no code', (m) =>
    expect(values(m).some((v) => /^[A-Z]{2,}-[A-Z]+$|is-not/.test(v))).toBe(false));
});
