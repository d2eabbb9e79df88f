import { describe, expect, it } from 'vitest';
import { Server } from 'socket.io';
import type { Services } from '../../services/index.js';
import type { ConversationRow, MessageRow } from '../../storage/conversationStore.js';
import { SocketNotifier } from './socketNotifier.js';

const conv = { id: 'c1', visitorId: 'v1', siteId: 's1' } as ConversationRow;
const msg = { id: 'm1', conversationId: 'c1', seq: 1, clientMsgId: 'x', authorType: 'visitor', authorName: null, body: 'hi', createdAt: new Date(), meta: {} } as unknown as MessageRow;

// Socket.IO's own in-memory adapter class, subclassed below to stand for a cluster adapter's broadcast.
const probe = new Server();
const Adapter = probe.of('/').adapter.constructor as new (nsp: unknown) => object;

function notifierOver(adapter: new (nsp: unknown) => object, fanoutReady: () => boolean) {
  const io = new Server({ adapter: adapter as never });
  const warnings: string[] = [];
  const n = new SocketNotifier(io, fanoutReady);
  n.bind({ ctx: { log: { warn: (_o: unknown, m: string) => warnings.push(m) } } } as unknown as Services);
  return { n, warnings };
}

describe('SocketNotifier.messageCreated', () => {
  it('waits for a cluster adapter to publish before it resolves', async () => {
    let release!: () => void;
    const published = new Promise<void>((r) => (release = r));
    class SlowCluster extends Adapter {
      broadcast(): Promise<void> {
        return published;
      }
    }
    const { n } = notifierOver(SlowCluster, () => true);
    let done = false;
    const p = Promise.resolve(n.messageCreated(conv, msg)).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    release();
    await p;
    expect(done).toBe(true);
  });

  it('does not wait while Redis is disconnected', async () => {
    class Stuck extends Adapter {
      broadcast(): Promise<void> {
        return new Promise(() => {});
      }
    }
    const { n } = notifierOver(Stuck, () => false);
    await expect(Promise.resolve(n.messageCreated(conv, msg))).resolves.toBeUndefined();
  });

  it('never rejects: a failing adapter is logged (callers that do not await must not crash the process)', async () => {
    class Broken extends Adapter {
      broadcast(): void {
        throw new Error('adapter down');
      }
    }
    const { n, warnings } = notifierOver(Broken, () => true);
    await expect(Promise.resolve(n.messageCreated(conv, msg))).resolves.toBeUndefined();
    expect(warnings).toEqual(['message fan-out failed']);
  });
});
