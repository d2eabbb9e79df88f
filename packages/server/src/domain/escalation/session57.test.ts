/**
 * Session 57: the first blind batch's misses read generally (frustration said drily, a fee "charge back", a battery
 * swelling told by its case, a security setting someone else switched on, a plan made of the answer, the person-request
 * model's bare words), each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { chat, repeatedFailureOf } from './testContext.js';
import { personRequestProbability } from './personRequestModel.js';
import { personRequestModel } from '../../site/botModels.js';

const kind = (m: string) => findHighStakes(m)?.kind ?? null;
const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear', 'Some reply from the help articles.').score >= 1;

describe('frustration said drily, without shouting', () => {
  it.each([
    "It's Friday. The page says 2 business days and nobody has replied. Am I meant to sit here refreshing my inbox?",
    "honestly I've bought from you for years and this is the first time I've felt fobbed off.",
    "so i have to wait for €658 worth of tents to turn up and then post one back. that's genuinely stupid",
    "Monday to Thursday is a lot more than 48 hours. This is exactly how shops lose people's trust.",
    "So I pay you, then pay again to get my own tent. I'm honestly not sure I'll be ordering from you again.",
    'might as well just buy a garmin at this point',
    "if you paste the washing instructions at me one more time i'm done with this brand",
    'Monday to Thursday is a lot more than 48 hours, I can count.',
    "already did the spray-on proofing as well. twice. a €280 jacket and it's a sponge after 3 months. brilliant.",
  ])('%j is frustration', (m) => expect(frustrated(m)).toBe(true));
  it.each([
    'Am I meant to sign the return form as well?',
    'am I supposed to wait here for the courier or can I leave?',
    "I'm not sure I'll be ordering from you again before Christmas, so can I use my points now?",
    'might as well buy a second headlamp for my son while I\'m at it',
    'I might as well get the 3P instead, is it in stock?',
    "that's stupid of me, I typed the wrong address",
    "it's stupid, I know, but can I return a tent I pitched once in my garden?",
    'if you send me the label one more time by email I can print it',
    'Yes I can read the label, where do I drop it off?',
    'I can count on you guys, thanks!',
    'tried it twice and it works now. brilliant.',
    "washed it twice and it's waterproof again. perfect.",
    'after 3 months it still looks new. brilliant.',
    'This is exactly how I lost my last tent, the pegs were too short',
    "I felt a bit fobbed off by the courier but you've been great",
  ])('%j is not', (m) => expect(frustrated(m)).toBe(false));
  it('an outburst taken back once the payment went through is no frustration', () =>
    expect(frustrated("oh for god's sake. the card still has my old flat on file. went through now, sorry for being snappy")).toBe(false));
  it('…but an apology before the complaint carries on keeps it', () =>
    expect(frustrated("oh for god's sake, it's still failing. sorry for being snappy but this is the third time")).toBe(true));
  it('someone trying to scam the customer is no insult to the shop', () =>
    expect(frustrated("think someone's trying to scam me?? got an SMS that my parcel is held and I need to pay €1.99 customs through a link. didn't click it. is that you?")).toBe(false));
});

describe('high stakes: a fee back is no chargeback; a swelling told by the case; a security setting disowned', () => {
  it.each([
    'Do I get the €4.95 delivery charge back as well?',
    'will I get the shipping charges back if I return everything?',
  ])('%j is a refund question', (m) => expect(kind(m)).toBeNull());
  it.each([
    "If you don't refund the delivery charge I'll do a chargeback.",
    "I'll charge it back through my card company",
  ])('%j still is a dispute', (m) => expect(kind(m)).toBe('dispute'));
  it.each([
    'the back cover on my watch seems to be lifting a bit, like something is pushing it out from inside. warranty?',
    'the screen on my pace 5 is lifting at one edge, looks like something underneath is pushing it up',
  ])('%j is a safety matter', (m) => expect(kind(m)).toBe('safety'));
  it.each([
    'the back cover came off when I dropped it, can I get a new one?',
    'the cover is lifting from the inside of the tent, is that condensation?',
    'my screen protector is lifting at the corner',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each([
    'Someone has switched on two-step verification on my account. I never set that up, so I have no backup codes.',
    "someone enabled 2FA on my account, it wasn't me",
  ])('%j is a takeover', (m) => expect(kind(m)).toBe('security'));
  it.each([
    'my son switched on two-step verification for me, how do I turn it off?',
    'I turned on two-step verification, now I lost my phone',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('a plan made of the answer is no second try', () => {
  const after = (last: string) =>
    repeatedFailureOf(chat(['c', 'will the trailsense work with my old phone? it\'s on android 9'], ['b', 'Install the Northwind Trail app (iOS 15 or later, Android 10 or later).', { kind: 'answer', articleId: 'a' }], ['c', last])) ?? null;
  it.each(['figured as much. new phone it is then', 'figures. store credit it is then'])('%j takes it', (m) => expect(after(m)).toBeNull());
  it('"figured as much, but I still need it to work with android 9?" does not', () => expect(after('figured as much, but I still need it to work with android 9 — is there no way?')).not.toBeNull());
});

describe('the person-request model needs a word of a person, a contact or a hand-over', () => {
  it('"No preamble please. How many days…" scores nothing', () =>
    expect(personRequestProbability(personRequestModel, 'No preamble please. How many days do I have to return an unused tent?')).toBe(0));
  it.each(['kindly connect me with your technical executive', 'is there a gentleman or a lady there I could explain it to?', 'rep pls'])(
    '%j is still read',
    (m) => expect(personRequestProbability(personRequestModel, m)).toBeGreaterThan(0.5),
  );
});
