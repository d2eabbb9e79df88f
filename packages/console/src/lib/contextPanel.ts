import type { ConversationSummary, HandoffPackage } from '@baton/protocol';
import { reasonLabel } from './labels';

/**
 * Below xl the handoff details sit above the chat. Open while deciding (the package is what the agent reads before
 * accepting); folded once the chat is theirs, so a phone shows the conversation rather than a third of a card.
 */
export function contextOpenByDefault(c: Pick<ConversationSummary, 'state' | 'agentId'>, meId: string | null): boolean {
  return !(c.state === 'human' && meId !== null && c.agentId === meId);
}

/** The one line the folded details show: team and reason, and what must not stay hidden (a language the team does not write, a transfer). */
export function foldedLine(pkg: HandoffPackage | null | undefined): string {
  if (!pkg) return 'Handoff details';
  const parts = [`${pkg.skillName}, ${reasonLabel(pkg.reason).toLowerCase()}`];
  if (pkg.teamWritesLanguage === false) parts.push(`writes ${pkg.language}, not a team language`);
  const moved = pkg.transfers?.at(-1);
  if (moved) parts.push(`from ${moved.from}: ${moved.note}`);
  return `Handoff details: ${parts.join(' · ')}`;
}
