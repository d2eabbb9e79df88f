/**
 * Session 56's retrieval fixes, on a small KB of its own: "give back" is a return; a passage that only points to
 * another article yields to it; a detail of the last question put right; undoing a deletion and another fitness
 * platform are asks a passage near them does not settle; a device that "will last" asks for its battery life.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../pipelineTypes.js';
import { buildKnowledgeBase, searchKnowledgeBase } from './knowledgeBase.js';
import { queryTerms } from './queryTerms.js';
import { followReference } from './crossReference.js';
import { correctedQuestion } from './correction.js';
import { asksOtherPlatform, asksToUndo } from './serviceAsks.js';
import { phraseHints } from './glossary.js';
import { normalise } from './text.js';
import { CORRECTION_OPENER, selfCorrects } from './answer.js';

const article = (id: string, title: string, body: string): Article => ({ id, title, body });
const kb = buildKnowledgeBase(
  [
    article('returns', 'Returns policy', '**Returning an item**\nYou can return most items within 30 days. Start a return under Account > Orders.'),
    article('refunds', 'Refunds', '**How the money comes back**\nCards: back to the same card in 3–10 days. PayPal: back within 1–2 days.'),
    article('warranty', 'Warranty (2 years)', '**How to make a claim**\nFill in the warranty form with your order number and photos of the fault. We reply within 3 business days.'),
    article('watch', 'Watch troubleshooting', '**Restart**\nHold the button for 10 seconds to restart the watch.\n\nIf none of this helps, make a warranty claim (see *Warranty*).'),
  ],
  undefined,
  undefined,
  'Acme Outdoors',
);
const top = (q: string) => searchKnowledgeBase(kb, q, 1)[0];

describe('giving an item back', () => {
  it.each(['I want to give back the tent, it is to small for us', 'can I give back a jacket I bought 2 weeks ago?', 'can I bring the blue jacket back?', 'can i hand it back'])('%j is a return', (q) => {
    expect(phraseHints(normalise(q)).hints).toContain('return');
    expect(top(q)?.articleId).toBe('returns');
  });
  it.each(['give me my money back', 'bring back the lumen 400 please', 'give back the money'])('%j is not', (q) => expect(phraseHints(normalise(q)).hints).not.toContain('return'));
});

describe('a passage that only points elsewhere', () => {
  it('yields to the article it points to when that was found too', () => {
    const hits = searchKnowledgeBase(kb, 'how do I start a warranty claim for my watch?', 5);
    expect(followReference(kb, hits)?.articleId).toBe('warranty');
  });
  it('a passage that answers by itself stays first', () => {
    const hits = searchKnowledgeBase(kb, 'how do I restart the watch?', 5);
    expect(followReference(kb, hits)?.articleId).toBe(hits[0]?.articleId);
  });
});

describe('the customer puts a detail of their question right', () => {
  const before = "What's the free shipping threshold for Switzerland?";
  it('"Oh sorry, I meant Austria!" asks the question for Austria', () =>
    expect(correctedQuestion('Oh sorry, I meant Austria! My sister moved from Zurich to Graz last year 😄', before)).toBe("What's the free shipping threshold for Austria?"));
  it('"sorry, meant the Lumen 900R" adds the thing meant', () => expect(correctedQuestion('sorry, meant the Lumen 900R', 'Can I return the Lumen 400?')).toBe('Can I return the Lumen 400?\nthe Lumen 900R'));
  it('"Same question though" asks the one before again', () => expect(correctedQuestion('Sorry, misspoke: one of the two jackets. Same question though', 'Do I pay the whole invoice?')).toContain('Do I pay the whole invoice?'));
  it.each(['I meant to ask about returns', 'what I meant is the refund is late', 'I meant Austria. Do you ship there on Sundays?', 'I meant it'])('%j is no correction', (m) => expect(correctedQuestion(m, before)).toBeNull());
  it('"Oh sorry, I meant Austria!" owns the slip; "No, I meant Austria" corrects the answer', () => {
    expect(selfCorrects('Oh sorry, I meant Austria!')).toBe(true);
    expect(selfCorrects('No, I meant Austria')).toBe(false);
  });
});

describe('a degree is no correction', () => {
  it('"not hot, just warm to the touch" sets nothing aside', () => expect(CORRECTION_OPENER.test(normalise('not hot, just warm to the touch. its on my desk'))).toBe(false));
  it('"not gift cards, just normal visa cards" still does', () => expect(CORRECTION_OPENER.test(normalise('not gift cards, just normal visa cards'))).toBe(true));
});

describe('asks a passage near them does not settle', () => {
  it.each(['Can the deletion be reversed?', 'is there a way to restore my deleted account?', 'can I undo my account deletion'])('%j asks to undo', (m) => expect(asksToUndo(normalise(m))).toBe(true));
  it.each(['how do I delete my account?', 'my order was cancelled, can the charge be reversed?', 'can I get my password back?'])('%j does not', (m) => expect(asksToUndo(normalise(m))).toBe(false));
  it.each(['Does it at least sync workouts to Apple Health then?', 'can I export my routes to Komoot?', 'does the Pace 5 work with Garmin Connect'])('%j asks for another platform', (m) => expect(asksOtherPlatform(normalise(m))).toBe(true));
  it.each(['does it sync with the app?', 'can I share my activities to Strava?', 'is my health data shared?'])('%j does not', (m) => expect(asksOtherPlatform(normalise(m))).toBe(false));
});

describe('a device that will last', () => {
  it.each(['Will my watch last if I record the whole time?', 'would the headlamp last a whole night?'])('%j asks for battery life', (q) => expect(queryTerms(q).flatMap((t) => t.terms)).toEqual(expect.arrayContaining(['battery', 'life'])));
  it.each(['will the tent last years?', 'will my jacket last in the rain?'])('%j does not', (q) => expect(queryTerms(q).flatMap((t) => t.terms)).not.toContain('battery'));
});
