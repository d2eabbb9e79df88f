import { describe, expect, it } from 'vitest';
import { createTypingThrottle } from './typingThrottle';

function harness() {
  let t = 0;
  const emitted: boolean[] = [];
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const throttle = createTypingThrottle({
    emit: (v) => emitted.push(v),
    now: () => t,
    intervalMs: 1000,
    idleMs: 3000,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimer: (h) => void timers.delete(h as number),
  });
  const advance = (ms: number) => {
    t += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= t) {
        timers.delete(id);
        timer.fn();
      }
    }
  };
  return { throttle, emitted, advance };
}

describe('typing throttle', () => {
  it('emits true once per interval and false after idle', () => {
    const { throttle, emitted, advance } = harness();
    throttle.keystroke();
    advance(200);
    throttle.keystroke();
    advance(200);
    throttle.keystroke();
    expect(emitted).toEqual([true]);
    advance(700);
    throttle.keystroke();
    expect(emitted).toEqual([true, true]);
    advance(3000);
    expect(emitted).toEqual([true, true, false]);
  });

  it('stop emits false only when typing', () => {
    const { throttle, emitted } = harness();
    throttle.stop();
    expect(emitted).toEqual([]);
    throttle.keystroke();
    throttle.stop();
    throttle.stop();
    expect(emitted).toEqual([true, false]);
  });
});
