import { describe, expect, it } from 'vitest';
import { ANCHOR_GAP_PX, firstNewIncoming, isNearBottom, scrollTarget } from './scrollPlan';
import { msg } from './testFixtures';

// A list 440 px high; a long answer starting 900 px down the content; the content ends at 1600 px.
const box = { scrollTop: 560, scrollHeight: 1600, clientHeight: 440 };
const bottom = 1600 - 440;

describe('scrollTarget', () => {
  it('shows a new incoming message taller than the list from its top, not its tail', () => {
    expect(scrollTarget(box, { force: false, following: true, anchorTop: 900 })).toBe(900 - ANCHOR_GAP_PX);
  });

  it('scrolls to the end when the new incoming message fits (its top stays in view there)', () => {
    expect(scrollTarget(box, { force: false, following: true, anchorTop: 1400 })).toBe(bottom);
    expect(scrollTarget(box, { force: false, following: true, anchorTop: bottom + ANCHOR_GAP_PX })).toBe(bottom);
  });

  it('scrolls to the end for anything else new while following (own messages, typing, a panel)', () => {
    expect(scrollTarget(box, { force: false, following: true, anchorTop: null })).toBe(bottom);
  });

  it('leaves a visitor who scrolled up alone, even for a long answer', () => {
    expect(scrollTarget(box, { force: false, following: false, anchorTop: 900 })).toBeNull();
    expect(scrollTarget(box, { force: false, following: false, anchorTop: null })).toBeNull();
  });

  it("brings the visitor to the end for their own message, wherever they were", () => {
    expect(scrollTarget(box, { force: true, following: false, anchorTop: 900 })).toBe(bottom);
  });

  it('never scrolls above the content or below its end', () => {
    expect(scrollTarget(box, { force: false, following: true, anchorTop: 4 })).toBe(0);
    expect(scrollTarget({ scrollTop: 0, scrollHeight: 300, clientHeight: 440 }, { force: false, following: true, anchorTop: 200 })).toBe(0);
  });
});

describe('isNearBottom', () => {
  it('counts the last 80 px as at the newest message', () => {
    expect(isNearBottom({ ...box, scrollTop: bottom })).toBe(true);
    expect(isNearBottom({ ...box, scrollTop: bottom - 79 })).toBe(true);
    expect(isNearBottom({ ...box, scrollTop: 900 - ANCHOR_GAP_PX })).toBe(false);
  });
});

describe('firstNewIncoming', () => {
  const visitor = { authorType: 'visitor' } as const;
  const system = { authorType: 'system' } as const;

  it('is the answer that came after what was on screen', () => {
    const messages = [msg(1, visitor), msg(2), msg(3, visitor), msg(4)];
    expect(firstNewIncoming(messages, 'm3')).toBe('m4');
    expect(firstNewIncoming(messages, 'm2')).toBe('m4');
  });

  it('is the first of several new ones from the other side, skipping system lines', () => {
    const messages = [msg(1, visitor), msg(2, system), msg(3, { authorType: 'agent' }), msg(4, { authorType: 'agent' })];
    expect(firstNewIncoming(messages, 'm1')).toBe('m3');
  });

  it('is nothing when only the visitor or the system wrote, or nothing is new', () => {
    expect(firstNewIncoming([msg(1), msg(2, visitor)], 'm1')).toBeNull();
    expect(firstNewIncoming([msg(1, visitor), msg(2, system)], 'm1')).toBeNull();
    expect(firstNewIncoming([msg(1, visitor), msg(2)], 'm2')).toBeNull();
  });

  it('on a first render or a restored conversation looks at the newest message only', () => {
    expect(firstNewIncoming([msg(1, visitor), msg(2), msg(3)], null)).toBe('m3');
    expect(firstNewIncoming([msg(1, visitor), msg(2), msg(3)], 'gone')).toBe('m3');
    expect(firstNewIncoming([msg(1), msg(2, visitor)], null)).toBeNull();
    expect(firstNewIncoming([], null)).toBeNull();
  });
});
