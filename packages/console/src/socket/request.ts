import type { Ack, AgentClientToServer } from '@baton/protocol';
import { localError } from '../lib/errors';
import { getAgentSocket } from './agentSocket';

/** Client→server events that take an ack callback as their last argument. */
export type RequestEvent = {
  [K in keyof AgentClientToServer]: Parameters<AgentClientToServer[K]> extends [unknown, (ack: never) => void] ? K : never;
}[keyof AgentClientToServer];
export type RequestPayload<K extends RequestEvent> = Parameters<AgentClientToServer[K]>[0];
export type RequestAck<K extends RequestEvent> = Parameters<AgentClientToServer[K]>[1] extends (ack: infer A) => void ? A : never;
export type RequestResult<K extends RequestEvent> = RequestAck<K> extends Ack<infer T> ? T : never;

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Emit with an ack and always resolve to an Ack: timeouts and "not connected" become
 * retryable errors, so callers have one shape to handle and nothing throws into React.
 */
export async function request<K extends RequestEvent>(
  event: K,
  payload: RequestPayload<K>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Ack<RequestResult<K>>> {
  const socket = getAgentSocket();
  if (!socket || !socket.connected) return { ok: false, error: localError('Not connected to the server. Retrying when the connection is back.') };
  try {
    // socket.io's typed emitWithAck cannot follow a generic event name; the event maps keep callers typed.
    const emitter = socket.timeout(timeoutMs) as unknown as { emitWithAck(ev: string, p: unknown): Promise<unknown> };
    const ack = (await emitter.emitWithAck(event, payload)) as Ack<RequestResult<K>> | undefined;
    if (!ack || typeof ack !== 'object' || !('ok' in ack)) return { ok: false, error: localError('Unexpected answer from the server') };
    return ack;
  } catch {
    return { ok: false, error: localError('The server did not answer in time.') };
  }
}
