/**
 * Session 58 (helper K): a failed question set aside by name before another is asked is no second attempt; a correction
 * that names the shop by another word than the answer's ("not another store" after a passage on other retailers) says
 * the answer missed.
 */
import { describe, expect, it } from 'vitest';
import { chat, repeatedFailureOf } from './testContext.js';

describe('a failed question set aside by name', () => {
  const after = (last: string) => repeatedFailureOf(chat(['c', 'is the ridgeline 3p good for 2 people + a big dog'], ['b', "I'm not sure I can answer that.", { kind: 'unknown' }], ['c', last])) ?? null;
  it.each(['hmm actually forget the tent for a sec, how long does shipping to italy take', 'ok forget the tent. do you ship to Norway?', 'never mind the tent for now, what payment methods do you take?'])('%j is a new question', (m) =>
    expect(after(m)).toBeNull(),
  );
  it.each(['forget the specs, is the ridgeline 3p big enough for 2 people and a big dog?', 'but is the ridgeline 3p good for 2 people and a dog or not?'])('%j is the same one again', (m) => expect(after(m)).not.toBeNull());
});

describe('the shop by another word', () => {
  const after = (last: string) =>
    repeatedFailureOf(chat(['c', 'bought the trailsense 5 days ago for $299 and now it is $249 on your own site'], ['b', 'Conditions: the other retailer is an authorised dealer based in the same region.', { kind: 'answer', articleId: 'price-match' }], ['c', last])) ?? null;
  it.each(['not another store, YOUR store. do you refund the difference when you drop the price?', 'not a different shop, your website. do I get the difference?'])('%j says the answer missed', (m) =>
    expect(after(m)).not.toBeNull(),
  );
  it.each(['not sure I follow, how do I send the link?', 'ok thanks, how long do you take to reply?'])('%j does not', (m) => expect(after(m)).toBeNull());
});
