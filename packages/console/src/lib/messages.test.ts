import { describe, expect, it } from 'vitest';
import { lastSeqOf, leavesGap, mergeMessages } from './messages';
import { msg } from './testFixtures';

describe('mergeMessages', () => {
  it('orders by seq and dedupes by id', () => {
    const merged = mergeMessages([msg(2), msg(1)], [msg(3), msg(2)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('lets the later copy of a message win', () => {
    const merged = mergeMessages([msg(1, { body: 'old' })], [msg(1, { body: 'new' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.body).toBe('new');
  });

  it('treats a seq as unique even if ids differ', () => {
    const merged = mergeMessages([msg(1, { id: 'a' })], [msg(1, { id: 'b' })]);
    expect(merged.map((m) => m.id)).toEqual(['b']);
  });

  it('returns the same array when nothing arrives', () => {
    const list = [msg(1)];
    expect(mergeMessages(list, [])).toBe(list);
  });
});

describe('seq helpers', () => {
  it('finds the last seq and detects gaps', () => {
    const list = [msg(1), msg(2)];
    expect(lastSeqOf(list)).toBe(2);
    expect(lastSeqOf([])).toBe(0);
    expect(leavesGap(list, msg(3))).toBe(false);
    expect(leavesGap(list, msg(5))).toBe(true);
  });
});
