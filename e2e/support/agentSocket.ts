import { io, type Socket } from 'socket.io-client';
import { AGENT } from './pages.js';

/** The demo agent signed in over the agent socket, without a browser; closed by the caller (pushed to `sockets`). */
export async function agentSocket(url: string, sockets: Socket[]): Promise<Socket> {
  const res = await fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: AGENT.email, password: AGENT.password }) });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const s = io(`${url}/agent`, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true });
  sockets.push(s);
  await new Promise<void>((r) => s.once('connect', () => r()));
  return s;
}
