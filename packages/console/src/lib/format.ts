/** "42s", "3m 05s", "1h 04m": compact enough for an inbox row, precise enough to feel live. */
export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Wait since an ISO timestamp; null when the conversation was never queued. */
export function waitSince(iso: string | null, now: number): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return formatWait(now - t);
}

export function formatCsat(rating: number): string {
  return `★ ${rating}/5`;
}

export function formatClock(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function formatDateTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function initials(name: string): string {
  // Letters and digits only: a name typed as '<img src=x …>' gave the avatar "<I" (QA pass).
  const parts = name.trim().split(/\s+/).map((p) => p.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  // "Visitor 7a70" and "Visitor 77be" were both "V7": an id-like last part tells them apart by its own first two.
  const id = parts.length > 1 ? parts[parts.length - 1]! : '';
  if (/\d/.test(id) && /^[0-9a-f]{4,}$/i.test(id)) return id.slice(0, 2).toUpperCase();
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

/**
 * A long quote cut at a word near `max` with "…": the evidence of a 4,000-character message filled the handoff card and
 * pushed the skill and facts out of sight (the whole message is in the transcript).
 */
export function clipQuote(text: string, max = 280): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
