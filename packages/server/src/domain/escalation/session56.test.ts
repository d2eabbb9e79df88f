/**
 * Session 56: the first blind batch's misses read generally, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import type { SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import { findHighStakes } from './highStakes.js';
import { claimsRefund } from './refundClaim.js';
import { scoreFrustration } from './frustration.js';
import { chat, repeatedFailureOf } from './testContext.js';
import { decide } from './decide.js';
import { buildSkillClassifier } from './skill.js';
import { normalise } from '../bot/text.js';

const kind = (m: string) => findHighStakes(m)?.kind ?? null;

describe('injuries: said in more words, or only of pride, or not caused by anything sold', () => {
  it.each([
    'My Lumen 900R cut out on a descent, no warning. My friend lost her footing in the dark and has a badly sprained ankle.',
    'the leg joint gave way while my grandfather was sitting in it. He fell backwards onto the rocks and hurt his back and hip.',
    'the chair folded, he is 78 and the ER kept him overnight',
  ])('%j is an injury', (m) => expect(kind(m)).toBe('injury'));
  it.each([
    'dropped my lumen 900r down a scree slope (me and the lamp both survived lol, only my pride is hurt), but the lens is cracked. warranty?',
    'I have a sprained ankle so I can\'t go hiking, can I cancel my order?',
    'I broke my wrist skiing so I can\'t go hiking, can I cancel my order?',
    'my hiking buddy slipped on ice last month and broke her leg. does the trailsense have an SOS feature?',
    'I hadn\'t ordered in two years, I was injured and couldn\'t hike. 900 points wiped just like that',
    'the chair has a broken leg, can I return it?',
  ])('%j is no incident the shop must handle', (m) => expect(kind(m)).toBeNull());
  it.each([
    'the tent pole snapped and I sprained my ankle so I can\'t go hiking, can I return it?',
    'I slipped on wet rocks when my boot sole came off and broke my wrist',
    'my son was hurt and couldn\'t walk after the tent pole snapped into his leg',
  ])('%j still is: the product did it', (m) => expect(kind(m)).toBe('injury'));
});

describe('security: points used by someone, a phishing link asked about or acted on', () => {
  it('"Someone has been using my Trailpoints!" is a takeover', () => expect(kind('Someone has been using my Trailpoints! 1,600 points were turned into vouchers I never created')).toBe('security'));
  it('a text asking to confirm card details, asked about, is not', () =>
    expect(kind('Got an SMS saying my Northwind account is suspended and I need to confirm my card details via a link. Is that really from you?')).toBeNull());
  it.each([
    'got a text saying my refund was on hold and i had to confirm my card on a link, so i did',
    'I confirmed my card details via the link in the text',
    'got an email asking me to confirm my card details via a link, I clicked it and typed my card number in',
  ])('%j acted on it', (m) => expect(kind(m)).toBe('security'));
});

describe('frustration: leaving said with "that\'s", praise said twice, a loss praised, the reply refused', () => {
  const labels = (m: string, reply = '') => scoreFrustration(m, [], true, 'Northwind Gear', reply).labels;
  it('"fine. thats my last order with you, enjoy" threatens to leave', () => expect(labels('fine. thats my last order with you, enjoy')).toContain('threatens to leave'));
  it('"…thank you. it says … that i dont have a pin for. brilliant, just brilliant" is sarcasm despite the thanks before it', () =>
    expect(labels('yes i have read the tracking page, thank you. it says delivered to a packstation across town that i dont have a pin for. brilliant, just brilliant')).toContain('sarcasm'));
  it('"Perfect, just perfect, thank you so much!" is praise', () => expect(labels('Perfect, just perfect, thank you so much!')).toEqual([]));
  it('"great, so i just never get my stove then. cheers" is sarcasm', () => expect(labels('great, so i just never get my stove then. cheers')).toContain('sarcasm'));
  it('"Great, so I don\'t pay anything then? thanks" asks', () => expect(labels("Great, so I don't pay anything then? thanks")).toEqual([]));
  it('"DON\'T tell me 48 hours" after a reply saying 48 hours refuses it', () =>
    expect(labels("DON'T tell me 48 hours. it's been a MONTH.", 'The change can take up to 48 hours, so you might get one more email.')).toContain('rejects the answer'));
  it('"don\'t tell me about it, it was great" after an unrelated reply does not', () => expect(labels("don't tell me the weekend is over already", 'The change can take up to 48 hours.')).not.toContain('rejects the answer'));
  it('"to get the worst off" is no insult', () => expect(labels('can i just blast it with the pressure washer first to get the worst off?')).toEqual([]));
  it('"worst service ever" still is', () => expect(labels('worst service ever')).toContain('insult'));
  it('"great. … could they keep a Lumen 900R behind the counter for me so i\'m not driving over for nothing?" asks a favour', () =>
    expect(labels("great. i'll swing by around 4. could they keep a Lumen 900R behind the counter for me so i'm not driving over for nothing?")).toEqual([]));
});

describe('refunds: still billed in full for goods sent back', () => {
  it.each(['my affirm loan still shows the full $412 even though i returned the Summit Pro 2 three weeks ago', 'my klarna still shows €250 to pay although I sent it back'])('%j chases a refund', (m) =>
    expect(claimsRefund(normalise(m))).toBe(true));
  it.each([
    'My Klarna invoice still shows the full €420 even though I sent back the Lumen 900R (€89) last week. Do I have to pay all of it?',
    'I returned part of order NW-508813 (the stuff sack €25 and gloves €20), but Klarna still wants the full €210 from me.',
    'my klarna still shows €250, can I return the tent?',
  ])('%j is no refund of the full amount', (m) => expect(claimsRefund(normalise(m))).toBe(false));
});

describe('repeated failure: pressing in other words, a correction of what the answer assumed, a degree', () => {
  const afterAnswer = (q: string, reply: string, last: string) => {
    const t = chat(['c', q], ['b', reply, { kind: 'answer', articleId: 'a' }], ['c', last]);
    return repeatedFailureOf(t) ?? null;
  };
  it('"There must be some way to switch off two-step verification without the codes?" presses', () =>
    expect(afterAnswer('How do I sign in without my authenticator?', 'sign in with one of the backup codes you saved during setup', 'There must be some way to switch off two-step verification without the codes?')).not.toBeNull());
  it('"like the \'sign in with apple\' button loads of shops have…" says the question again', () =>
    expect(afterAnswer('can i log in with my apple id instead of a password?', 'Click Sign in > Forgot password', "like the 'sign in with apple' button loads of shops have. do you have that or is it coming?")).not.toBeNull());
  it('"i don\'t want to close anything, just remove old orders from the list" sets the answer aside', () =>
    expect(afterAnswer('can i delete my order history but keep the account?', 'Go to Account > Privacy > Delete my account', "i don't want to close anything, just remove old orders from the list")).not.toBeNull());
  it('"not hot, just warm to the touch" after the battery passage narrows nothing', () =>
    expect(afterAnswer('my pace 5 gets a little warm when i charge it, is that ok?', "Don't leave them in a hot car. It's normal for a device to feel slightly warm while charging.", 'not hot, just warm to the touch. its on my desk plugged into my laptop')).toBeNull());
});

describe('a VIP who asks again: the tier rule, not a repeated failure', () => {
  const site: SiteConfig = {
    name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'],
    skills: [
      { id: 'billing', name: 'Billing', description: 'Payments, charges, refunds', examples: ['i was charged twice'] },
      { id: 'orders', name: 'Orders', description: 'Shipping and returns', examples: ['where is my parcel'] },
    ],
    defaultSkill: 'orders',
    rules: [{ id: 'vip-human', when: { customerTier: 'vip' }, action: 'escalate-on-first-unresolved' }],
  };
  const transcript: TranscriptEntry[] = chat(
    ['c', 'Why was my order charged in two separate amounts?'],
    ['b', 'Orders are authorised when placed.', { kind: 'answer', articleId: 'payments' }],
    ['c', 'I am aware of how payment works. My question is why a single tent was split into two charges. Why?'],
  );
  const run = (tier: string) => decide({ site, customer: { tier }, transcript, current: transcript.at(-1)!, answer: { kind: 'answer', text: 'x', articleId: 'payments', articleTitle: 'P', confidence: 0.8 } }, buildSkillClassifier(site));
  it('a standard customer asking again is a repeated failure', () => expect(run('standard')?.reason).toBe('repeated_failure'));
  it('a VIP asking again has met the tier rule', () => expect(run('vip')?.reason).toBe('rule'));
});
