import { describe, expect, it } from 'vitest';
import { enqueue, loadOutbox, markFailed, markPending, nextPending, pruneDelivered, removeItem, saveOutbox, type OutboxItem } from './outbox';
import { msg } from './testFixtures';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const item = (id: string) => ({ clientMsgId: id, body: `hello ${id}`, createdAt: '2025-01-01T00:00:00.000Z' });

describe('outbox', () => {
  it('sends the oldest pending item first and skips failed ones', () => {
    let box: OutboxItem[] = [];
    box = enqueue(box, item('aaaaaaaa'));
    box = enqueue(box, item('bbbbbbbb'));
    expect(nextPending(box)?.clientMsgId).toBe('aaaaaaaa');
    box = markFailed(box, 'aaaaaaaa', 'too long');
    expect(box[0]).toMatchObject({ status: 'failed', error: 'too long' });
    expect(nextPending(box)?.clientMsgId).toBe('bbbbbbbb');
    box = markPending(box, 'aaaaaaaa');
    expect(box[0]).toEqual({ ...item('aaaaaaaa'), status: 'pending' });
    box = removeItem(box, 'aaaaaaaa');
    expect(box.map((i) => i.clientMsgId)).toEqual(['bbbbbbbb']);
  });

  it('prunes items the server already stored', () => {
    const box = enqueue(enqueue([], item('aaaaaaaa')), item('bbbbbbbb'));
    const pruned = pruneDelivered(box, [msg(1, { clientMsgId: 'aaaaaaaa', authorType: 'visitor' })]);
    expect(pruned.map((i) => i.clientMsgId)).toEqual(['bbbbbbbb']);
    expect(pruneDelivered(box, [msg(2)])).toBe(box);
  });

  it('persists pending items only and restores them as pending', () => {
    const storage = memoryStorage();
    const box = markFailed(enqueue(enqueue([], item('aaaaaaaa')), item('bbbbbbbb')), 'aaaaaaaa', 'nope');
    saveOutbox(storage, 'k', box);
    expect(loadOutbox(storage, 'k')).toEqual([{ ...item('bbbbbbbb'), status: 'pending' }]);
    saveOutbox(storage, 'k', []);
    expect(storage.data.has('k')).toBe(false);
  });

  it('ignores corrupt storage', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(loadOutbox(storage, 'k')).toEqual([]);
    storage.setItem('k', JSON.stringify([{ body: 1 }]));
    expect(loadOutbox(storage, 'k')).toEqual([]);
  });
});
