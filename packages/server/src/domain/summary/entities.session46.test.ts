/** Session 46's fact readings (case references, counts before a model name, quoted terms, model tiers), with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);
const kinds = (text: string) => Object.fromEntries(extractFacts(text, demo).map((f) => [f.value, f.kind]));

describe('extractFacts: session 46', () => {
  it('keeps a case reference of letters and digits in hyphened parts, not a year or a connector', () => {
    expect(kinds('The case number they gave me was 7741-B.')).toMatchObject({ '7741-B': 'reference' });
    expect(kinds('NW-B2B-0412 is the reference they gave me')).toMatchObject({ 'NW-B2B-0412': 'reference' });
    expect(kinds('PAY-204 again')).toMatchObject({ 'PAY-204': 'error_code' });
    expect(values('we bought it mid-2023 with a USB-C cable')).not.toContain('USB-C');
  });
  it('keeps the count before a model name the KB does not know, and the noun after it', () => {
    expect(values('We would need 14 Ridgeline 3P tents plus 28 sleeping mats.')).toContain('14 Ridgeline 3P tents');
    expect(values('and 3 of the Ridgeline 3P have snapped poles')).toContain('3 of the Ridgeline 3P');
    expect(values('I bought the 2023 Summit Pro 2 last year')).not.toContain('2023 Summit Pro 2');
  });
  it("keeps a hyphened term the customer quotes (\"the other shop's price was 'member-only'\")", () => {
    expect(values("rejected because the other shop's price was 'member-only'. your colleague said it was fine")).toContain('member-only');
    expect(values("the lamp is 'fine' I guess")).not.toContain('fine');
  });
});

describe('extractFacts: a model tier after the name', () => {
  it('"my Fenna Pro has lost its waterproofing" keeps the tier', () => {
    expect(values('my Fenna Pro has lost its waterproofing')).toContain('Fenna Pro');
    expect(values('my Fenna protects me well')).toContain('Fenna');
  });
});

describe('extractFacts after review', () => {
  it('a page or step of a manual is no count of products; a feature after a model is no tier; a doubled word is no term', () => {
    expect(values('on page 3 of the Fenna manual it says to use 8 pegs')).not.toContain('3 of the Fenna');
    expect(values('whats the Fenna Max brightness?')).not.toContain('Fenna Max');
    expect(values("the throw was 'so-so' tbh")).not.toContain('so-so');
  });
});

