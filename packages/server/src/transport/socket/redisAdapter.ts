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
  // Since when the connection has been up without a break: after an outage the adapter needs a few heartbeats to
  // know the other nodes again, and until then fetchSockets answers for this node only, without an error.
  let upSince: number | null = null;
  client.on('ready', () => (upSince = Date.now()));
  client.on('end', () => (upSince = null));
  client.on('reconnecting', () => (upSince = null));
  client.on('error', () => (upSince = client.isReady ? upSince : null));
  await client.connect();
  upSince ??= Date.now();
  return {
    /** False while disconnected (commands then wait in node-redis's offline queue). */
    ready: () => client.isReady,
    /** Connected without a break for at least `ms`. */
    steadyFor: (ms: number) => client.isReady && upSince !== null && Date.now() - upSince >= ms,
    adapter: createAdapter(client, { streamName: redisKeys(prefix).stream, sessionKeyPrefix: redisKeys(prefix).sessionPrefix, maxLen: 100_000 }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
