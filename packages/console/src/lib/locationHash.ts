/** The open conversation lives in the URL hash (#c=<id>) so a reload reopens it; no server routes needed. */
export function conversationIdFromHash(hash: string): string | null {
  const m = /^#?c=([^&]+)/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!) || null;
  } catch {
    return null;
  }
}

export function hashForConversation(id: string | null): string {
  return id ? `#c=${encodeURIComponent(id)}` : '';
}
