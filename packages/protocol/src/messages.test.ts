import { describe, expect, it } from 'vitest';
import { bodyRuns, bodyWithoutSource } from './messages.js';

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

describe('bodyRuns', () => {
  const body = 'Covers defects, for example:\n• zips that fail\n\nHow to make a claim\nFill in the warranty form.';

  it('sets heading lines apart and keeps the rest together; joined again they give the body back', () => {
    const runs = bodyRuns(body, ['How to make a claim']);
    expect(runs).toEqual([
      { text: 'Covers defects, for example:\n• zips that fail\n', heading: false },
      { text: 'How to make a claim', heading: true },
      { text: 'Fill in the warranty form.', heading: false },
    ]);
    expect(runs.map((r) => r.text).join('\n')).toBe(body);
  });

  it('marks only whole lines: a heading inside a sentence, or no headings at all, leaves one plain run', () => {
    expect(bodyRuns('See How to make a claim below.', ['How to make a claim'])).toEqual([{ text: 'See How to make a claim below.', heading: false }]);
    expect(bodyRuns(body, undefined)).toEqual([{ text: body, heading: false }]);
  });
});
