/**
 * Session 61 (A): VIP questions the KB does settle, read as what they ask: a figure stated and asked to be confirmed
 * ("…, right?"), a claim someone else made ("my lawyer friend says…"), a store asked for in a place (the store list
 * says yes or no), and a product got to a relative who lives elsewhere (sending across regions). The same words in
 * passing, and questions the KB cannot settle (plans for a store), are no such phrase.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { restatedPhrases } from './restatements.js';
import { asksStorePlans } from './unlistedAsks.js';
import { article, kbOf } from './testKb.js';
import { searchKnowledgeBase } from './knowledgeBase.js';

/** The meanings of the phrases restated in `m` ([] for a phrase that only gives way). */
const restated = (m: string) => restatedPhrases(normalise(m));
const givesWay = (m: string, word: string) => restated(m).some((p) => p.means.length === 0 && p.words.includes(word));
const means = (m: string, word: string) => restated(m).some((p) => p.means.includes(word));

describe('a figure stated, asked to be confirmed (session 61)', () => {
  it.each([
    ['Hi! Express to Madrid is 1-2 days, right?', 'right'],
    ['Returns are free within the EU, correct?', 'correct'],
    ['The student discount is 10%, isnt it?', 'isnt'],
    ['the watch is 5 ATM, is that the same for the Trailsense?', 'same'],
    ['Standard is free over 60 euros, yes?', 'yes'],
  ])('%j', (m, w) => expect(givesWay(m, w)).toBe(true));
  it.each([
    ['Is this the right size for a 10 year old?', 'right'],
    ['Which strap is correct for the Pace 5?', 'correct'],
    ['Can I get the same jacket in olive?', 'same'],
    ['Right, so how do I return it?', 'right'],
  ])('not: %j', (m, w) => expect(givesWay(m, w)).toBe(false));
});

describe("someone else's claim, told in passing (session 61)", () => {
  it.each([
    ['my lawyer friend says EU law means 2 years warranty minimum, is that the same for your jackets?', 'lawyer'],
    ['My brother said you price match Amazon, do you?', 'brother'],
    ['a colleague told me returns are free, are they?', 'colleague'],
    ['I heard that the Pace 5 has a 14 day battery, true?', 'heard'],
  ])('%j', (m, w) => expect(givesWay(m, w)).toBe(true));
  it.each([
    ['My lawyer will be in touch about the rejected claim.', 'lawyer'],
    ['I bought it for my friend, can she return it?', 'friend'],
    ['I read the returns page but the label is missing.', 'read'],
  ])('not: %j', (m, w) => expect(givesWay(m, w)).toBe(false));
});

describe('a store asked for in a place (session 61)', () => {
  it.each(['hola! do you have a store in Madrid?', 'Is there a shop near Lyon?', 'any stores in Vienna?', 'have you got a branch in Munich?'])('%j', (m) => expect(means(m, 'stores')).toBe(true));
  it.each(['Do you have the Pace 5 in stock?', 'Is there a store in stock of the olive one?', 'I was in your store in Berlin yesterday and the staff were great.', 'Is the Berlin store open on Sunday?'])('not: %j', (m) =>
    expect(means(m, 'stores')).toBe(false),
  );
  it('plans for a store there stay a question the store list cannot settle', () => {
    expect(asksStorePlans(normalise('Any plans for a store in Madrid?'))).toBe(true);
    expect(asksStorePlans(normalise('do you have a store in Madrid?'))).toBe(false);
  });
  it('the store list is found for a town it does not name', () => {
    const kb = kbOf([
      article('stores', 'Store locations', 'We have two stores, in Portland and Berlin.\n\nWe don\'t have any other stores at the moment.'),
      article('ship', 'Shipping times', 'Express delivery takes 1-2 business days within the EU.'),
    ]);
    expect(searchKnowledgeBase(kb, 'hola! do you have a store in Madrid?', 1)[0]?.articleId).toBe('stores');
  });
});

describe('a product got to a relative who lives elsewhere (session 61)', () => {
  it.each([
    "My brother lives in Boston and I'm in Hamburg. What's the way to get a Pace 5 to him for his birthday?",
    'My sister lives in Chicago. How can I send a tent to her from Berlin?',
    "My parents live in Denver, can I get a jacket to them? I'm in Munich",
    'my daughter moved to Seattle, can you ship the headlamp to her?',
  ])('%j', (m) => expect(means(m, 'regions')).toBe(true));
  it.each([
    'My brother lives in Boston and loves his Pace 5. How long is the battery life?',
    'Can I send it to him directly? It is a gift.',
    'My sister lives with me, the parcel was left with a neighbour.',
  ])('not: %j', (m) => expect(means(m, 'regions')).toBe(false));
});

describe('hostile input (session 61)', () => {
  it('a long repeated string returns', () => {
    for (const s of ['a '.repeat(2000), 'my friend '.repeat(400), 'do you have a store in '.repeat(180), 'my brother lives in '.repeat(200) + 'send to '.repeat(100)]) expect(Array.isArray(restatedPhrases(normalise(s)))).toBe(true);
  });
});
