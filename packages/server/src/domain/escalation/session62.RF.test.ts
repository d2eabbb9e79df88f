/**
 * Session 62 (helper RF): repeated failure read both ways. Not a second attempt: the customer's case checked against the
 * passage ("so if the ready email comes Monday, Thursday is still within the window?"), the no granted ("annoying but
 * fair, I'll buy one locally"). A second attempt: the thing meant named then "I mean", the need asked again by pronoun
 * and "then" or "can anyone tell me…", "reinstalled it, still crashing". With the look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { normalise } from '../bot/text.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { checksCaseAgainstPassage, grantsTheNo } from './caseChecks.js';
import { namesWhatWasMeant } from './saysAgain.js';
import { pressesAfterMiss } from './secondAttempts.js';
import { chat, testSite, unknownReply } from './testContext.js';

const HEDGE = "I'm not sure this answers it, but it is the closest I found in our help articles (if it doesn't, ask for a person any time and I'll get someone from the team):\n\n";
const COLLECT = 'Click & collect\nChoose "Collect in store" at checkout. We email you when your order is ready, usually within 2 hours. Bring the email and a photo ID. We keep collection orders for 7 days.\n\n(From: Store locations and hours)';
const WARRANTY = 'All products come with a 2-year warranty from the delivery date. It covers manufacturing and material defects, for example:\n• zips that fail without visible damage\n• tent poles that crack without an impact\n\nIt does not cover accidental damage (drops, burns, cuts).\n\n(From: Warranty)';
const NORWAY = 'UK, Switzerland and Norway\n• Delivery takes 4–8 business days with DHL and costs €14.95 per order.\n• Batteries and power banks cannot be shipped outside the EU.\n\n(From: International shipping)';
const WATCH = 'Water resistance\nBoth watches are rated 5 ATM: fine for swimming, showering and rain, but not for diving.\n\n(From: GPS watch care)';
const PAYMENTS = 'Error codes\n• PAY-101 Declined by bank: your bank refused the payment.\n\n(From: Failed payments)';
const sameArticle = (articleId: string): BotReply => ({ kind: 'answer', text: 'x', articleId, articleTitle: 'A', confidence: 0.6 });

/** `question`, the bot's reply (`kind`, from article `articleId`), then `next`; the KB's reading of `next` is `answer`. */
function after(question: string, reply: string, next: string, kind: 'unknown' | 'answer', answer: BotReply = unknownReply, articleId = 'kb') {
  const t = chat(['c', question], ['b', kind === 'unknown' ? HEDGE + reply : reply, { kind, articleId }], ['c', next]);
  return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer });
}

describe('the customer checks their own case against the passage: no second attempt', () => {
  const holdQ = "I'm away all week, how long do you hold a click & collect order?";
  it.each([
    'So if the ready email arrives on Friday, I can still come the Wednesday after?',
    'ok so if i bring the email and my photo ID on day 6 thats fine?',
    "I'd just bring the ready email and a photo ID then, right?",
  ])('after the hedged click & collect passage, %j', (next) => {
    expect(checksCaseAgainstPassage(holdQ, HEDGE + COLLECT, normalise(next))).toBe(true);
    expect(after(holdQ, COLLECT, next, 'unknown', { ...unknownReply, articleId: 'kb' })).toBeNull();
  });

  const poleQ = 'is my tent covered if a pole cracks?';
  it.each([
    'Without an impact, I mean — it just cracked while pitching it. That is the kind of thing the warranty covers, yes?',
    'no drops or anything, so a crack without any impact counts as a material defect, right?',
    'So even if the warranty started on the delivery date last year, a crack with no impact is still covered?',
  ])('after the warranty answer, the same article answering again, %j', (next) => {
    expect(checksCaseAgainstPassage(poleQ, WARRANTY, normalise(next))).toBe(true);
    expect(after(poleQ, WARRANTY, next, 'answer', sameArticle('kb'))).toBeNull();
  });

  it.each([
    // Says the passage missed.
    ["so if it's not in the passage, the email bit doesn't say how long you keep orders, right?", holdQ, COLLECT],
    // The question said again in its own words, nothing of the passage taken up.
    ["so if I'm away until Thursday, how long do you hold it?", holdQ, COLLECT],
    // No check shape: narrowing, as before.
    ['just the ready email and photo ID part?', holdQ, COLLECT],
    // Pressing, not checking.
    ['a crack without an impact: covered by the warranty or not?', poleQ, WARRANTY],
  ])('%j is no check of the case', (next, question, passage) => expect(checksCaseAgainstPassage(question, passage, normalise(next))).toBe(false));

  it('a case narrowed after an answer, the KB silent now: still a second attempt (older labels)', () => {
    const CHARGE = 'Charging\nCharge the watch with the supplied cable; a full charge takes 2 hours.\n\n(From: Watch help)';
    expect(after('how long does charging take?', CHARGE, 'so if i unplug the supplied cable halfway, does the charge keep going?', 'answer', { ...unknownReply, articleId: 'kb' })?.trigger).toBe('repeated_failure');
  });
});

describe('the no granted, a plan of their own: no second attempt', () => {
  const q = 'can you ship the VoltPack 20000 to Bergen?';
  const insists = (s: string) => /\b(but|still|not|need|want)\b/.test(s.replace(/\bbut,? (?=fair|understandable|reasonable)/g, ''));
  it.each([
    "ah that's annoying but fair, I'll buy one locally then",
    'bit of a pain but fair. I will pick one up at the airport',
    "hm, understandable. I'll get one in Oslo then",
    "ok that's fair, I'll sort something out myself",
    'shame but reasonable, thanks',
  ])('%j', (next) => expect(after(q, NORWAY, next, 'unknown')).toBeNull());

  it.each([
    "that's not fair, I'll buy one somewhere else then",
    'fair, but can you ship it to Oslo instead?',
    'fair enough but I still need it by Friday',
    "we'll be at the book fair in Bergen all week",
  ])('%j grants nothing', (next) => expect(grantsTheNo(normalise(next), insists)).toBe(false));
});

describe('the thing meant named, then "I mean": a second attempt after a wrong passage', () => {
  const q = 'is the Stormshell waterproof rating like 20k or 10k?';
  it.each([
    "the hydrostatic head in mm I mean, I'm comparing it with another jacket",
    'the breathability rating of the jacket i mean',
    'its weight without the hood i mean.',
  ])('%j', (next) => {
    expect(namesWhatWasMeant(normalise(next))).toBe(true);
    expect(after(q, WATCH, next, 'answer')?.trigger).toBe('repeated_failure');
  });

  it.each(['thanks, I mean it', 'great I mean, thanks', 'I mean the hydrostatic head', 'the jacket is fine now i mean, all good', 'ok i mean, whatever'])(
    '%j names nothing meant',
    (next) => expect(namesWhatWasMeant(normalise(next))).toBe(false),
  );

  it('the KB answers what was meant: not a miss on this reading', () => {
    expect(after(q, WATCH, 'the hydrostatic head in mm I mean', 'answer', sameArticle('other'))).toBeNull();
  });
});

describe('right after a miss, the need asked again by pronoun and "then", or someone asked to say it', () => {
  it.each([
    ["how do I correct my date of birth in my account?", "there's no field for it in settings at all. how do I get it fixed then?"],
    ['can I change the email on my account?', 'nothing under Account either. who can change it then?'],
    ['how do I merge two accounts?', 'ok so where do I do that then?'],
    ['my points balance dropped from 1200 to 300', 'so can anyone tell me where 900 points went?'],
    ['why was my discount code rejected?', 'could someone explain to me why it was rejected?'],
  ])('%j … %j', (question, next) => {
    expect(pressesAfterMiss(normalise(next))).toBe(true);
    expect(after(question, WARRANTY, next, 'unknown', sameArticle('elsewhere'))?.trigger).toBe('repeated_failure');
  });

  it.each([
    'ok thanks, and how long does shipping take then?',
    'can anyone pick it up for me?',
    "so I'll get it on Friday then?",
    'someone can tell me later, no rush',
  ])('%j presses nothing', (next) => expect(pressesAfterMiss(normalise(next))).toBe(false));
});

describe('the advice tried and the trouble still going on (-ing forms)', () => {
  const q = 'the app keeps crashing when i open a saved route';
  it.each(['reinstalled it, still crashing, iphone 13', 'restarted the phone, it is still freezing on the map', 'updated the app and it is still closing on its own', 'washed and reproofed it already, still leaking at the seams'])('%j', (next) =>
    expect(after(q, PAYMENTS, next, 'answer')?.trigger).toBe('repeated_failure'),
  );

  it.each(['reinstalled it and it works now, thanks', 'reinstalled it, no more crashing. cheers', 'ok, reinstalling it now'])('%j is no second attempt', (next) =>
    expect(after(q, PAYMENTS, next, 'answer')).toBeNull(),
  );
});

describe('hostile input', () => {
  it.each(['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'so if '.repeat(667), 'i mean '.repeat(572), 'how it '.repeat(572) + 'then?', 'fair '.repeat(800)])('returns on %#', (s) => {
    const t = normalise(s);
    expect(typeof checksCaseAgainstPassage(t, t, t)).toBe('boolean');
    expect(typeof grantsTheNo(t, () => false)).toBe('boolean');
    expect(typeof namesWhatWasMeant(t)).toBe('boolean');
    expect(typeof pressesAfterMiss(t)).toBe('boolean');
    expect(after(s, WARRANTY, s, 'answer')).not.toBeUndefined();
    expect(after(s, COLLECT, s, 'unknown')).not.toBeUndefined();
  });
});
