import { describe, expect, it } from 'vitest';
import { bodyWithoutSource } from './messages.js';

describe('bodyWithoutSource', () => {
  it('drops the trailing "(From: <title>)" line the bot adds when the title is known', () => {
    expect(bodyWithoutSource('Orders ship in 2 days.\n\n(From: Shipping and delivery)', 'Shipping and delivery')).toBe('Orders ship in 2 days.');
    expect(bodyWithoutSource('Orders ship in 2 days.\n\n(From: Shipping and delivery)\n', 'Shipping and delivery')).toBe('Orders ship in 2 days.');
  });

  it('keeps the body when there is no title, another title, or the source is not at the end', () => {
    const body = 'Orders ship in 2 days.\n\n(From: Shipping and delivery)';
    expect(bodyWithoutSource(body, undefined)).toBe(body);
    expect(bodyWithoutSource(body, 'Returns')).toBe(body);
    const middle = '(From: Shipping and delivery) says 2 days.';
    expect(bodyWithoutSource(middle, 'Shipping and delivery')).toBe(middle);
  });
});
