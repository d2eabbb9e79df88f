import { describe, expect, it } from 'vitest';
import { mirroredStorage } from './safeStorage';

describe('mirroredStorage', () => {
  it('reads what it was seeded with and mirrors changes only', () => {
    const writes: [string, string | null][] = [];
    const s = mirroredStorage({ 'baton:demo:token': 't1' }, (k, v) => writes.push([k, v]));
    expect(s.getItem('baton:demo:token')).toBe('t1');
    s.setItem('baton:demo:token', 't1'); // unchanged: no write
    s.setItem('baton:demo:token', 't2');
    s.removeItem('baton:demo:token');
    s.removeItem('baton:demo:token'); // already gone: no write
    expect(writes).toEqual([
      ['baton:demo:token', 't2'],
      ['baton:demo:token', null],
    ]);
    expect(s.length).toBe(0);
  });
});
