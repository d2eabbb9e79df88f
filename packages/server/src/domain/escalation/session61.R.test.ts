/**
 * Session 61 (helper R): second attempts at needs the KB does not cover, where the bot gave the same or a near passage
 * twice: the advice done and the same error back, a case narrowed under the same article, the rule granted and the
 * customer's case set against it, an example of what was meant ("like I hand over my old one…"), less of what was asked
 * ("just an extra week or two"), the thing asked again by pronoun. With the look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { sameNeedAfterMiss, triesAgainAfterAnswer } from './secondAttempts.js';
import { answeredReply, chat, testSite } from './testContext.js';

const PASSAGE = 'Error codes • PAY-204 Authentication timed out: the 3D Secure check wasn\'t completed in time. Points show as pending and become available 30 days after delivery. Lumen 900R: built-in rechargeable battery, charged via USB-C in about 4 hours.';
const unknownSame: BotReply = { kind: 'unknown', text: 'x', articleId: 'a' };
const unknownNone: BotReply = { kind: 'unknown', text: 'x' };

/** A question answered with PASSAGE, then `reply`, with the bot's reading of it `answer`. */
function afterAnswer(first: string, reply: string, answer: BotReply) {
  const t = chat(['c', first], ['b', PASSAGE, { kind: 'answer', articleId: 'a' }], ['c', reply]);
  return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer });
}
/** A question the bot could not answer (hedged on article "a"), then `reply`. */
function afterMiss(first: string, reply: string, answer: BotReply) {
  const t = chat(['c', first], ['b', PASSAGE, { kind: 'unknown', articleId: 'a' }], ['c', reply]);
  return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer });
}

describe('after an answer, the KB has no more and the customer tries again', () => {
  it.each([
    ['keep getting PAY-204 at checkout', 'did exactly that, approved it in the app straight away. PAY-204 again.'],
    ['my card fails with CRD-12', 'followed the steps, re-entered the card. still the same error again'],
    ['the app says SYNC-500', 'restarted the phone like you said. SYNC-500 again'],
  ])('%j … %j: the advice done, the error back', (first, reply) => expect(afterAnswer(first, reply, unknownSame)?.trigger).toBe('repeated_failure'));

  it.each([
    ['does the lumen 900r do pass-through charging?', 'so if i plug a power bank in mid-hike, does it keep running on high?'],
    ['can the pace 5 charge while recording a run?', 'so what happens if i clip the charger on during a long ultra, does it keep tracking?'],
    ['is the trailsense ok to use while plugged in?', 'so when it is on the cable on my desk, will the screen stay on?'],
  ])('%j … %j: a case narrowed under the same article', (first, reply) => expect(afterAnswer(first, reply, unknownSame)?.trigger).toBe('repeated_failure'));

  it.each([
    ['why are my points still pending?', 'I understand the 30 days after delivery. It was delivered on 2 March. It is now 20 April.'],
    ['when do my points become available?', 'I realise they become available 30 days after delivery. Mine arrived in January and nothing yet.'],
    ['the 3D secure check keeps failing', 'I understand the check has to be completed in time. I approved it within seconds, every time.'],
  ])('%j … %j: the rule granted, their case set against it', (first, reply) => expect(afterAnswer(first, reply, unknownNone)?.trigger).toBe('repeated_failure'));

  it.each([
    ['do you take old watches as a trade-in?', 'like i hand over my old garmin and you knock something off the price of the new one. any scheme like that?'],
    ['can I trade in my old lamp?', 'like I send my old one back and get money off the lumen 900r?'],
    ['do you buy back used tents?', 'like i bring my old tent to the store and get store credit for it?'],
  ])('%j … %j: what was meant, by example', (first, reply) => expect(afterAnswer(first, reply, unknownNone)?.trigger).toBe('repeated_failure'));

  it.each([
    ['why are my points still pending?', 'I understand the 30 days after delivery, thanks!'],
    ['why are my points still pending?', 'I understand the 30 days after delivery. And how do I spend them once they are available?'],
    ['my card keeps failing', 'i approved it in the app and it went through, thanks'],
    ['does the lumen 900r do pass-through charging?', 'sorry, so if it is charged via USB-C, how long does that take?'],
    ['keep getting PAY-204', 'I got PAY-204 again, what does that mean?'],
    ['my pace 5 will not charge', 'wiped the contacts and it still does not charge'],
    ['refund still not on my card', 'I know it takes 5 days plus the bank. It says refund issued 15 days ago.'],
    // The rule granted, then the chat's other matter (an older label waits for the frustration that follows).
    ['is the return label free for the UK? and my tent pole cracked', 'ok I understand I pay the postage for the UK. the pole though, it cracked on the second trip'],
    ['why are my points still pending?', 'I understand the 30 days after delivery. Separately, my code NW10 fails at checkout.'],
    ['is return postage free from Norway?', 'I understand that I pay it. As for the jacket, it has a torn zip.'],
  ])('%j … %j is no second attempt at a gap (the KB answered, or taken)', (first, reply) => {
    const answer = /what does|how long|how do i/i.test(reply) ? { ...answeredReply, articleId: 'a' } : unknownNone;
    expect(afterAnswer(first, reply, answer)).toBeNull();
  });

  it('a case narrowed that another article answers is a new question', () =>
    expect(triesAgainAfterAnswer('so if i return it, do i get the shipping back?', { body: PASSAGE, meta: { articleId: 'a' } }, { ...answeredReply, articleId: 'returns' })).toBe(false));
  it('a hypothetical under another article than the answer is no narrowing', () =>
    expect(triesAgainAfterAnswer('so if i order today, when does it arrive?', { body: PASSAGE, meta: { articleId: 'a' } }, { kind: 'unknown', text: 'x', articleId: 'shipping' })).toBe(false));
});

describe('right after a miss, the same need again', () => {
  it.each([
    ['can the return window be extended? I am travelling', 'just an extra week or two, I cannot post it before the 30 days are up'],
    ['could you extend my trial?', 'only a few more days would do'],
    ['can you hold the price for me?', 'even a couple more days would help'],
  ])('%j … %j: less of what was asked', (first, reply) => expect(afterMiss(first, reply, { ...answeredReply, articleId: 'a' })?.trigger).toBe('repeated_failure'));

  it.each([
    ['forgot to scan my QR at the till, can you add the points?', 'I still have the paper receipt. can they be added afterwards somehow?'],
    ['my voucher was not applied, can you apply it?', 'I have the order number. could it be applied now?'],
    ['the store did not log my purchase to my account', 'can it be linked later if I send the receipt?'],
  ])('%j … %j: asked again by pronoun', (first, reply) => expect(afterMiss(first, reply, { ...answeredReply, articleId: 'a' })?.trigger).toBe('repeated_failure'));

  it.each([
    ['just one more thing: do you ship to Norway?', false],
    ['just a bit more detail on the warranty please', false],
    ['can they be added afterwards somehow?', false],
    ['the box is a bit extra large, can it be recycled?', false],
  ])('%j is not the same need again (another article, or no less asked)', (said, sameArticle) => expect(sameNeedAfterMiss(said, sameArticle)).toBe(false));

  it('thanks after the answer is no second attempt', () => expect(afterMiss('can the return window be extended?', 'ok thanks, got it', { ...answeredReply, articleId: 'a' })).toBeNull());
});

describe('hostile input', () => {
  it('returns on a long string', () => {
    const s = 'a '.repeat(2000);
    triesAgainAfterAnswer(`so if ${s}`, { body: PASSAGE, meta: { articleId: 'a' } }, unknownSame);
    triesAgainAfterAnswer(`i understand ${s}`, { body: PASSAGE, meta: {} }, unknownNone);
    expect(sameNeedAfterMiss(`just an extra ${s}`, true)).toBe(false);
  });
});
