/** Session 47's blind sets: what the bot itself read wrong (a delivery day, a hold, small talk, a texted "and"). */
import { describe, expect, it } from 'vitest';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { asksToHold } from './narrowAsks.js';
import { detectSmallTalk } from './smallTalk.js';
import { looksLikeFollowUp } from './answer.js';
import { normalise } from './text.js';

describe('an order asked to be there on a day', () => {
  it.each([
    'NW-338105 - can it arrive fri specifically? im away thurs n sat',
    "Hi, about order NW-829104: will it arrive before Friday the 14th? It's for a trip.",
    'will my order get here by saturday?',
  ])('%j asks what delivery times cannot settle', (m) => expect(asksDeliveryPromise(normalise(m), 'Northwind Gear')).toBe(true));
  it.each([
    'If I order with express on Friday at 3pm CET, will it arrive on Saturday?',
    "I haven't ordered yet: would it get here by Friday with express?",
    'how long does standard delivery take to Austria?',
  ])('%j does not', (m) => expect(asksDeliveryPromise(normalise(m), 'Northwind Gear')).toBe(false));
});

describe('a hold asked for in texting', () => {
  it('"til" is until', () => expect(asksToHold(normalise('hold a pace 5 in black at portland til sat? will pay there'))).toBe(true));
});

describe('small talk in a run of fillers, and a question restated', () => {
  it.each(['ah ok. fair', 'ok fair enough', 'oh ok cool', 'i see'])('%j is an acknowledgement', (m) => expect(detectSmallTalk(m)).toBe('ack'));
  it.each(['fair, but is it waterproof', 'ok cool so is it waterproof'])('%j is not', (m) => expect(detectSmallTalk(m)).toBeNull());
  it('"I know about the student discount, thanks. I mean actual sponsorship" restates the question', () => {
    expect(detectSmallTalk('I know about the 15% student discount, thanks. I mean actual sponsorship or an ambassador deal')).toBeNull();
    expect(detectSmallTalk("thanks, that's what I meant")).toBe('thanks');
  });
});

describe('a follow-up that starts with a texted "and"', () => {
  it.each(['n do i need ID', '& do i need ID'])('%j carries on the last question', (m) => expect(looksLikeFollowUp(m)).toBe(true));
  it('"no idea" does not', () => expect(looksLikeFollowUp('no idea what to pick')).toBe(false));
});
