import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, searchKnowledgeBase } from './knowledgeBase.js';
import { answerQuestion } from './answer.js';
import { findPlaces } from './places.js';

describe('findPlaces', () => {
  it('maps towns to their country and region words', () => {
    expect(findPlaces('do you ship to vancouver?')).toEqual([{ words: ['vancouver'], region: ['canada'] }]);
    expect(findPlaces('I live in Graz')[0]!.region).toEqual(['austria', 'eu']);
    expect(findPlaces('shipping to Zürich')[0]!.region).toEqual(['switzerland']);
    expect(findPlaces('a cabin near Tromsø')[0]!.words).toEqual(['tromso']);
    expect(findPlaces('do you ship to Honolulu')[0]!.region).toContain('hawaii');
    expect(findPlaces('sending it to New York')[0]!.words).toEqual(['new', 'york']);
    expect(findPlaces('how much to Austria')[0]!.region).toEqual(['eu']);
    expect(findPlaces('ship to Turkey')[0]!.words).toEqual(['turkey']);
  });
  it('reads a town that is also an everyday word only when it is capitalised', () => {
    expect(findPlaces('my holiday flat in Split')[0]!.region).toContain('croatia');
    expect(findPlaces('can I split the payment')).toEqual([]);
    expect(findPlaces('is it normal that it gets warm')).toEqual([]);
    expect(findPlaces('reading the label')).toEqual([]);
    expect(findPlaces('turkey for dinner')).toEqual([]);
  });
});

describe('retrieval with place names', () => {
  const kb = buildKnowledgeBase([
    { id: 'international', title: 'International shipping', body: '**Where we deliver**\nWe deliver to the EU, the United Kingdom, Switzerland and Norway. We do not deliver to Canada or Australia.' },
    { id: 'stores', title: 'Our stores', body: '**Berlin**\nOur Berlin store is open Monday to Saturday.' },
    { id: 'returns', title: 'Returns', body: '**Returning an item**\nYou can return an item within 30 days for a refund.' },
  ]);
  it('answers about a town the KB never names from the country it does', () => {
    const r = answerQuestion(kb, 'do you deliver to Vancouver?');
    expect(r.kind).toBe('answer');
    expect(r.articleId).toBe('international');
    expect(answerQuestion(kb, 'can you deliver to Zurich?').articleId).toBe('international');
  });
  it('leaves words the KB uses alone and matches nothing for an unknown town without a region in the KB', () => {
    // "Berlin" is the KB's own word: it is not widened to "germany"/"eu".
    expect(searchKnowledgeBase(kb, 'is the Berlin store open on Saturday', 1)[0]!.articleId).toBe('stores');
    const withTown = searchKnowledgeBase(kb, 'do you deliver to Reykjavik', 1)[0];
    const without = searchKnowledgeBase(kb, 'do you deliver', 1)[0];
    expect(withTown!.confidence).toBeLessThan(without!.confidence);
  });
});
