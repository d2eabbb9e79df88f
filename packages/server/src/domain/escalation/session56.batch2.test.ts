/**
 * Session 56, the second blind batch: a legal matter handed on, refunds chased as "coming back to me", a let-down
 * praised in awe, more ways of pressing, and a hedge taken by a plan, thanks or a procedure checked.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { claimsRefund } from './refundClaim.js';
import { scoreFrustration } from './frustration.js';
import { chat, repeatedFailureOf, runRules } from './testContext.js';
import { normalise } from '../bot/text.js';

describe('a legal matter handed to a lawyer or legal insurance', () => {
  it.each([
    "I've sent the photos and got the same answer. I'm handing it to my legal insurance, they'll contact you via their lawyer.",
    'I am passing this to my solicitor today',
    "they'll write to you through their lawyer",
  ])('%j is a legal threat', (m) => expect(findHighStakes(m)?.kind).toBe('legal'));
  it.each(["I'm handing the keys to my lawyer friend", 'my legal insurance covers my flat', 'pass the salt to my lawyer brother'])('%j is not', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('a refund chased as money coming back', () => {
  it.each([
    "my boyfriend sent back the hiking boots and the rain jacket, about two hundred and thirty-nine dollars all together. when's that coming back to me?",
    'I returned the Pace 5 at €299. when will that hit my visa?',
    'sent back the tent last week, how soon will it land in my account?',
  ])('%j chases it', (m) => expect(claimsRefund(normalise(m))).toBe(true));
  it.each(['when is the courier coming back to me?', 'when will the jacket come back to me from repair?', 'I returned the jacket. when will the new size reach my house?'])('%j does not', (m) =>
    expect(claimsRefund(normalise(m))).toBe(false));
});

describe('a let-down praised in awe', () => {
  const labels = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').labels;
  it('"wow, thanks, a link to a form. groundbreaking." is sarcasm', () => expect(labels('wow, thanks, a link to a form. groundbreaking. it was a birthday present')).toContain('sarcasm'));
  it('"wow, thanks, a free upgrade. incredible!" is not', () => expect(labels('wow, thanks, a free upgrade to express. incredible service, really')).not.toContain('sarcasm'));
});

describe('repeated failure: pressing and saying it again', () => {
  const afterAnswer = (q: string, reply: string, last: string, articleId = 'a') =>
    repeatedFailureOf(chat(['c', q], ['b', reply, { kind: 'answer', articleId }], ['c', last])) ?? null;
  it('"nothing on your help pages about returned-to-sender parcels then?" says the help is silent', () =>
    expect(afterAnswer('why is my parcel being returned to the sender?', 'Refuse the delivery, or return it free of charge', 'nothing on your help pages about returned-to-sender parcels then? 🙁')).not.toBeNull());
  it('"so there\'s literally no way to reset it without the codes?" presses', () =>
    expect(afterAnswer('I lost my authenticator', 'sign in with one of the backup codes you saved during setup', "so there's literally no way to reset the two-step thing without the codes?")).not.toBeNull());
});

describe('a hedge taken without the words of taking it', () => {
  const afterHedge = (q: string, last: string) =>
    repeatedFailureOf(chat(['c', q], ['b', "I'm not sure this answers it, but it is the closest I found…\n\nOther ways to reach us: phone +49 30 5550 1200", { kind: 'unknown', articleId: 'contact' }], ['c', last])) ?? null;
  it.each([
    "not today, he'll ring next week. thanks!",
    "ordered on tuesday so thats 2 days. ok I'll check again next week",
    'so i wait for the tracking email and then change it through dhl?',
  ])('%j takes it', (m) => expect(afterHedge('what number does my dad call and when is someone there?', m)).toBeNull());
  it.each(['still nothing useful, thanks', "that doesn't help, I'll try again tomorrow but still"])('%j does not', (m) =>
    expect(afterHedge('what number does my dad call and when is someone there?', m)).not.toBeNull());
});

describe('session 56, third batch: a hack denied, the cause found, the answer set aside by "yes I know…"', () => {
  it('"pretty sure nobody hacked me, i just typed the wrong password" is no takeover', () =>
    expect(findHighStakes('pretty sure nobody hacked me, i just typed the wrong password like 6 times and now it says account locked')).toBeNull());
  it('"my account was hacked" still is', () => expect(findHighStakes('my account was hacked and there are orders I did not place')?.kind).toBe('security'));
  it('a VIP finding the cause ("That\'ll be it, thanks.") asks nothing', () =>
    expect(runRules(['I moved in March and the bank probably still has the old address. That\'ll be it, thanks.'], { tier: 'vip' })).toBeNull());
  const afterAnswer = (q: string, reply: string, last: string) =>
    repeatedFailureOf(chat(['c', q], ['b', reply, { kind: 'answer', articleId: 'a' }], ['c', last])) ?? null;
  it.each([
    ['the reset keeps going to my old work email', 'The link is valid for 30 minutes.', "yes i know the link is valid for 30 minutes. the problem is i can't open that inbox at all"],
    ['how long does the core pack take to charge?', 'The Lumen 400 runs on AAA batteries or the core pack.', 'yes i know it takes AAA too. the rechargeable core pack specifically'],
  ])('after %j, %j restates the question', (q, reply, last) => expect(afterAnswer(q, reply, last)).not.toBeNull());
  it('"like warm warm, not hot, i can hold it fine. just checking" restates nothing', () =>
    expect(afterAnswer('is it normal for the voltpack to get warm when charging?', "It's normal for a device to feel slightly warm while charging.", 'like warm warm, not hot, i can hold it fine. just checking')).toBeNull());
  it('"yes i know it takes AAA too…" is no frustration', () => expect(scoreFrustration('yes i know it takes AAA too. the rechargeable core pack specifically', [], true, 'Northwind Gear').labels).toEqual([]));
});
