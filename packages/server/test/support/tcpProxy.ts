/**
 * A TCP proxy for failure tests: in front of several nodes it is a fail-over load balancer (like nginx
 * with passive health checks); in front of PostgreSQL it can cut every connection and refuse new ones.
 */
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Drop every open connection and refuse new ones until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

function tryConnect(port: number): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => resolve(s));
    s.once('error', () => resolve(null));
  });
}

export async function tcpProxy(backends: number[]): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let down = false;
  const server = net.createServer(async (client) => {
    if (down) return void client.destroy();
    client.pause();
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => {});
    // First backend that answers: sticky on the first node while it lives, fails over when it dies.
    let upstream: net.Socket | null = null;
    for (const port of backends) if ((upstream = await tryConnect(port))) break;
    if (!upstream || down) {
      upstream?.destroy();
      return void client.destroy();
    }
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream!);
      client.destroy();
    });
    upstream.on('error', () => {});
    client.on('close', () => upstream!.destroy());
    client.pipe(upstream).pipe(client);
    client.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      down = true;
      for (const s of open) s.destroy();
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of open) s.destroy();
        server.close(() => r());
      }),
  };
}
