import { describe, expect, it } from 'vitest';
import { addEntry, loadOutbox, markEntry, pendingFor, removeEntry, saveOutbox, toResend, withoutConfirmed, type KeyValueStorage, type OutboxEntry } from './outbox';
import { msg } from './testFixtures';

function entry(id: string, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return { clientMsgId: id, conversationId: 'c1', body: `body ${id}`, createdAt: `2025-01-01T10:00:0${id.length}.000Z`, status: 'sending', error: null, ...over };
}

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('outbox', () => {
  it('adds once per clientMsgId and removes', () => {
    const a = addEntry([], entry('a'));
    expect(addEntry(a, entry('a'))).toBe(a);
    expect(removeEntry(a, 'a')).toEqual([]);
  });

  it('resends only what was not refused, oldest first', () => {
    let list = [entry('bbb'), entry('a'), entry('cc')];
    list = markEntry(list, 'cc', 'failed', 'not_controller');
    expect(toResend(list).map((e) => e.clientMsgId)).toEqual(['a', 'bbb']);
    expect(list.find((e) => e.clientMsgId === 'cc')?.error).toBe('not_controller');
  });

  it('hides entries the server has confirmed', () => {
    const list = [entry('a'), entry('b'), entry('c', { conversationId: 'c2' })];
    const confirmed = [msg(1, { clientMsgId: 'a' })];
    expect(withoutConfirmed(list, confirmed).map((e) => e.clientMsgId)).toEqual(['b', 'c']);
    expect(withoutConfirmed(list, [msg(1)])).toBe(list);
    expect(pendingFor(list, 'c1', confirmed).map((e) => e.clientMsgId)).toEqual(['b']);
  });

  it('round-trips through storage and survives garbage', () => {
    const storage = memoryStorage();
    saveOutbox(storage, [entry('a')]);
    expect(loadOutbox(storage)).toEqual([entry('a')]);
    saveOutbox(storage, []);
    expect(storage.data.size).toBe(0);
    storage.setItem('baton.console.outbox', '{not json');
    expect(loadOutbox(storage)).toEqual([]);
    storage.setItem('baton.console.outbox', JSON.stringify([{ nope: 1 }]));
    expect(loadOutbox(storage)).toEqual([]);
    expect(loadOutbox(null)).toEqual([]);
  });

  it('does not throw when storage does', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
    };
    expect(loadOutbox(broken)).toEqual([]);
    expect(() => saveOutbox(broken, [entry('a')])).not.toThrow();
  });
});
