import { describe, expect, it } from 'vitest';
import { memoText, memoTextBy } from './memo.js';

describe('memoText', () => {
  it('computes each text once and answers again from the cache', () => {
    let calls = 0;
    const upper = memoText((t) => (calls++, t.toUpperCase()));
    expect(upper('ab')).toBe('AB');
    expect(upper('ab')).toBe('AB');
    expect(calls).toBe(1);
  });

  it('remembers an undefined or null result too', () => {
    let calls = 0;
    const none = memoText(() => (calls++, null));
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('holds no more than its size', () => {
    let calls = 0;
    const id = memoText((t) => (calls++, t), 2);
    id('a');
    id('b');
    id('c'); // full: starts over
    id('a');
    expect(calls).toBe(4);
  });
});

describe('memoTextBy', () => {
  it('keeps one cache per key, object or string', () => {
    const model = { k: 2 };
    const other = { k: 3 };
    const times = memoTextBy((m: { k: number }, t: string) => t.length * m.k);
    expect(times(model, 'abc')).toBe(6);
    expect(times(other, 'abc')).toBe(9);
    const tagged = memoTextBy((shop: string, t: string) => `${shop}:${t}`);
    expect(tagged('a', 'x')).toBe('a:x');
    expect(tagged('b', 'x')).toBe('b:x');
  });
});
