/**
 * Id that makes a send idempotent on the server (ClientMsgId: 8–64 chars of [A-Za-z0-9_-]).
 * randomUUID only exists in secure contexts, so plain-http deployments fall back to getRandomValues.
 */
export function newClientMsgId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replace(/-/g, '');
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(36).padStart(2, '0')).join('');
}
