import type { PastConversation } from '@baton/protocol';
import { reasonLabel } from './labels';

/** "just now", "12 min ago", "3 h ago", "5 days ago": when it was, at a glance. */
export function timeAgo(iso: string, now: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const minutes = Math.floor(Math.max(0, now - t) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** How that conversation ended, in the words an agent scans for. */
export function outcomeLabel(p: PastConversation): string {
  switch (p.outcome) {
    case 'left_queue':
      return `Left while waiting${p.skillName ? ` for ${p.skillName}` : ''}`;
    case 'resolved':
      return `Resolved${p.resolvedBy ? ` by ${p.resolvedBy}` : ''}`;
    case 'open':
      return 'Still open';
    case 'bot_only':
      return 'Bot only';
  }
}

/** The line that says what it was about: the handoff reason and the customer's first words. */
export function topicLine(p: PastConversation): string {
  const opening = p.opening ? `“${p.opening}”` : 'No message';
  return p.reason ? `${reasonLabel(p.reason)}: ${opening}` : opening;
}
