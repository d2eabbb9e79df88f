/**
 * Session 60 (helper FX): facts kept with the words that change them (a sum's "just over", "two payments of", its cents
 * in words; "by the 14th"; "3 for the family", "another 20") and the specifics of a case (a dispute with whom, the
 * backup codes and authenticator a locked-out customer lacks, a document held); with look-alikes that must not change.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, site).map((f) => f.value);
const shop = { ...site, articles: [...site.articles, { id: 'lamps', title: 'Headlamps', body: 'The **Lumen 900R** charges over USB-C; the **Ridgeline 3P** sleeps three.' }] };
const shopValues = (text: string) => extractFacts(text, shop).map((f) => f.value);

describe('extractFacts: a sum with the words that qualify it (session 60)', () => {
  it.each([
    ['the refund was a little over two hundred euros, when does it land?', 'a little over two hundred euros'],
    ['my statement lists three charges of €12.99 I never made', 'three charges of €12.99'],
    ['it came to nearly 90 dollars with shipping', 'nearly 90 dollars'],
    ['the total was one hundred and twelve euros and thirty cents', 'one hundred and twelve euros and thirty cents'],
    ['the jacket cost about €180 and the zip broke', 'about €180'],
  ])('%j keeps %j', (m, fact) => expect(values(m)).toContain(fact));
  it.each([
    ['I paid 50 euros over the phone', '50 euros'],
    ['I read about €5 shipping on the page', '€5'],
    ['the payment of €149.00 went through twice', '€149.00'],
    ['it was €80, and fifty cents of that was the fee', '€80'],
  ])('%j keeps %j as it was', (m, fact) => expect(values(m)).toContain(fact));
});

describe('extractFacts: a day with the word that makes it a deadline (session 60)', () => {
  it.each([
    ['will it be here before the 3rd? we fly out then', 'before the 3rd'],
    ['I need it by the 22nd at the latest', 'by the 22nd'],
    ['could you deliver on the 9th instead?', 'the 9th'],
  ])('%j keeps %j', (m, fact) => expect(values(m)).toContain(fact));
  it.each([
    ['it was placed on the 14th', 'the 14th'],
    ['it arrived the 21st, by the way', 'the 21st'],
  ])('%j keeps %j as it was', (m, fact) => expect(values(m)).toContain(fact));
  it.each(['the 2nd lamp flickers too', 'stood by the 3rd pole'])('%j gets no deadline', (m) => expect(extractFacts(m, site).some((f) => f.kind === 'deadline')).toBe(false));
});

describe('extractFacts: how many the customer wants (session 60)', () => {
  it.each([
    ['we would order 6 for the team if there is a discount', '6 for the team'],
    ['I want four for my kids before winter', 'four for my kids'],
    ['we will need another 15 next spring', 'another 15'],
  ])('%j keeps %j', (m, fact) => expect(values(m)).toContain(fact));
  it.each([
    'it took 3 for the family to agree',
    'we need another 20 minutes to decide',
    'another 5 people asked me about it',
  ])('%j gets no wanted count', (m) => expect(values(m).some((v) => /for the family|^another \d/i.test(v))).toBe(false));
});

describe('extractFacts: the specifics of a case (session 60)', () => {
  it.each([
    ['my bank says I should file a chargeback with my bank, so I did', 'file a chargeback with my bank'],
    ['yesterday I raised a claim through Klarna for it', 'raised a claim through Klarna'],
    ['we opened a case with PayPal last week', 'opened a case with PayPal'],
    ["I don't have the recovery codes anymore", "don't have the recovery codes"],
    ['I lost those backup codes ages ago', 'lost those backup codes'],
    ['my phone was stolen and the authenticator was on it', 'authenticator'],
    ['we have the tax exemption certificate ready', 'tax exemption certificate'],
    ['I can send the birth certificate if needed', 'birth certificate'],
  ])('%j keeps %j', (m, fact) => expect(values(m)).toContain(fact));
  it.each([
    'is a dispute with PayPal something you handle?',
    'where do I find my backup codes?',
    'how do I set up the authenticator app on my phone?',
    'do you have a CE certificate for the lamp?',
    'we have a question about the warranty certificate',
  ])('%j keeps none of them', (m) =>
    expect(values(m).some((v) => /dispute|backup|authenticator|certificate/i.test(v))).toBe(false),
  );
});

describe('extractFacts: a spare part to buy, and a model said without its family (session 60)', () => {
  it.each([
    ['could I order a spare hood strap for my jacket?', 'spare hood strap'],
    ['can you sell me... no wait, can I buy one replacement buckle?', 'replacement buckle'],
    ['I need to get a single spare peg, lost one', 'single spare peg'],
  ])('%j keeps %j', (m, fact) => expect(values(m)).toContain(fact));
  it.each(['the replacement pole section broke too', 'do you sell spare parts at all?', 'I want to buy a new tent'])('%j keeps no part', (m) =>
    expect(values(m).some((v) => /spare|replacement/i.test(v))).toBe(false),
  );
  it.each([
    ['ok the 900R it is, does it float?', '900R'],
    ['is anything brighter than the 900r coming?', '900r'],
    ['we bought two 900Rs for the club', '900Rs'],
  ])('%j keeps %j', (m, fact) => expect(shopValues(m)).toContain(fact));
  it.each([
    ['my Lumen 900R flickers', 'Lumen 900R'],
    ['error 900RX on the screen', null],
    ['the 3P is roomy', null],
  ])('%j keeps the name as before', (m, whole) => {
    const v = shopValues(m);
    expect(v.includes('900R') || v.includes('3P')).toBe(false);
    if (whole) expect(v).toContain(whole);
  });
});
