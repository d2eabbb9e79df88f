import { describe, expect, it } from 'vitest';
import type { TreeEnsemble } from './answerability.js';
import { buildKnowledgeBase, searchKnowledgeBase, type Passage } from './knowledgeBase.js';
import { rankFeatures, type RankCandidate } from './passageRank.js';

const articles = [
  {
    id: 'discount-codes',
    title: 'Discount codes',
    body: "## Using a code\nEnter your code at checkout. One code per order. A code from a newsletter is valid for 30 days.\n\n## Why isn't my code working?\nCheck the code has not expired. Many codes need a minimum order value. Sale items are excluded from most codes.",
  },
  { id: 'loyalty', title: 'Trailpoints loyalty programme', body: '## Earning points\nYou earn one trailpoint for every euro you spend.\n\n## Spending points\nEvery 200 trailpoints can be turned into a 10 euro voucher under Account.' },
  { id: 'shipping', title: 'Shipping', body: '## Delivery times\nOrders ship within two days.' },
];
const QUESTION = 'how many trailpoints do i need before i can get a voucher';

/** Higher when more of the question's weight is in the passage as typed (a synonym's match does not count). */
const byTypedCoverage: TreeEnsemble = { features: ['pcov'], baseline: 0, trees: [[[0, 0.5, 1, 2, 0], [-1, 0, 0, 0, -2], [-1, 0, 0, 0, 2]]] };

describe('passage ranker', () => {
  it('without a ranker the fixed mix lets a synonym repeated through a passage win ("voucher" read as "code")', () => {
    const kb = buildKnowledgeBase(articles);
    const hits = searchKnowledgeBase(kb, QUESTION, 3);
    expect(hits[0]!.articleId).toBe('discount-codes');
    // Both cover the question equally by confidence: only the order decides.
    expect(hits[1]!.passage.heading).toBe('Spending points');
    expect(hits[1]!.confidence).toBeCloseTo(hits[0]!.confidence, 6);
  });

  it('with a ranker its order decides, each hit keeping its own confidence', () => {
    const kb = buildKnowledgeBase(articles, undefined, byTypedCoverage);
    const hits = searchKnowledgeBase(kb, QUESTION, 3);
    expect(hits[0]!.passage.heading).toBe('Spending points');
    expect(hits[1]!.articleId).toBe('discount-codes');
    const mix = searchKnowledgeBase(buildKnowledgeBase(articles), QUESTION, 3);
    expect(hits[0]!.confidence).toBe(mix.find((h) => h.passage.id === hits[0]!.passage.id)!.confidence);
  });

  it('shows each search its candidates and their features, ranker or not', () => {
    const kb = buildKnowledgeBase(articles);
    const seen: { passageId: number; features: Record<string, number> }[][] = [];
    kb.onRankFeatures = (c) => seen.push(c);
    searchKnowledgeBase(kb, QUESTION, 1);
    expect(seen).toHaveLength(1);
    const spending = seen[0]!.find((c) => kb.passages[c.passageId]!.heading === 'Spending points')!;
    const codes = seen[0]!.find((c) => kb.passages[c.passageId]!.heading === "Why isn't my code working?")!;
    // "voucher" is typed in the one, only its synonym "code" in the other.
    expect(spending.features.scov).toBe(0);
    expect(codes.features.scov).toBeGreaterThan(0);
    expect(spending.features.pcov).toBeGreaterThan(codes.features.pcov!);
    expect(spending.features.d_pcov).toBe(0);
  });
});

describe('rankFeatures', () => {
  const passage = (id: number, heading: string, text: string): Passage => ({ id, articleId: `a${id}`, articleTitle: `Title ${id}`, heading, text });
  const candidate = (p: Passage, confidence: number, bm25: number, boosted = false): RankCandidate => ({ passage: p, confidence, incidental: false, explainsCode: false, named: boosted, bm25, boosted, mix: confidence + 0.2 * bm25 });

  it('splits the question weight into typed, synonym and heading matches, and measures each against the best', () => {
    const a = passage(0, 'Return window', 'return within 30 day');
    const b = passage(1, '', 'send back within 30 day');
    const terms = [new Set(['return', 'within', 'day']), new Set(['send', 'back', 'within', 'day'])];
    const query = [
      { terms: ['return', 'send'], weight: 2 },
      { terms: ['day'], weight: 1 },
      { terms: ['refund'], weight: 1 },
    ];
    const [fa, fb] = rankFeatures(terms, query, [candidate(a, 0.6, 1), candidate(b, 0.5, 0.8, true)], 0);
    expect(fa).toMatchObject({ pcov: 0.75, scov: 0, hcov: 0.5, np: 2, nreq: 3, bmi: 0, intro: 0, boost: 0, d_conf: 0, d_pcov: 0, d_bm: 0, d_mix: 0 });
    expect(fb).toMatchObject({ pcov: 0.25, scov: 0.5, hcov: 0, np: 2, bmi: 1, intro: 1, boost: 1, named: 1, d_pcov: 0.5, d_hcov: 0.5 });
    expect(fb!.d_conf).toBeCloseTo(0.1, 9);
    expect(fb!.d_bm).toBeCloseTo(0.2, 9);
    expect(fb!.mix).toBeCloseTo(0.66, 9);
    expect(fb!.d_mix).toBeCloseTo(0.14, 9);
  });
});
