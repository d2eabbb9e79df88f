import { describe, expect, it } from 'vitest';
import { parseHostMessage } from './hostMessages';

const parent = {};
const host = 'https://shop.example';
const ev = (data: unknown, origin = host, source: unknown = parent) => ({ data, origin, source });

describe('parseHostMessage', () => {
  it('accepts open, close and identify from the host page', () => {
    expect(parseHostMessage(ev({ baton: 1, type: 'open', payload: {} }), host, parent)?.type).toBe('open');
    expect(parseHostMessage(ev({ baton: 1, type: 'close', payload: {} }), host, parent)?.type).toBe('close');
    const identify = parseHostMessage(
      ev({ baton: 1, type: 'identify', payload: { name: 'Ada', email: 'ada@example.com', tier: 'gold', extra: { plan: 'pro', seats: 3 } } }),
      host,
      parent,
    );
    expect(identify).toEqual({
      baton: 1,
      type: 'identify',
      payload: { name: 'Ada', email: 'ada@example.com', tier: 'gold', extra: { plan: 'pro', seats: 3 } },
    });
  });

  it('passes identify objects on as given, bad fields too (readIdentity sorts them out and says why)', () => {
    const payload = { name: 'Bob', email: 'not-an-email', plan: 'pro' };
    expect(parseHostMessage(ev({ baton: 1, type: 'identify', payload }), host, parent)?.payload).toEqual(payload);
  });

  it('accepts theme and restore', () => {
    expect(parseHostMessage(ev({ baton: 1, type: 'theme', payload: { color: '#0f766e' } }), host, parent)?.payload).toEqual({ color: '#0f766e' });
    const restore = parseHostMessage(ev({ baton: 1, type: 'restore', payload: { items: { 'baton:demo:token': 't' } } }), host, parent);
    expect(restore?.payload).toEqual({ items: { 'baton:demo:token': 't' } });
    expect(parseHostMessage(ev({ baton: 1, type: 'restore', payload: { items: { k: 3 } } }), host, parent)).toBeNull();
  });

  it('rejects other origins, other windows and unknown hosts', () => {
    const open = { baton: 1, type: 'open', payload: {} };
    expect(parseHostMessage(ev(open, 'https://evil.example'), host, parent)).toBeNull();
    expect(parseHostMessage(ev(open, host, {}), host, parent)).toBeNull();
    expect(parseHostMessage(ev(open), null, parent)).toBeNull();
  });

  it('rejects malformed envelopes', () => {
    for (const bad of [
      'open',
      { type: 'open', payload: {} },
      { baton: 1, type: 'ready', payload: {} },
      { baton: 1, type: 'identify', payload: 'ada@example.com' },
      { baton: 1, type: 'identify' },
    ]) {
      expect(parseHostMessage(ev(bad), host, parent)).toBeNull();
    }
  });
});
