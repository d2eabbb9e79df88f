/**
 * Review 1 of session 57: the first blind batch's new readings kept to what they mean. Dry frustration not read into
 * wonder, someone else's fault, the customer's own slip, more bought of the shop, a label asked for again or a fix that
 * came right in the end; and the same frustration in close paraphrase. A chargeback said in other words beside a fee
 * back; a battery lid pushed open from inside; any form of "escalate" for the person-request model.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { personRequestProbability } from './personRequestModel.js';
import { personRequestModel } from '../../site/botModels.js';

const kind = (m: string) => findHighStakes(m)?.kind ?? null;
const score = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear', 'Some reply from the help articles.').score;
const frustrated = (m: string) => score(m) >= 1;

describe('dry frustration keeps to frustration', () => {
  it.each([
    "that's genuinely stupid of the courier, they left it in the rain. can you resend?",
    'it is so stupid but I forgot my password',
    'I felt fobbed off by my old bank but you lot are great, can I pay by PayPal?',
    'might as well buy a headlamp at this point too since shipping is free over 50?',
    'might as well get the garmin strap at this point, do you sell it?',
    "if you send the label one more time I'll print it out, the first got lost",
    "if you send me the returns link again I'll print it, thanks",
    "tried the reset twice, didn't help at first but then it paired. brilliant.",
    'tried that twice, it finally paired. brilliant.',
    'I ordered twice from you, the first time it was not delivered on time. Anyway, great service today. perfect.',
    'am I supposed to keep waiting for the courier here or go to the depot?',
  ])('%j is not frustration', (m) => expect(frustrated(m)).toBe(false));
  it('wonder at a product is no insult, nor more than one', () => expect(score("it's absurd how light this tent is! how many pegs does it come with?")).toBeLessThan(1));
  it.each([
    "that's stupid of you to send it without tracking",
    "it's absurd how long this is taking",
    'I feel fobbed off by your support team',
    "I've been fobbed off by the bot three times now",
    'might as well just order from amazon at this point',
    'may as well just buy a garmin at this point',
    "I'm honestly not sure I'll be ordering from you again.",
    "if you send me that same article one more time I'm done",
    'if you paste that link again I swear',
    "if you tell me to restart it again I'll scream",
    'already tried that twice, still not working. brilliant.',
    'Am I supposed to just keep waiting forever?',
    'am I expected to sit around all week refreshing the tracking page?',
    'are we supposed to wait here forever?',
    'this is exactly why people stop shopping with you',
    'I know how to count, thank you',
  ])('%j is frustration', (m) => expect(frustrated(m)).toBe(true));
});

describe('high stakes beside the session 57 readings', () => {
  it.each([
    "if I don't get the shipping charge back I'll charge it back with my bank",
    'I want my delivery charge back or I am filing a chargeback',
  ])('%j is still a dispute', (m) => expect(kind(m)).toBe('dispute'));
  it.each(['Do I get the €4.95 delivery charge back as well?', 'can I get the return charge back?'])('%j is a refund question', (m) => expect(kind(m)).toBeNull());
  it.each([
    'the lid of the headlamp battery compartment is popping open, like something inside is pushing it',
    'the back of my watch is lifting, something is pushing it out from inside',
  ])('%j is a safety matter', (m) => expect(kind(m)).toBe('safety'));
  it.each([
    'the tent door keeps popping open, like something inside is pushing it',
    'the sole of my boot is lifting, like something is pushing it out from inside',
    'the screen protector is lifting, pushed up by a bubble underneath',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('the person-request model reads any form of escalating', () => {
  it.each(['I want this escalated please', 'can this be escalated to a supervisor'])('%j is read', (m) => expect(personRequestProbability(personRequestModel, m)).toBeGreaterThan(0.5));
  it('"No preamble please…" still scores nothing', () => expect(personRequestProbability(personRequestModel, 'No preamble please. How many days do I have to return an unused tent?')).toBe(0));
});
