/**
 * Session 60 (A3): a VIP's question the KB cannot fully settle is handed off at once: whether stock comes back, an exact
 * or needed-by delivery day, a replacement before a trip, a way of delivering the KB never names, one record's state, and
 * the same advice again after it did not help. What the KB does settle, and the same words in passing, are no such ask;
 * "the bot said X, is that still right?" is read as X.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksRestockDate } from './narrowAsks.js';
import { asksForAdvanceReplacement } from './serviceAsks.js';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { asksDeliveryOption, asksRecordState, UNLISTED_ASKS } from './unlistedAsks.js';
import { triedTheAdvice } from './triedAdvice.js';
import { restatedPhrases } from './restatements.js';

const SHOP = 'Northwind Gear';

describe('whether a product comes back in stock (session 60)', () => {
  it.each([
    'Will the Ridgeline 3P come back in stock at all?',
    'Is the olive Summit jacket going to be restocked?',
    'Do the Trailsense straps come back in blue?',
    'When will the Pace 5 be back in black?',
    'when is the Stormshell going to be back in size M',
  ])('%j', (m) => expect(asksRestockDate(normalise(m))).toBe(true));
  it.each([
    'Is the Stormshell back in stock?',
    'Will I get an email when it comes back in stock?',
    'Will the colour come back after washing?',
    'When will you be back in the office?',
    'Does the refund come back to my card?',
    'Will there be a restocking fee on my return?',
  ])('not: %j', (m) => expect(asksRestockDate(normalise(m))).toBe(false));
});

describe('a replacement sent first (session 60)', () => {
  it.each([
    'Can I get a replacement sent rather than waiting for the repair?',
    'Could you ship a new one instead of waiting for my return to arrive?',
    'Please send the replacement out now, without waiting for mine.',
  ])('%j', (m) => expect(asksForAdvanceReplacement(normalise(m))).toBe(true));
  it.each([
    'Do I get a replacement rather than a refund?',
    'I am waiting for the replacement, when will it ship?',
    'Can I get a replacement instead of a repair?',
  ])('not: %j', (m) => expect(asksForAdvanceReplacement(normalise(m))).toBe(false));
});

describe('a delivery day asked of a placed order (session 60)', () => {
  it.each([
    'Could you confirm it will be delivered before the 14th? He flies out that day.',
    'Can you confirm my order arrives by Friday?',
    'When exactly will NW-102938 arrive?',
    'When will my parcel get here? I need it before Saturday for a wedding.',
    'when will it arrive precisely, the tracking is vague',
  ])('%j', (m) => expect(asksDeliveryPromise(normalise(m), SHOP)).toBe(true));
  it.each([
    'When will my order arrive?',
    'Can you confirm it was delivered on Monday? I cannot find it.',
    'When will it arrive if I order before Friday? I need it by Sunday.',
    'Can you confirm my address before it ships?',
    'When will my order arrive? I ordered it on the 3rd.',
  ])('not: %j', (m) => expect(asksDeliveryPromise(normalise(m), SHOP)).toBe(false));
});

describe('a way of delivering by name (session 60)', () => {
  const ask = UNLISTED_ASKS.find((a) => a.asks === asksDeliveryOption)!;
  it.each([
    "Please send the replacement for NW-1 with a signature-required delivery, I'm away on Tuesday.",
    'Do you offer Saturday delivery?',
    'Is evening delivery possible for my order?',
    'can the courier require a signature? the parcel is expensive',
  ])('%j', (m) => expect(asksDeliveryOption(normalise(m))).toBe(true));
  it.each([
    'Do you offer free delivery over 50 euros?',
    'Is standard shipping available to Norway?',
    'My parcel came with express delivery.',
    'The courier said he needed my signature but I was out.',
  ])('not: %j', (m) => expect(asksDeliveryOption(normalise(m))).toBe(false));
  it('a passage naming the way settles it, by stem', () => {
    const said = normalise('Can you send it with tracked delivery?');
    expect(ask.settlesFor!(said, 'Every parcel has tracking: we email the link.')).toBe(true);
    expect(ask.settlesFor!(normalise('Do you offer Saturday delivery?'), 'Standard delivery takes 2-4 business days.')).toBe(false);
  });
});

describe("one record's state by its number (session 60)", () => {
  it.each([
    'Can you confirm my old warranty claim WC-20019 was closed properly?',
    'Could you check whether return RT-55120 has been received?',
    'please verify that the refund for NW-883201 was processed',
  ])('%j', (m) => expect(asksRecordState(normalise(m))).toBe(true));
  it.each([
    'How can I check if my return RT-55120 was received?',
    'Can you confirm my return was received?',
    'My claim WC-20019 was closed last year and the lamp broke again.',
  ])('not: %j', (m) => expect(asksRecordState(normalise(m))).toBe(false));
});

describe('the advice done, and no help (session 60)', () => {
  it.each([
    'cleaned the contacts with a damp cloth, dried it, still nothing. what next?',
    'I tried that already and it still does not charge.',
    'Did all that, no luck. Any other ideas?',
    'followed the steps, still not pairing',
  ])('%j', (m) => expect(triedTheAdvice(normalise(m))).toBe(true));
  it.each([
    'still not sure, how long is the return window?',
    'That worked, thanks!',
    'I have not tried it yet. Does it work with any USB adapter?',
    'still nothing from the courier, where is my order?',
  ])('not: %j', (m) => expect(triedTheAdvice(normalise(m))).toBe(false));
});

describe('what the bot said before, asked again (session 60)', () => {
  const gives = (m: string) => restatedPhrases(normalise(m)).some((p) => p.means.length === 0);
  it.each([
    'Last time the bot said returns are free in the EU. Is that still right for a jacket?',
    'Your website says shipping is free over 50, is that true?',
    'the chat bot told me I can return sale items. was that correct?',
  ])('%j', (m) => expect(gives(m)).toBe(true));
  it.each(['Are returns free in the EU?', 'I said the wrong size, can I change it?', 'Is that the right cable for the Pace 5?'])('not: %j', (m) => expect(gives(m)).toBe(false));
});
