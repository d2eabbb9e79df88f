/**
 * Session 61 (helper R3): second attempts at needs the KB does not cover, read whatever passage the KB finds next: asked
 * again in so many words ("I have asked three times"), the step done and someone else says it is not it ("…not the right
 * document. what else do they need?"), a new purchase set aside ("I don't want a whole new lamp, just the band"), the
 * passage's error code back after its advice, the question narrowed to a part right after a miss. And two readings
 * that wait: a hedged passage's step reported done before a new question, and a no said back and pleaded with.
 */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { normalise } from '../bot/text.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { didPassageStep, pleadsOverNo, sameNeedAfterMiss, triesAgainAfterAnswer } from './secondAttempts.js';
import { chat, testSite } from './testContext.js';

const PASSAGE = 'Error codes • E01: no GPS signal. • E20: battery too low for the update. Charge above 50% and try again. Getting your invoice: download it under Account > Orders. Using a gift card: enter the 16-digit code at checkout.';
const sameArticle: BotReply = { kind: 'answer', text: 'x', articleId: 'a', articleTitle: 'A', confidence: 0.8 };
const otherArticle: BotReply = { kind: 'answer', text: 'x', articleId: 'b', articleTitle: 'B', confidence: 0.8 };
const unknown: BotReply = { kind: 'unknown', text: 'x' };
const last = { body: PASSAGE, meta: { articleId: 'a' } };
const again = (said: string, answer: BotReply = sameArticle) => triesAgainAfterAnswer(normalise(said), last, answer, said);

describe('after an answer, asked again whatever the KB finds now', () => {
  it.each([
    'can you just tell me when it ships. I have asked twice now',
    'ive asked you this before, is the parcel coming back or not',
    'this is the third time I am asking: where is my refund',
    "that's the second time I'm asking about the lid",
  ])('%j says it is asked again', (m) => expect(again(m, otherArticle)).toBe(true));

  it.each([
    'I downloaded the invoice but customs says it is not the right form. what else do they need?',
    'the bank says the reference is wrong. what other details should I send?',
    'uploaded the photo but they said it is not enough, what more do you need?',
  ])('%j: the step done, someone says it is not it', (m) => expect(again(m, otherArticle)).toBe(true));

  it.each([
    "I don't want a whole new watch, just the strap. do you have those?",
    'not a new card, I want to add money to the one I have',
    'we do not need a brand new tent, only the fly sheet',
  ])('%j sets a new purchase aside', (m) => expect(again(m, otherArticle)).toBe(true));

  it.each([
    ['charged it to 90% and it STILL shows E20', sameArticle],
    ['restarted twice, still getting e01!!', unknown],
    ['did that. STILL e20', sameArticle],
  ] as const)('%j: the passage error code back, insisted on, after its advice', (m, answer) => expect(again(m, answer)).toBe(true));

  it.each([
    'my wife asked twice whether you ship to Norway',
    'I asked the store about it, they said to ask here',
    "I don't want a new one, just curious how long the battery lasts",
    'still shows E20? what does that mean',
    'charged it to 100% and it still shows E20',
    'recharged it overnight, still says E20 when I start the update',
    'charged it and now it shows E01, what is that',
    'what other colours do you have?',
    'sorry, is this the right document for customs?',
  ])('%j is not asked again', (m) => expect(again(m, otherArticle)).toBe(false));
});

describe('right after a miss, the question narrowed to a part', () => {
  it.each([
    'just the middle section, the one with the shock cord. can i buy one on its own?',
    'only the lid? could I order that separately',
    'ok, just the charging cable then, do you sell it?',
  ])('%j narrows', (m) => expect(sameNeedAfterMiss(normalise(m), false)).toBe(true));

  it.each(['just a quick question: how long does shipping to Italy take?', 'only one more thing, do you ship to Norway?', 'just the one order, thanks', 'just a question, what are your opening hours?'])('%j does not', (m) =>
    expect(sameNeedAfterMiss(normalise(m), false)).toBe(false));
});

describe("a hedged passage's step reported done", () => {
  const HEDGED = 'Wrong or missing item? Use the same form and choose "Missing item". We reply within 2 business days.';
  it.each(['i sent the form. but do i need to go to the police?', 'ok, I filled in the form, what happens with the box now?', 'we submitted the form yesterday. also, can I order a new one meanwhile?'])('%j took it', (m) =>
    expect(didPassageStep(normalise(m), HEDGED)).toBe(true));
  it.each(['i sent the form but still no reply', 'I sent the photos, do you need anything else?', 'i did the form again, same error', 'sent the form?'])('%j did not', (m) => expect(didPassageStep(normalise(m), HEDGED)).toBe(false));

  it('the new question after it is no second attempt', () => {
    const t = chat(['c', 'the box came without the lamp in it'], ['b', HEDGED, { kind: 'unknown', articleId: 'a' }], ['c', 'i sent the form. but honestly i think the courier stole it, do i need to go to the police?']);
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: unknown })).toBeNull();
  });
});

describe('a no said back and pleaded with', () => {
  const NO = "Company details can't be added or changed after the order has shipped, because an issued invoice can't be altered.";
  it.each(["Right, so it can't be changed after shipping. Is there really no way?", 'ok so it cannot be altered after shipping. surely there is some way?', "so it can't be added after it shipped? my accountant needs it"])('%j pleads over the no', (m) =>
    expect(pleadsOverNo(normalise(m), NO)).toBe(true));
  it.each(["so it can't be done for the gift card either?", 'is there really no way?', "right, so you don't ship to Canada?"])('%j is no echo of this no', (m) => expect(pleadsOverNo(normalise(m), NO)).toBe(false));

  it('a plea is no miss; the same with no echo still is', () => {
    const run = (said: string) => {
      const t = chat(['c', 'Could I get the company name added to my invoice?'], ['b', NO, { kind: 'answer', articleId: 'a' }], ['c', said]);
      return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: unknown })?.trigger;
    };
    expect(run("Right, so it can't be changed after shipping. Is there really no way?")).toBeUndefined();
    expect(run('Is there really no way? My accountant needs it')).toBe('repeated_failure');
  });
});

it('stays fast on a hostile string', () => {
  const hostile = normalise('a '.repeat(2000));
  expect(again(hostile)).toBe(false);
  expect(sameNeedAfterMiss(`just ${hostile}`, true)).toBe(false);
  expect(didPassageStep(`i sent the ${hostile}`, hostile)).toBe(false);
  expect(pleadsOverNo(`so it cant ${hostile}`, hostile)).toBe(false);
});
