/**
 * Session 58 (helper K): what the KB truly settles and what it does not. A seam that drips is a leak; "notified when
 * it's back" is the back-in-stock e-mail ("sold out" alone is not: when it is back the articles do not say); a question set aside by name ("forget the tent for a sec, …")
 * leaves the new one to stand alone. Not settled by a passage near them: a thing's price (no sum or "free" in it), a
 * placed order's delivery day, what a light's blinks mean, the shop's own price drop asked as such.
 */
import { describe, expect, it } from 'vitest';
import { phraseHints, expandSynonyms } from './glossary.js';
import { afterTopicSwitch } from './answer.js';
import { asksMeasure, asksBlinkMeaning, DETAIL_ASKS } from './detailAsks.js';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { asksOwnPriceDrop } from './serviceAsks.js';
import { normalise } from './text.js';

const said = (m: string) => normalise(m);
const promise = (m: string) => asksDeliveryPromise(said(m), 'Northwind Gear');

describe('a drip is a leak, a back-in-stock alert is stock', () => {
  it.each(['one seam has started to drip a little', 'water is dripping through a seam', 'the fly drips at the seam'])('%j reads as a leak', (m) =>
    expect(expandSynonyms(said(m).split(/\W+/), '')).toContain('leak'),
  );
  it.each(["can I get notified when it's back?", 'email me when the green one is back', 'let me know when size M is available'])('%j reads as stock', (m) =>
    expect(phraseHints(said(m)).hints).toContain('stock'),
  );
  it.each(['when will you be back in the office?', 'I sold my old tent', 'notify me of any changes to my order', 'tell me when the courier comes'])('%j does not', (m) =>
    expect(phraseHints(said(m)).hints).not.toContain('stock'),
  );
});

describe('a question set aside by name', () => {
  it.each([
    ['hmm actually forget the tent for a sec, how long does shipping to italy take', 'how long does shipping to italy take'],
    ['ok forget the rental, what payment methods do you accept?', 'what payment methods do you accept?'],
    ['never mind the tent then. how long do I have to return something?', 'how long do I have to return something?'],
  ])('%j asks what follows', (m, rest) => expect(afterTopicSwitch(m)).toBe(rest));
  it.each(['forget my password, how do I reset it?', 'I forget the name of the tent, is it the Ridgeline?', 'can I leave the tent in the store for pickup?', 'forget the tent, ok'])('%j keeps its words', (m) =>
    expect(afterTopicSwitch(m)).toBe(m),
  );
});

describe("a thing's price", () => {
  it.each(['Do you sell the Lumen Core pack on its own? And what does it cost?', 'How much are the Stormshell jackets?', 'whats the price of the Summit Pro 2 in green?', 'How much does the VoltPack 20000 cost?'])('%j asks a price', (m) =>
    expect(asksMeasure(said(m))).toBe(true),
  );
  it.each(['How much is express shipping to Germany?', 'How much does it cost to return something?', 'how much is my refund going to be?', 'what does shipping cost to the US?', 'how much is left on my gift card?', 'The Lumen Core pack was €29 and it broke.', 'How long would that take, and what does it cost?', 'Ah, just the headlamp then. How long does that take and what does it cost?', 'And how much does battery-saver mode stretch that?'])('%j does not', (m) =>
    expect(asksMeasure(said(m))).toBe(false),
  );
});

describe("a placed order's delivery day", () => {
  it.each([
    'Order NW-604471 is a birthday present for my dad on the 14th. Would it be possible to have it arrive by then, or at least find out the delivery date?',
    'Could you find out the delivery date for NW-554433?',
    'I ordered a tent on Monday. Can you tell me the expected delivery date?',
    'Can I get my order delivered before Friday? It is NW-221100.',
  ])('%j asks for a day', (m) => expect(promise(m)).toBe(true));
  it.each(['How long does shipping to Germany take?', 'If I order today with express, could I have it delivered by Friday?', 'Can you tell me the delivery date options before I order?', 'How do I track my order?', 'what is the delivery time to Italy?', 'Hi, can I buy an e-gift card for my nephew and have it arrive on his birthday, 14 March?'])('%j does not', (m) =>
    expect(promise(m)).toBe(false),
  );
});

describe('what blinks mean', () => {
  it.each(['what does the triple red blink actually mean?', 'so theres no list of what the blinking means?', 'why does my lamp blink red when I plug it in?', 'my voltpack flashes 4 times, what does that indicate?'])('%j asks', (m) =>
    expect(asksBlinkMeaning(said(m))).toBe(true),
  );
  it.each(['my Lumen 400 flickers, what should I do?', 'what does E12 mean?', 'the light blinked once and now it works, thanks', 'what does IPX7 mean?', 'does it have a flashing mode?'])('%j does not', (m) =>
    expect(asksBlinkMeaning(said(m))).toBe(false),
  );
});

describe("the shop's own price drop, asked as such", () => {
  it.each(['not another store, YOUR store. do you refund the difference when you drop the price?', 'ok the price match page is about other retailers. what about your own sale though', 'if you lower the price after I buy, do I get the difference back?', 'does the price match also cover your own prices?'])('%j asks it', (m) =>
    expect(asksOwnPriceDrop(said(m))).toBe(true),
  );
  it.each(['when you drop the tent does the warranty cover it?', 'what about other shops in the EU?', 'if you put the price up will I pay more?', 'what about your sale, can I use a discount code on it?', 'does the price match work on the US site?'])('%j does not', (m) =>
    expect(asksOwnPriceDrop(said(m))).toBe(false),
  );
});

describe('linear on a hostile message', () => {
  const hostile = 'a '.repeat(2000) + 'forget the ' + 'x '.repeat(1000);
  it('each new reading finishes on 4,000 characters', () => {
    for (const f of [asksBlinkMeaning, asksMeasure, (s: string) => asksDeliveryPromise(s, 'x'), asksOwnPriceDrop, (s: string) => phraseHints(s).hints.length > 0]) expect(typeof f(hostile)).toBe('boolean');
    expect(afterTopicSwitch(hostile)).toBe(hostile);
  });
});

describe('blinks are told only by a passage on lights', () => {
  const blinkAsk = DETAIL_ASKS[DETAIL_ASKS.length - 1]!;
  it('a passage on blinking settles it', () => expect(blinkAsk.settles.test('Hold the button until the light blinks twice.')).toBe(true));
  it('"flash sales" does not', () => expect(blinkAsk.settles.test('Not eligible: Black Friday or flash sales.')).toBe(false));
});
