/** Session 58 (helper S2): a legal form said of the customer without a name ("we're a GmbH with a VAT ID"); with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const companies = (text: string) => extractFacts(text, site).filter((f) => f.kind === 'company').map((f) => f.value);

describe('extractFacts: a bare legal form', () => {
  it.each([
    ["we're a GmbH with a VAT ID and the order would be around €2,300", 'GmbH'],
    ['we are an LLC ordering about $4,000 of gear', 'LLC'],
    ["we're a Ltd, could we pay via purchase order?", 'Ltd'],
    ['wir sind eine GmbH und möchten auf Rechnung bestellen', 'GmbH'],
  ])('%j keeps %j', (m, fact) => expect(companies(m)).toContain(fact));
  it.each(['the GmbH address on the invoice is wrong', 'a gmbh once told me', 'we got it as a gift from a friend', 'Bergwelt Sport GmbH ordered 40'])('%j holds no bare legal form', (m) =>
    expect(companies(m).filter((c) => !/\s/.test(c))).toEqual([]),
  );
  it('stays linear on a long hostile string', () => expect(companies(`a ${'a '.repeat(2000)}`)).toEqual([]));
});
