/**
 * Review of session 55: "keep" read as storing whatever followed it ("how do I keep my watch from disconnecting", "keep
 * the tent dry", "keep the warranty valid"), a parcel left in the garage read as storage, "store" missed of things not
 * introduced by "my/the/a" ("best way to store lithium batteries") or said as "storing", "be stored"; and the e-mail
 * address pattern of the KB index, which took time in the square of a long unspaced run. With negatives.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../pipelineTypes.js';
import { buildKnowledgeBase, searchKnowledgeBase } from './knowledgeBase.js';
import { queryTerms } from './queryTerms.js';
import { indexedText } from './text.js';

const terms = (q: string) => queryTerms(q).flatMap((t) => t.terms);

describe('storing a thing, in other words; keeping a thing some way is no storing', () => {
  it.each([
    'how do i keep my watch from disconnecting?',
    'how can i keep the battery going longer on a multi-day hike',
    "what's the best way to keep the tent dry in heavy rain",
    'how do I keep my feet warm in the ridgeline at night',
    'how do you keep the prices so low?',
    'how do i keep it charged on a 5 day trek?',
    'how do i keep the warranty valid',
    'where do I keep the receipt for warranty?',
    'how can we keep the kids warm in the 3P',
    'where do you keep the stock for the portland store?',
    "parcel was left in the garage by dhl but it's damaged",
    'is my data stored outside the EU?',
    'do you mind storing my card details for next time?',
    'how do you store my order until pickup?',
  ])('%j is no storage', (q) => expect(terms(q)).not.toContain('storag'));
  it.each([
    'how should I store my down jacket over summer?',
    'best way to store lithium batteries long term?',
    'how should power banks be stored?',
    'storing the tent wet for a week, is that bad?',
    'where should I keep my headlamp batteries when not in use',
    'the headlamp sits in the glovebox most of the year, do the batteries leak?',
    'can i store the voltpack fully charged?',
    'how should I keep the tent over the winter?',
    'my watch sits in a drawer over the winter, any tips?',
  ])('%j is storage', (q) => expect(terms(q)).toContain('storag'));
  it.each(['which store has the Ridgeline in stock?', 'how do I store my card for next time', 'where can I find store opening hours?'])('%j keeps "store" as it was', (q) => expect(terms(q)).toContain('stor'));
});

describe('retrieval: storing batteries finds the storage passage', () => {
  const article = (id: string, title: string, body: string): Article => ({ id, title, body });
  const kb = buildKnowledgeBase(
    [
      article('stores', 'Store locations', '**Berlin**\nOur Berlin store is open Mon–Sat and stocks power banks and batteries.'),
      article('batteries', 'Battery care', '**Storage**\nIf you will not use a power bank for a while, store lithium batteries at about 50% in a cool, dry place.'),
      article('pairing', 'Pairing your watch', 'Keep the watch next to the phone until pairing is complete; if it disconnects, restart the app.'),
    ],
    undefined,
    undefined,
    'Acme Outdoors',
  );
  const top = (q: string) => searchKnowledgeBase(kb, q, 1)[0]?.articleId;
  it('"best way to store lithium batteries long term?" finds battery care', () => expect(top('best way to store lithium batteries long term?')).toBe('batteries'));
  it('"how do i keep my watch from disconnecting?" finds pairing', () => expect(top('how do i keep my watch from disconnecting?')).toBe('pairing'));
  it('"which store has power banks?" finds the stores', () => expect(top('which store has power banks?')).toBe('stores'));
});

describe('the index: an e-mail address found in time', () => {
  it('a passage with an address is what "your email address?" asks for; one without is not', () => {
    expect(indexedText('Write to support@acme.example, we reply within a day.')).toContain('email address');
    expect(indexedText('Write to us through the form; a.b.c is no address.')).not.toContain('email address');
  });
  it('40,000 characters without a space are read in well under a second', () => {
    const t0 = performance.now();
    indexedText('a.b'.repeat(14_000));
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
