import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SitePush } from './sitePush.js';

function setup() {
  const sent: number[] = [];
  let view = 1;
  const push = new SitePush<number>({ read: async () => view, key: String, send: (_, v) => sent.push(v), failed: () => {} });
  return { push, sent, setView: (v: number) => (view = v) };
}

describe('SitePush', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('at most once a second: the first change at once, a burst after it once at the end of the second', async () => {
    const { push, sent, setView } = setup();
    push.changed('s');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([1]);
    for (let i = 2; i < 10; i++) {
      setView(i);
      push.changed('s');
    }
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([1, 9]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
    push.stop();
  });

  it('pushes a view only when it changed, unless someone read it meanwhile (forget)', async () => {
    const { push, sent } = setup();
    push.changed('s');
    await vi.advanceTimersByTimeAsync(1500);
    push.changed('s');
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toEqual([1]);
    // A read may have left a watcher with another view: the next check pushes the one pushed last again.
    push.forget('s');
    push.changed('s');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([1, 1]);
    push.stop();
  });
});
