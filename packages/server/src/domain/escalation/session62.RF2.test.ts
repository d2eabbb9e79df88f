/**
 * Session 62 (helper RF2): repeated failure and frustration timing. Not frustration: the customer's own telling called
 * silly ("this is going to sound ridiculous but…"), bewilderment ("what do you mean already used"). Frustration: the
 * answer refused before it comes again. Not yet a second attempt: a plea against a time limit. A second attempt: "where
 * though?", "so no idea at all…, got it" after an answer, the answer's remedy said to be gone. Also: a person asked for
 * with the team between ("can a person in sales just help"), a product not out yet read as pre-sales'.
 */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { normalise } from '../bot/text.js';
import { frustrationModel } from '../../site/botModels.js';
import { withoutOwnTelling } from './blameTarget.js';
import { pleadsAgainstLimit } from './caseChecks.js';
import { findExplicitRequest } from './explicitRequest.js';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { detectLearnedFrustration } from './learnedFrustration.js';
import { asksAboutRestock } from './preSales.js';
import { puzzledOnly } from './puzzled.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { pressesAfterMiss, sumsUpNoAnswer } from './secondAttempts.js';
import { chat, testSite, unknownReply } from './testContext.js';

const HEDGE = "I'm not sure this answers it, but it is the closest I found in our help articles (if it doesn't, ask for a person any time and I'll get someone from the team):\n\n";
const CHANGE = 'Within 60 minutes of placing your order\nYou can cancel the order, or change the delivery address, size or colour, under Account > Orders > Edit order.\n\n(From: Changing or cancelling an order)';
const TWO_STEP = 'Two-step verification\nYou can turn on two-step verification with an authenticator app under Account > Settings > Security. If you lose access to your authenticator, sign in with one of the backup codes you saved during setup.\n\n(From: Account and password reset)';
const REFUNDS = 'How the money comes back\n• Cards: to the same card. Banks usually take 3–10 business days to show it.\n• PayPal: to your PayPal account, usually within 1–2 days.\n\n(From: Refunds)';
const CONTACT = 'Other ways to reach us\n• Email: support@example.com (we reply within 1 business day)\n\n(From: Contact and support hours)';
const answerFrom = (articleId: string): BotReply => ({ kind: 'answer', text: 'x', articleId, articleTitle: 'A', confidence: 0.7 });

/** `question`, the bot's reply (`kind`, from article `articleId`), then `next`; the KB's reading of `next` is `answer`. */
function after(question: string, reply: string, next: string, kind: 'unknown' | 'answer', answer: BotReply = unknownReply, articleId = 'kb') {
  const t = chat(['c', question], ['b', kind === 'unknown' ? HEDGE + reply : reply, { kind, articleId }], ['c', next]);
  return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer });
}

describe('the customer calls their own telling silly: no insult', () => {
  it.each([
    'right, this is going to sound ridiculous but bear with me. it will not turn on at all. surely not the voltage??',
    'I know this sounds absurd, but can the tent go in the washing machine??',
    'this might sound crazy, I left the lamp in the sauna overnight. is it covered?',
    'probably a stupid question but does the lamp float??',
  ])('%j', (text) => {
    expect(scoreFrustration(text).labels).not.toContain('insult');
    expect(detectFrustration({ site: testSite, customer: {}, transcript: chat(['c', text]), current: chat(['c', text])[0]!, answer: unknownReply })).toBeNull();
  });

  it.each(['this policy is ridiculous', "that sounds ridiculous, you can't change one line??", 'it is ridiculous that I have to wait', "it's going to be ridiculous if i pay twice", 'i feel ridiculous waiting 3 weeks for this'])(
    '%j is still aimed at the shop',
    (text) => expect(scoreFrustration(text).labels).toContain('insult'),
  );
});

describe('bewilderment is not anger', () => {
  it.each([
    "I only just signed up today?? I've never subscribed before, what do you mean already used",
    "what do you mean it's been delivered?? I've been home all day",
    'how can it say out of stock, I got the email this morning saying it was back??',
    "I don't understand, I paid with PayPal, how come it shows as unpaid?",
  ])('%j', (text) => {
    expect(puzzledOnly(text)).toBe(true);
    const t = chat(['c', 'my code says already used'], ['b', 'reply', { kind: 'answer' }], ['c', text]);
    expect(detectLearnedFrustration({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: unknownReply, frustration: frustrationModel })).toBeNull();
  });

  it.each([
    "what do you mean you can't change it?? it hasn't even shipped",
    "how is that possible, this is the third time it's happened. ridiculous",
    "I don't get it. still no refund after 3 weeks??",
    'what do you mean already used?? this is a JOKE',
  ])('%j is more than puzzled', (text) => expect(puzzledOnly(text)).toBe(false));
});

describe('the answer refused before it comes again: frustration, even after a hedged reply', () => {
  it.each([
    'i dont want to hear about the privacy page again. answer the question. why is it MANDATORY',
    "I don't want to read the returns policy again, why was I charged?",
    "we don't need to see that care article any more, it didn't work",
  ])('%j', (text) => {
    expect(scoreFrustration(text).labels).toContain('refuses the same answer');
    const t = chat(['c', 'why do you need my phone number at checkout?'], ['b', HEDGE + CONTACT, { kind: 'unknown', articleId: 'kb' }], ['c', text]);
    expect(detectFrustration({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: unknownReply })?.trigger).toBe('frustration');
  });

  it.each(["I don't want to read the whole article, just tell me the price", 'i dont want to hear about it again, thanks', "I don't need to see the page again, found it, thanks"])(
    '%j refuses nothing',
    (text) => expect(scoreFrustration(text).labels).not.toContain('refuses the same answer'),
  );
});

describe('a person asked for with the team and "just" between', () => {
  it.each([
    "actually can a person in sales just help me pick, i'm going round in circles",
    'could a person from your billing team just look at this',
    'can a human in support please help me with the setup',
    'would a colleague from the returns department just check it',
  ])('%j', (text) => expect(findExplicitRequest(text)).not.toBeNull());

  it.each(['can a person in Austria help with the pitching', 'can a person just help themselves to the free samples?', 'can a person in the tent sit up straight?'])('%j asks for no one', (text) =>
    expect(findExplicitRequest(text)).toBeNull(),
  );
});

describe('a plea against the time limit the passage gave: not yet a second attempt', () => {
  const q = 'can i change the address on my order, ordered this morning';
  it.each([
    "it's been about 3 hours. it hasn't shipped yet though?? just change it",
    'ordered 2 hours ago, surely you can still change the size?',
    "it's only been 90 minutes and it hasn't even left, can't you just cancel it",
  ])('%j', (next) => {
    expect(pleadsAgainstLimit(CHANGE, normalise(next))).toBe(true);
    expect(after(q, CHANGE, next, 'unknown', answerFrom('kb'))).toBeNull();
  });

  it.each([
    ["it's been 3 weeks, still no refund. just do it", 'Refunds\nWe refund within 14 days of receiving your return.'],
    ["it's been 3 hours, how do i change it?", CHANGE],
    ["it's been 2 hours, just change it", 'Refunds\nWe refund within 14 days of receiving your return.'],
  ])('%j pleads nothing against the limit', (next, passage) => expect(pleadsAgainstLimit(passage, normalise(next))).toBe(false));
});

describe('"where though?" right after a miss: the failed question pressed', () => {
  it.each(['where though? there is no product page for it', 'how exactly?', 'which one then?', 'but when though?'])('%j', (next) => {
    expect(pressesAfterMiss(normalise(next))).toBe(true);
    expect(after('can I buy a spare battery for it separately?', REFUNDS, next, 'unknown', answerFrom('elsewhere'))?.trigger).toBe('repeated_failure');
  });

  it.each(['where do you ship from?', 'how though the app or the site, either is fine', 'though how long does shipping take?', 'nice. and if my niece loses the email before she uses it, what then?'])('%j presses nothing', (next) => expect(pressesAfterMiss(normalise(next))).toBe(false));
});

describe('after an answer, the customer sums up that there is none', () => {
  const q = 'any plans to open a store in the UK?';
  it.each(['so no idea at all whether there will ever be a UK store, got it', 'ok so nobody knows then. great', "so you don't know. ok", 'right so basically no idea, understood'])('%j', (next) => {
    expect(sumsUpNoAnswer(normalise(next))).toBe(true);
    expect(after(q, REFUNDS, next, 'answer', { kind: 'info', text: 'x' })?.trigger).toBe('repeated_failure');
  });

  it.each(['so nobody knows, no worries at all', 'ok so no idea. fair enough, thanks', 'so no store in the UK yet, got it, thanks'])('%j lets it go', (next) =>
    expect(after(q, REFUNDS, next, 'answer', { kind: 'info', text: 'x' })).toBeNull(),
  );
});

// (Taken back on the development pool: six older labels — "I never saved the backup codes", "i dont have the backup
// codes, never saved them" after the two-step passage — wait for the customer to press again.)
describe("the answer's remedy said to be gone is not yet a second attempt", () => {
  const q = 'how do i turn on two step verification';
  it.each([
    "lost my phone with the authenticator on it. can't get in now. backup codes are on that phone too lol",
    'i never saved the backup codes, so that is no use',
    "I don't have the codes any more and can't sign in",
  ])('%j', (next) => expect(after(q, TWO_STEP, next, 'answer', answerFrom('kb'))?.trigger).not.toBe('repeated_failure'));
});

describe('a product not out yet is pre-sales, like a restock', () => {
  it.each(['when is the Pace 6 coming out', 'i heard rumours of a pace 6 or a new trailsense this autumn. any release date at all?', 'is there a new version of the ridgeline coming next year?', 'when will the next trailsense launch?'])(
    '%j',
    (text) => expect(asksAboutRestock(text)).toBe(true),
  );

  it.each(['when will the refund be released?', 'when is my parcel coming out of customs', 'when does the order come out of the warehouse', 'when will the hold on my card be released'])('%j is no product', (text) =>
    expect(asksAboutRestock(text)).toBe(false),
  );
});

describe('hostile input', () => {
  it.each(['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'this is going to sound '.repeat(174), 'when is the '.repeat(334), 'lost my '.repeat(500), 'where though? '.repeat(286)])('returns on %#', (s) => {
    const t = normalise(s);
    expect(typeof withoutOwnTelling(t)).toBe('string');
    expect(typeof puzzledOnly(s)).toBe('boolean');
    expect(typeof scoreFrustration(s).score).toBe('number');
    expect(findExplicitRequest(s)).not.toBeUndefined();
    expect(typeof pleadsAgainstLimit(s, t)).toBe('boolean');
    expect(typeof pressesAfterMiss(t)).toBe('boolean');
    expect(typeof sumsUpNoAnswer(t)).toBe('boolean');
    expect(typeof asksAboutRestock(s)).toBe('boolean');
    expect(after(s, TWO_STEP, s, 'answer', answerFrom('kb'))).not.toBeUndefined();
    expect(after(s, CHANGE, s, 'unknown', answerFrom('kb'))).not.toBeUndefined();
  });
});
