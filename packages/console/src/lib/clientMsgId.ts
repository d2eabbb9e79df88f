const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * An id the server uses to dedupe resends (protocol: 8–64 chars of [A-Za-z0-9_-]).
 * getRandomValues rather than randomUUID: the latter is missing on plain-http origins.
 */
export function newClientMsgId(fill: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => void crypto.getRandomValues(b)): string {
  const bytes = new Uint8Array(20);
  fill(bytes);
  let out = 'a_';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}
