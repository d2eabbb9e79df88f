import { checkTransferBack, type HandoffPackage, type TransferTargets } from '@baton/protocol';

export const TRANSFER_NOTE_MAX = 500;

export interface TransferDraft {
  /** Skill id, or '' when transferring to an agent. */
  skill: string;
  /** Agent id, or '' when transferring to a team. */
  agentId: string;
  note: string;
}

export type TransferTarget = { toSkill: string } | { toAgentId: string };

/** Exactly one target and a note (what the server requires), or why the form cannot be sent yet. */
export function transferRequest(d: TransferDraft): { ok: true; target: TransferTarget; note: string } | { ok: false; why: string } {
  const note = d.note.trim();
  if (!d.skill && !d.agentId) return { ok: false, why: 'Choose a team or an agent' };
  if (d.skill && d.agentId) return { ok: false, why: 'Choose a team or an agent, not both' };
  if (!note) return { ok: false, why: 'Add a note for whoever picks it up' };
  if (note.length > TRANSFER_NOTE_MAX) return { ok: false, why: `The note is longer than ${TRANSFER_NOTE_MAX} characters` };
  return { ok: true, target: d.skill ? { toSkill: d.skill } : { toAgentId: d.agentId }, note };
}

export interface AgentOption {
  id: string;
  label: string;
  /** Only online agents can take an offer now; the server checks their free slots. */
  available: boolean;
}

/** Other agents of the site, online first, then by name. */
/** `lastTransfer`: the chat's newest transfer (from the package); its sender may not have it back for 10 minutes. */
export function agentOptions(agents: TransferTargets['agents'], meId: string | null, lastTransfer?: { fromAgentId: string; at: string } | null, now = Date.now()): AgentOption[] {
  const sentBy = lastTransfer ? { byAgentId: lastTransfer.fromAgentId, at: Date.parse(lastTransfer.at) } : null;
  return agents
    .filter((a) => a.id !== meId)
    .map((a) => {
      // A full agent is refused by the server; say so in the list rather than after the click.
      const full = a.capacity !== undefined && a.load !== undefined && a.load >= a.capacity;
      if (a.presence !== 'online') return { id: a.id, label: `${a.name} (${a.presence})`, available: false };
      // So is the colleague who just sent it here (A→B→A): a QA pass chose them and was refused only after Transfer.
      if (!checkTransferBack(sentBy, a.id, now).ok) return { id: a.id, label: `${a.name} (sent it to you just now)`, available: false };
      return full ? { id: a.id, label: `${a.name} (full: ${a.load} of ${a.capacity} chats)`, available: false } : { id: a.id, label: a.name, available: true };
    })
    .sort((a, b) => Number(b.available) - Number(a.available) || a.label.localeCompare(b.label));
}

/**
 * A warning before a transfer to a team nobody else can take it from now, or null. Only agents online, on shift and
 * in that team count; never me nor anyone who already sent this chat away (the server does not offer it back to
 * them): with nobody left the customer is told no one is available and offered to leave a message.
 */
export function teamTransferWarning(targets: TransferTargets, skill: string, meId: string | null, pkg: HandoffPackage | null | undefined): string | null {
  if (!skill) return null;
  const sentAway = new Set((pkg?.transfers ?? []).map((t) => t.fromAgentId));
  // The customer's language, where the site requires it (as dispatch does): a Spanish chat needs a Spanish speaker.
  const language = pkg?.language && targets.requiredLanguages?.includes(pkg.language) ? pkg.language : null;
  const someone = targets.agents.some((a) => a.id !== meId && !sentAway.has(a.id) && a.presence === 'online' && a.onShift && a.teams.includes(skill) && (!language || a.teams.includes(language)));
  if (someone) return null;
  const team = targets.skills.find((s) => s.id === skill)?.name ?? skill;
  return `Nobody else in ${team} is online now: the customer will be told no one is available and offered to leave a message.`;
}
