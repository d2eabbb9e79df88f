/** Session 59 (helper S): facts: colours that name nothing else, and a part of a model of three words; with negatives. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';
import { findProblems } from './problems.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, site).map((f) => f.value);

describe('extractFacts: session 59 colours', () => {
  it.each([
    ['order NW-624190 came with a mustard Stormshell instead of the navy one I picked', ['mustard', 'navy']],
    ['a khaki jacket came instead of the maroon one', ['khaki', 'maroon']],
    ['I wanted the lilac one, the turquoise one came', ['lilac', 'turquoise']],
  ])('%j keeps %j', (m, colours) => expect(values(m)).toEqual(expect.arrayContaining(colours)));
  it.each(['the jacket is in mint condition', 'there is rust on the buckle', 'the sun cream stained the sleeve'])('%j names no colour', (m) =>
    expect(extractFacts(m, site).some((f) => f.kind === 'colour')).toBe(false),
  );
});

describe('findProblems: a part of a model named in three words (session 59)', () => {
  it.each([
    ['The zip slider on my Summit Pro 2 has cracked.', 'zip slider on my Summit Pro 2 has cracked'],
    ['The buckle on my Ridgeline 3P Plus has snapped', 'buckle on my Ridgeline 3P Plus has snapped'],
    ['the zip pull on our Summit Pro 2 has torn off', 'zip pull on our Summit Pro 2 has torn'],
  ])('%j', (m, problem) => expect(findProblems(m).map((p) => p.value)).toContain(problem));
  it.each([
    ['the strap on my watch broke', 'strap on my watch broke'],
    ['the tent pole cracked on the first night', 'tent pole cracked'],
    ['the zip on my jacket is not cracked', undefined],
  ])('%j keeps its reading', (m, problem) => expect(findProblems(m).map((p) => p.value)[0]).toBe(problem));
});
