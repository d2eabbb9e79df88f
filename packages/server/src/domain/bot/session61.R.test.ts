/**
 * Session 61 (helper R): what the KB does not settle: a carrier of the customer's choosing, points for a purchase not
 * scanned asked to be added plainly, and the same error back after the advice was followed.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksCarrierChoice } from './unlistedAsks.js';
import { asksPointsAddedLater } from './retroactiveAsks.js';
import { triedTheAdvice } from './triedAdvice.js';

const n = normalise;

describe('a carrier of the customer\'s choosing', () => {
  it.each([
    'can you send my order with DPD or Hermes instead of DHL?',
    'DHL never delivers to my building. is there any way to pick another carrier?',
    'could you ship it via UPS instead please?',
    'can I choose the courier for my order?',
  ])('%j asks for it', (m) => expect(asksCarrierChoice(n(m))).toBe(true));
  it.each([
    'DHL says delivered but I do not have it',
    'which carrier do you use for Austria?',
    'is it shipped with DHL?',
    'the DPD driver left it with a neighbour, can you check?',
    // A return sent by the customer (the returns policy settles who pays and how): not a choice of the shop's carrier.
    'So I pick the carrier myself and keep the receipt?',
    'for the return from Zurich, can I choose the courier?',
    'can I send it back with UPS instead of DHL?',
  ])('%j does not', (m) => expect(asksCarrierChoice(n(m))).toBe(false));
});

describe('points for a purchase not scanned, asked to be added', () => {
  it.each([
    'bought a tent in the Berlin store but forgot to scan my trailpoints QR at the till. can you add the points?',
    'I did not scan the app at checkout. Could you credit me the points?',
    'I wasn\'t logged in when I ordered. can you please add the missing points?',
  ])('%j asks it', (m) => expect(asksPointsAddedLater(n(m))).toBe(true));
  it.each([
    'can you add the points to my account? they are pending',
    'I forgot to scan the QR, do I still earn points?',
    'how do I add points to my account when I buy in store?',
  ])('%j does not', (m) => expect(asksPointsAddedLater(n(m))).toBe(false));
});

describe('the same error back after the advice', () => {
  it.each([
    'i approved it in the banking app within like 30 seconds. PAY-204 again.',
    'tried a different card, same error again',
    'followed the steps. still the same error every time',
  ])('%j tried it, and it failed', (m) => expect(triedTheAdvice(n(m))).toBe(true));
  it.each([
    'I got PAY-204 again, what does that mean?',
    'tried it and it worked, thanks',
    'what is the same error code again?',
  ])('%j does not', (m) => expect(triedTheAdvice(n(m))).toBe(false));
});

describe('hostile input', () => {
  it('returns on a long string', () => {
    const s = 'a '.repeat(2000);
    asksCarrierChoice(`with ${s} instead`);
    asksPointsAddedLater(`forgot to scan ${s} can you add`);
    expect(triedTheAdvice(`tried ${s}`)).toBe(false);
  });
});
