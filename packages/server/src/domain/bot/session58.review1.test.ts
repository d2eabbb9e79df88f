/**
 * Review 1 of session 58: a price asked only with a price word ("how much does it heat up?" asks none), a flash sale is
 * no blink, and where to look up a delivery date is the tracking answer, not a date promised.
 */
import { describe, expect, it } from 'vitest';
import { asksBlinkMeaning, asksMeasure } from './detailAsks.js';
import { asksDeliveryPromise } from './deliveryPromise.js';
import { normalise } from './text.js';

const price = (m: string) => asksMeasure(normalise(m));
const blink = (m: string) => asksBlinkMeaning(normalise(m));
const promise = (m: string) => asksDeliveryPromise(normalise(m), 'Northwind Gear');

describe('a price asked', () => {
  it.each([
    'how much does the Lumen 900R heat up when charging? is that normal?',
    'how much does the tent pack down to?',
    'how much do the poles flex in strong wind?',
    'how much is too warm for the voltpack when charging?',
  ])('%j is not', (m) => expect(price(m)).toBe(false));
  it.each(['how much does the Lumen 900R cost?', 'how much is the Ridgeline 3P?', 'how much would the Summit Pro 2 cost me?', 'what does the lumen core pack cost?'])(
    '%j is',
    (m) => expect(price(m)).toBe(true),
  );
});

describe('a blink asked', () => {
  it.each(['what does a flash sale mean for price match?', 'do flash deals count for the price match, what does that mean?'])('%j is not', (m) =>
    expect(blink(m)).toBe(false),
  );
  it.each(['what does the triple red blink actually mean?', 'what do the flashes on the lumen 900r mean?', 'why does my lamp keep flashing?'])('%j is', (m) =>
    expect(blink(m)).toBe(true),
  );
});

describe('a placed order\'s delivery date asked', () => {
  it.each(['Where can I see the expected delivery date for my order?', 'How do I find out the delivery date of my order?'])('%j is where to look', (m) =>
    expect(promise(m)).toBe(false),
  );
  it.each(['NW-713360 — can you at least find out the delivery date?', 'please confirm the delivery date of my order'])('%j is', (m) =>
    expect(promise(m)).toBe(true),
  );
});
