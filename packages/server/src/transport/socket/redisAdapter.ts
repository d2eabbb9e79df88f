/** Several nodes: Socket.IO fan-out through a Redis stream (survives Redis restarts without losing packets). */
import { createClient } from 'redis';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';

/** Redis keys Baton uses live here (one registry): the adapter's stream and its session keys. */
export const redisKeys = (prefix: string) => ({
  stream: `${prefix}:socket.io`,
  sessionPrefix: `${prefix}:sio:session:`,
});

export async function redisStreamsAdapter(url: string, prefix: string, log: Logger) {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) } });
  // node-redis reconnects by itself; an error event without a listener would crash the process.
  client.on('error', (err) => log.warn({ err: (err as Error).message }, 'redis error'));
  await client.connect();
  return {
    /** False while disconnected (commands then wait in node-redis's offline queue). */
    ready: () => client.isReady,
    adapter: createAdapter(client, { streamName: redisKeys(prefix).stream, sessionKeyPrefix: redisKeys(prefix).sessionPrefix, maxLen: 100_000 }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
