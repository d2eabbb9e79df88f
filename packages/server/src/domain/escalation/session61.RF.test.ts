/**
 * Session 61 (helper RF): the customer sets the last answer aside by denying what its heading named ("it's not locked,
 * it's just red") and says the need again: the answer missed, a passage found on other words is no answer, and the
 * second attempt is a repeated failure. With the look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { setsReplyAside } from './passageWords.js';
import { silentOnWhatAnswerSaid } from './secondAttempts.js';
import { answeredReply, chat, testSite, unknownReply } from './testContext.js';

const LOCK = 'Lock mode\nHold the button for 3 seconds until the light blinks twice, so it can\'t switch on in your pack.\n\n(From: Headlamp care)';
const PAIRING = 'Pairing with your phone\nOpen the app, go to Devices and tap Add. Keep the watch close to the phone.\n\n(From: Watch help)';
const CHARGING = 'Charging problems\nClean the contacts and use the supplied cable.\n\n(From: Watch help)';
const unknownOther: BotReply = { kind: 'unknown', text: 'x', articleId: 'exchanges' };

function after(first: string, reply: string, next: string, answer: BotReply = unknownOther) {
  const t = chat(['c', first], ['b', reply, { kind: 'answer', articleId: 'care' }], ['c', next]);
  return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer });
}

describe('the answer set aside by denying its heading, the need said again', () => {
  it.each([
    ['my lumen 900r stays in red mode, cannot get the white light back', LOCK, 'it isnt locked, it turns on, the light is just red. how do i switch to white?'],
    ['my headlamp only gives a red light', LOCK, 'no, its not in lock mode. it lights up, only in red, never white'],
    ['my pace 5 will not sync my runs to the app', PAIRING, 'it is not a pairing thing, it shows as connected, the runs just never sync'],
    ['my watch shows the wrong time after travelling', PAIRING, 'thats not about pairing, the time on the watch is still wrong by 6 hours'],
  ])('%j … %j: a miss, asked again', (first, reply, next) => {
    expect(setsReplyAside(next, reply, first)).toBe(true);
    expect(after(first, reply, next)?.trigger).toBe('repeated_failure');
  });

  it.each([
    // The trouble itself said again: the heading's word was the customer's own.
    ['my watch is not charging', CHARGING, 'its not charging at all, the screen stays dead'],
    // A denial with nothing of the question after it: another question.
    ['my headlamp only gives a red light', LOCK, 'its not locked. how long does shipping to italy take?'],
    // "it's not X" mid-message adds a detail.
    ['my headlamp only gives a red light', LOCK, 'I tried that but its not locked, is the red light normal?'],
    // Taking the answer.
    ['my headlamp only gives a red light', LOCK, 'thanks, that was it, locked by accident'],
    // A denial of something the answer never named.
    ['my headlamp only gives a red light', LOCK, 'its not new, I have had the red light for a year'],
  ])('%j … %j: not a passage set aside', (first, reply, next) => expect(setsReplyAside(next, reply, first)).toBe(false));

  it('a passage set aside, but the KB answers the restatement from the same article: read as before', () => {
    expect(setsReplyAside('its not locked, the light is just red', LOCK, 'my headlamp only gives a red light')).toBe(true);
    expect(after('my headlamp only gives a red light', LOCK, 'thanks, all good now', answeredReply)).toBeNull();
  });

  it('returns on a long hostile string', () => {
    const hostile = `its not ${'a '.repeat(2000)}`;
    expect(typeof setsReplyAside(hostile, LOCK, hostile)).toBe('boolean');
  });
});

const CODES = 'Why isn\'t my code working?\n• Minimum order value not reached: many codes need a minimum basket value.\n• Excluded items: unless the code says otherwise, codes don\'t apply to sale items, gift cards or items marked "Excluded from promotions".\n\n(From: Discount codes)';

/** A code question answered with CODES, then `next`, the KB having nothing more. */
function afterCodes(next: string) {
  const t = chat(['c', 'my welcome code does nothing at checkout'], ['b', CODES, { kind: 'answer', articleId: 'codes' }], ['c', next]);
  return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: unknownReply });
}

describe('a page silent on what the answer covered: the case set against the rule, not a second attempt', () => {
  it.each([
    'theres a lumen 900r in there, the page says nothing about a sale',
    'only a tent in my basket and the product page doesnt mention any promotion',
    'its a pace 5, the listing does not say it is excluded',
    'the page for the jacket says nothing about gift cards, its just a jacket',
  ])('%j: not a repeated failure', (next) => {
    expect(silentOnWhatAnswerSaid(next, CODES)).toBe(true);
    expect(afterCodes(next)).toBeNull();
  });

  it.each([
    'the help page says nothing about codes from partner sites, can I use those?',
    'your article doesnt mention student codes at all, so do they stack?',
    'the faq says nothing on the black friday code, why wont it work?',
  ])('%j: a source silent on what the answer left out, still a miss', (next) => {
    expect(silentOnWhatAnswerSaid(next, CODES)).toBe(false);
    expect(afterCodes(next)?.trigger).toBe('repeated_failure');
  });

  it('returns on a long hostile string', () => {
    expect(typeof silentOnWhatAnswerSaid(`says nothing about ${'a '.repeat(2000)}`, CODES)).toBe('boolean');
    expect(typeof silentOnWhatAnswerSaid(`doesnt mention ${'being '.repeat(700)}`, CODES)).toBe('boolean');
  });
});
