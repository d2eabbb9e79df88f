/** Several nodes: Socket.IO fan-out through a Redis stream (survives Redis restarts without losing packets). */
import { createClient } from 'redis';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import { TOKEN_BUCKET_LUA, type SharedBucket } from '../sharedRateLimit.js';

/** Redis keys Baton uses live here (one registry): the adapter's stream and its session keys, the shared rate limits. */
export const redisKeys = (prefix: string) => ({
  stream: `${prefix}:socket.io`,
  sessionPrefix: `${prefix}:sio:session:`,
  /** `name:hash of the limited key` (transport/sharedRateLimit.ts). */
  rateLimit: (bucket: string) => `${prefix}:rl:${bucket}`,
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
    /** A token bucket all nodes share; only while connected (commands would otherwise wait in the offline queue). */
    bucket: (async (key, burst, perSecond) => {
      if (!client.isReady) throw new Error('redis not connected');
      const r = await client.eval(TOKEN_BUCKET_LUA, { keys: [redisKeys(prefix).rateLimit(key)], arguments: [String(burst), String(perSecond)] });
      return r === 1;
    }) satisfies SharedBucket,
    adapter: createAdapter(client, { streamName: redisKeys(prefix).stream, sessionKeyPrefix: redisKeys(prefix).sessionPrefix, maxLen: 100_000 }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
