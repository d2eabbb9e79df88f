import { describe, expect, it } from 'vitest';
import { EventHeap } from './eventHeap.js';
import { seededRandom } from '../common/random.js';

describe('EventHeap', () => {
  it('pops by time, then code, and grows past its initial size', () => {
    const rand = seededRandom(7);
    const heap = new EventHeap();
    const pushed: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const e: [number, number] = [Math.floor(rand() * 500), Math.floor(rand() * 10)];
      pushed.push(e);
      heap.push(e[0], e[1]);
    }
    const out = { time: 0, code: 0 };
    const popped: [number, number][] = [];
    while (heap.size) {
      heap.pop(out);
      popped.push([out.time, out.code]);
    }
    expect(popped).toEqual(pushed.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    heap.push(1, 1);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
