/**
 * Session 62 (helper V2): VIP answerability. Read as unsettled: a product no longer sold asked again (reorder, whether
 * it comes back, what replaces it), and mail that still comes after the account was deleted. Read as settled: someone
 * else into the customer's account is the account's security (the suspicious-activity passage: change the password),
 * not the points the customer worries for.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksDiscontinuedAgain } from './goneAsks.js';
import { restatedPhrases } from './restatements.js';
import { answerQuestion } from './answer.js';
import { article, kbOf } from './testKb.js';

const HOSTILE = ['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'deleted my account '.repeat(210), 'someone else '.repeat(310), 'not on the site anymore '.repeat(170)];
const discontinued = (m: string) => asksDiscontinuedAgain(normalise(m));
const securityOf = (m: string) => restatedPhrases(normalise(m)).some((p) => p.means.includes('suspicious'));

describe('a product no longer sold, asked again', () => {
  it.each([
    "Hi! Is there a way to reorder a tent I bought two years ago? It doesn't show in the shop anymore — the Ridgeline 2P.",
    'The Trailsense 2 seems to be discontinued. Is anything replacing it?',
    "I can't find the Lumen 400 on your website anymore, will it come back?",
    'You no longer sell the Summit Pro 1, right? What would be the closest equivalent?',
    'My favourite fleece has disappeared from the shop. Can I still order one somewhere?',
  ])('%j asks it', (m) => expect(discontinued(m)).toBe(true));
  it.each([
    'The olive Stormshell is sold out, when is it back in stock?',
    "My order doesn't show in my account anymore, can you check?",
    'The Lumen 400 is discontinued, can you still repair it under warranty?',
    "I can't find the tracking link anymore, can you resend it?",
    'Is the Ridgeline 2P a good tent for two people and a dog?',
  ])('%j does not', (m) => expect(discontinued(m)).toBe(false));
});

describe("someone else into the customer's account is its security", () => {
  it.each([
    'Is my Trailpoints balance safe if someone else logs in with my password? My ex knows it.',
    'My ex knows my password, are my points at risk?',
    'What happens to my gift card balance if a stranger got hold of my login details?',
    'Could anyone else sign in using my password and spend my vouchers?',
  ])('%j', (m) => expect(securityOf(m)).toBe(true));
  it.each([
    'I logged in with my password but my points are gone.',
    'My partner logs in with my password to order for us, is that ok?',
    'I have my password but the reset link does not work.',
    'Does anyone know my order number? I lost the email.',
  ])('%j is not', (m) => expect(securityOf(m)).toBe(false));

  const kb = kbOf([
    article('account', 'Account and password', '**Forgot your password?**\nUse Sign in > Forgot password to get a reset link.\n\n**Suspicious activity**\nIf you see orders or account changes you didn\'t make, change your password immediately and tell us straight away.'),
    article('loyalty', 'Trailpoints', '**Spending points**\nEvery 200 points can be turned into a voucher under Account > Trailpoints. Points can\'t be transferred to another account.'),
    article('privacy', 'Privacy', '**Delete your account**\nGo to Account > Privacy > Delete my account. Trailpoints and unused vouchers are lost.'),
  ]);
  it('finds the suspicious-activity passage', () => {
    const reply = answerQuestion(kb, 'Is my Trailpoints balance safe if someone else logs in with my password? My ex knows it.');
    expect(reply.text).toContain('change your password');
  });
});

describe('hostile input (session 62, V2)', () => {
  it('each changed reading returns on a long repeated string', () => {
    for (const s of HOSTILE) {
      expect(typeof discontinued(s)).toBe('boolean');
      expect(Array.isArray(restatedPhrases(normalise(s)))).toBe(true);
    }
  });
});
