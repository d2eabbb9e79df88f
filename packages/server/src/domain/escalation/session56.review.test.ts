/**
 * Review of session 56: what the batch's new readings took too far (a sprain asked about, the last order asked after,
 * good news said after "great, so…", a refund declined, nothing owed) and what they still missed; with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { claimsRefund } from './refundClaim.js';
import { scoreFrustration } from './frustration.js';
import { normalise } from '../common/text.js';

const kind = (m: string) => findHighStakes(m)?.kind ?? null;
const labels = (m: string, reply = '') => scoreFrustration(m, [], true, 'Northwind Gear', reply).labels;

describe('injuries: a sprain or a sore back asked about is no incident', () => {
  it.each([
    'Do your boots have ankle support? I have a badly sprained ankle from last year and want to avoid another.',
    'do you sell knee braces? I have a badly twisted knee from football',
    'Is the first aid kit good for a sprained ankle?',
    'Does the first aid kit include something for a twisted ankle?',
    'Is the sleeping pad good for people who hurt their back easily?',
  ])('%j is no injury', (m) => expect(kind(m)).toBeNull());
  it.each([
    'My son has a badly sprained ankle after the tent pole snapped and he fell.',
    'The camping chair gave way and my dad hurt his back, he can barely walk.',
    'the stove flared up and the ER kept her overnight for the burns',
    'he got hurt when the carabiner failed',
  ])('%j is still an injury', (m) => expect(kind(m)).toBe('injury'));
});

describe('a card confirmed on a link an email asked for', () => {
  it('"an email asked me to verify my card at … and I did it" is a security case', () =>
    expect(kind('An email asked me to verify my card at northwind-pay.com and I did it')).toBe('security'));
  it.each([
    'How do I update my card details on the site? My card expired.',
    'I updated my card details on the site yesterday but the payment still fails',
    'i got an email asking me to update my card in the PayPal app, is that legit?',
  ])('%j is none', (m) => expect(kind(m)).toBeNull());
  it('someone spending the points is still one', () => expect(kind('someone had been spending my points without me knowing')).toBe('security'));
});

describe('leaving: only said, not the last order asked after', () => {
  it.each([
    'it is the last order from you I placed, the one from March, can you check it?',
    'Thats the last order with your store that I have open, the one with the tent',
    'its my last order with you, the tent one, has it shipped?',
  ])('%j does not threaten to leave', (m) => expect(labels(m)).not.toContain('threatens to leave'));
  it.each(["That's my last order with you, honestly.", 'thats my last order from Northwind Gear', 'This is my last order with you. Has my refund even been processed?'])(
    '%j threatens to leave',
    (m) => expect(labels(m)).toContain('threatens to leave'),
  );
});

describe('"great, so I…": the loss, not the good news', () => {
  it.each([
    'Great, so I lose nothing if I cancel now. Thanks!',
    'Perfect, so we never get charged the shipping if we order over 50. Thanks!',
    'cool so i never get charged twice, good',
    'great so I get nothing back for the shipping, fine, understood',
  ])('%j is no sarcasm', (m) => expect(labels(m)).not.toContain('sarcasm'));
  it.each(['Great, so I just never get my stove then. Cheers.', 'nice, so we lose the deposit. wonderful.'])('%j is sarcasm', (m) =>
    expect(labels(m)).toContain('sarcasm'));
});

describe('praise said twice after a comma: only as the last word on it', () => {
  it.each([
    "Thanks for the quick reply! Brilliant, just brilliant, didn't expect it so fast",
    'Thanks for the quick reply! Brilliant, just brilliant! didnt expect it so fast',
    "Wonderful, absolutely wonderful, the tent is exactly what I wanted and it doesn't leak at all",
  ])('%j is no sarcasm', (m) => expect(labels(m)).not.toContain('sarcasm'));
  it.each([
    'Brilliant, just brilliant. Still no parcel.',
    "yes I read the tracking page, thank you. it says to enter a pin that i dont have. brilliant, just brilliant",
  ])('%j is sarcasm', (m) => expect(labels(m)).toContain('sarcasm'));
});

describe("the reply's words refused, not a choice put first", () => {
  it.each([
    ["don't give me a refund, I want an exchange for the size M", 'We can give you a refund once we receive the jacket.'],
    ["please don't give me a refund, just send the replacement", 'We can give you a refund or a replacement.'],
    ["don't tell me the tracking number, just tell me when it arrives", 'Your tracking number is in the shipping email.'],
  ])('%j does not reject the answer', (m, reply) => expect(labels(m, reply)).not.toContain('rejects the answer'));
  it.each([
    ["DON'T tell me 48 hours. It has been a month.", 'Refunds usually show up within 48 hours of us receiving the parcel.'],
    ["Please don't tell me to wait. I have waited two weeks.", 'Please wait a few more days for the parcel to arrive.'],
    ["Don't give me the returns link again", 'You can start a return from the returns link in your account.'],
  ])('%j rejects the answer', (m, reply) => expect(labels(m, reply)).toContain('rejects the answer'));
});

describe('a pay-later plan still billing: an amount owed', () => {
  it.each([
    'I returned the tent last month, my Klarna balance still shows €0 so all fine, thanks',
    'Sent the boots back, PayPal still shows 0.00 EUR, great',
    'I returned one of the jackets but Klarna still shows the full €210',
  ])('%j claims no refund', (m) => expect(claimsRefund(normalise(m))).toBe(false));
  it.each([
    'My Klarna plan still shows the full €412 even though I returned the tent two weeks ago',
    'sent the tent back, klarna still wants the whole €299',
    'i sent everything back and paypal still charges me the full amount',
  ])('%j claims one', (m) => expect(claimsRefund(normalise(m))).toBe(true));
});
