/**
 * Review of session 54: a statement's merchant name only where money was taken, not a screen's words in capitals; a sign
 * denied in German or Spanish is no problem to report.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const companies = (text: string) => extractFacts(text, demo).filter((f) => f.kind === 'company').map((f) => f.value);

describe('extractFacts: a merchant where money was taken', () => {
  it.each([
    ['the charge is listed as NW*GEAR-EU on my Amex', 'NW*GEAR-EU'],
    ["there's a €214.00 debit on my card from something called NWG-SERVICES", 'NWG-SERVICES'],
  ])('%j keeps the merchant', (text, merchant) => expect(companies(text)).toContain(merchant));
  it.each(['the watch shows GPS-ERR and then E12', 'from DHL-EXPRESS I got a text that my parcel is late'])('%j names none', (text) =>
    expect(companies(text)).toEqual([]),
  );
});

describe('extractFacts: a sign denied in German or Spanish', () => {
  const problems = (text: string) => extractFacts(text, demo).filter((f) => f.kind === 'problem').map((f) => f.value);
  it.each([
    ['La batería no se ha hinchado ni huele raro, pero se apaga al 40 %.', []],
    ['Der Akku ist nicht aufgebläht, aber er lädt nicht mehr.', ['lädt nicht mehr']],
  ])('%j reports %j', (text, want) => expect(problems(text)).toEqual(want));
  it.each([
    ['Mi VoltPack se ha hinchado y no carga.', ['se ha hinchado', 'no carga']],
    ['Der Akku ist leicht aufgebläht.', ['ist leicht aufgebläht']],
  ])('%j reports %j', (text, want) => expect(problems(text)).toEqual(want));
});
