/**
 * Review 2 of session 56: what the batch's new readings took too far (a document passed to a legal team for review, a hack
 * denied in other words, "yes I know my order number", someone getting back to me, a plan said in a temper, "I understand
 * now, I want…", "why do I have my account deactivated?") and what they still missed; with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { claimsRefund } from './refundClaim.js';
import { scoreFrustration } from './frustration.js';
import { RESTATES, TAKES_HEDGE_PLAN } from './repeatedFailure.js';
import { onlyAcknowledges } from './rules.js';
import { CLOSE_ACCOUNT, REFUND_TIMING_ES_DE } from './teamCorrections.js';
import { normalise } from '../common/text.js';

const kind = (m: string) => findHighStakes(m)?.kind ?? null;
const labels = (m: string, reply = '') => scoreFrustration(m, [], true, 'Northwind Gear', reply).labels;

describe('a matter handed to a lawyer or legal insurance, not a document passed for review', () => {
  it.each([
    "I'll forward this to our legal team to review the data processing agreement before we sign.",
    'Can you send the B2B terms? I need to pass it to our legal department for approval.',
    "I'll pass it on to my lawyer friend, he loves hiking gear",
  ])('%j is no legal threat', (m) => expect(kind(m)).toBeNull());
  it.each([
    "I'm handing this over to my legal insurance, they'll be in touch.",
    "I'm passing this on to my lawyer.",
    "I've handed the matter over to my solicitor.",
    'Nobody answers, so I am forwarding everything to our legal department.',
  ])('%j is still legal', (m) => expect(kind(m)).toBe('legal'));
});

describe('a hack denied in other words', () => {
  it.each([
    "I haven't been hacked, I changed the email myself",
    "I don't think anyone hacked it, but my email on the account looks wrong",
    "no, my account wasn't hacked, I just can't log in",
    'nobody hacked me, I just typed the wrong address',
  ])('%j is none', (m) => expect(kind(m)).toBeNull());
  it.each(['my account got hacked, someone ordered a tent', 'Was my account hacked? I got a login email I do not recognise', 'I think I was hacked', "I've never been hacked before but my email address was changed on my account", 'Not hacked?! then who ordered 3 headlamps on my account last night?'])(
    '%j is still security',
    (m) => expect(kind(m)).toBe('security'),
  );
});

describe('"yes I know" a detail of one\'s own is no rejection; awe said after a let-down', () => {
  it.each(["yes i know my order number, it's NW-204417", 'yes i know my size, I just want to know if the M is in stock', 'yes i know exactly which one I want'])(
    '%j rejects nothing',
    (m) => expect(labels(m)).not.toContain('rejects the answer'),
  );
  it.each(["yes i know. it's been 3 weeks", "yes i know that, but it still doesn't work"])('%j still rejects the answer', (m) =>
    expect(labels(m)).toContain('rejects the answer'),
  );
  it('"Oh thanks, a link to the form. Incredible how quick that was!" is no sarcasm', () =>
    expect(labels('Oh thanks, a link to the form. Incredible how quick that was!')).not.toContain('sarcasm'));
  it.each(['wow, thanks, a link to a form. groundbreaking.', 'wow thanks, the same article. stellar.'])('%j is still sarcasm', (m) =>
    expect(labels(m)).toContain('sarcasm'),
  );
});

describe('money coming back to me, not someone getting back to me', () => {
  it.each([
    'I returned the jacket last week. When will someone get back to me about it?',
    'I sent the boots back, how long until customer service gets back to me?',
    'I sent the jacket back. How long until my points show up in my account?',
    'I sent the watch in for repair, when is it coming back to me?',
  ])('%j claims no refund', (m) => expect(claimsRefund(normalise(m))).toBe(false));
  it.each([
    "I returned the tent 10 days ago, when's that coming back to me?",
    'Sent the stove back on Monday. When will it hit my visa?',
    'returned it last week, when will the money reach my bank account?',
  ])('%j claims one', (m) => expect(claimsRefund(normalise(m))).toBe(true));
});

describe('a hedge taken by a plan or thanks, not in a temper', () => {
  const taken = (m: string) => TAKES_HEDGE_PLAN.test(normalise(m));
  it.each([
    'so I just wait forever?',
    'so I pay twice?',
    'so i wait another 3 weeks?',
    "ok I'll just go somewhere else then",
    'ok so no answer then, thanks',
    'unhelpful, thanks',
    "I'll call the bank then, but this is ridiculous",
  ])('%j does not take it', (m) => expect(taken(m)).toBe(false));
  it.each(['so i wait for the tracking email and then change it through dhl?', "ok I'll check again next week", 'not today then. thanks!', "he'll ring next week"])(
    '%j takes it',
    (m) => expect(taken(m)).toBe(true),
  );
});

describe('"I know …, the problem is …" restates; "I understand now, I want …" moves on', () => {
  const restates = (m: string) => RESTATES.test(normalise(m));
  it.each(['I understand now, I want to go ahead with the return', 'ok i get it now, i need to send it back first', 'I understand, thanks! I want the blue one then'])(
    '%j restates nothing',
    (m) => expect(restates(m)).toBe(false),
  );
  it.each(['yes I know the window is 30 days, the problem is the parcel got lost', 'yes i know that, i need to know whether it counts from delivery'])(
    '%j restates',
    (m) => expect(restates(m)).toBe(true),
  );
});

describe('the cause found and thanked for, unless something is still wanted', () => {
  it.each(["That'll be it, thanks.", 'that must be it, thanks so much'])('%j only acknowledges', (m) => expect(onlyAcknowledges(m)).toBe(true));
  it.each(['that explains it, thanks, but I still need a refund for the first charge', 'That explains it, thanks. Can you cancel the second order please'])(
    '%j still asks',
    (m) => expect(onlyAcknowledges(m)).toBe(false),
  );
});

describe('routing: a closure asked for, a refund timed in German or Spanish', () => {
  const closes = (m: string) => CLOSE_ACCOUNT.test(normalise(m));
  it.each(["I'd like to have my account deleted", 'I need my account closed', 'i want my old account closed and the points moved'])('%j asks a closure', (m) =>
    expect(closes(m)).toBe(true),
  );
  it.each(['why do I have my account deactivated?', 'how come we have the account closed already?'])('%j asks no closure', (m) => expect(closes(m)).toBe(false));
  const timed = (m: string) => REFUND_TIMING_ES_DE.test(normalise(m));
  it.each(['Wann wird mir das Geld erstattet?', 'cuando me reembolsan el dinero', 'wie lange dauert die Erstattung?', '¿Cuánto tarda en llegar el reembolso?'])(
    '%j asks when the refund comes',
    (m) => expect(timed(m)).toBe(true),
  );
  it('"Wann kommt meine Bestellung? Das Geld ist schon weg" asks for the order', () => expect(timed('Wann kommt meine Bestellung? Das Geld ist schon weg')).toBe(false));
});
