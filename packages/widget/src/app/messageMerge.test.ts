import { describe, expect, it } from 'vitest';
import { lastSeq, mergeMessages, syncCursor } from './messageMerge';
import { msg } from './testFixtures';

describe('mergeMessages', () => {
  it('appends and orders by seq', () => {
    const merged = mergeMessages([msg(1), msg(3)], [msg(2), msg(4)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('drops duplicates by id', () => {
    const merged = mergeMessages([msg(1), msg(2)], [msg(2), msg(1), msg(3)]);
    expect(merged.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps one copy per clientMsgId', () => {
    const first = msg(2, { id: 'a', clientMsgId: 'client-1', authorType: 'visitor' });
    const again = msg(2, { id: 'b', clientMsgId: 'client-1', authorType: 'visitor' });
    const merged = mergeMessages([msg(1), first], [again]);
    expect(merged.map((m) => m.id)).toEqual(['m1', 'b']);
  });

  it('returns the same array when nothing is new', () => {
    const current = [msg(1), msg(2)];
    expect(mergeMessages(current, [msg(2)])).toBe(current);
    expect(mergeMessages(current, [])).toBe(current);
  });

  it('replaces an edited copy of a message', () => {
    const merged = mergeMessages([msg(1)], [msg(1, { body: 'edited' })]);
    expect(merged[0]!.body).toBe('edited');
  });
});

describe('lastSeq / syncCursor', () => {
  it('are 0 for nothing held', () => {
    expect(lastSeq([])).toBe(0);
    expect(syncCursor([])).toBe(0);
  });

  it('syncCursor stops at the first hole', () => {
    const held = [msg(1), msg(2), msg(3), msg(6)];
    expect(lastSeq(held)).toBe(6);
    expect(syncCursor(held)).toBe(3);
    expect(syncCursor([msg(4), msg(5)])).toBe(5);
  });
});
