/**
 * Review 1 of session 57 (retrieval): "weigh into the price" asks no weight. (Its tests of the emergency-steps rule went
 * with the rule, taken out after the development pool.)
 */
import { describe, expect, it } from 'vitest';
import { asksMeasure } from './detailAsks.js';
import { normalise } from './text.js';

const said = (m: string) => normalise(m);

describe('a measure asked by its unit, not an idiom', () => {
  it.each(['how much does shipping weigh into the price?', 'does the price weigh against the warranty?'])('%j asks none', (m) => expect(asksMeasure(said(m))).toBe(false));
  it.each(['How much does the tent weigh?', 'how much does the Ridgeline 3P weigh in grams?'])('%j still asks one', (m) => expect(asksMeasure(said(m))).toBe(true));
});
