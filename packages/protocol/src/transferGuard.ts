/**
 * A→B→A loop guard (DESIGN.md §2): an agent may not send a conversation straight back to the agent who
 * transferred it away (to them or to their queue) less than ten minutes ago. Pure: time is passed in. Here so that the
 * server's refusal and the console's transfer list (which greys that agent out) apply one rule.
 */
export const TRANSFER_BACK_WINDOW_MS = 10 * 60_000;

export interface PastTransfer {
  /** The agent who made the transfer. */
  byAgentId: string;
  at: number;
}

export type TransferGuardResult = { ok: true } | { ok: false; message: string };

/** `last` is the conversation's most recent transfer, if any. */
export function checkTransferBack(last: PastTransfer | null, toAgentId: string, now: number, windowMs = TRANSFER_BACK_WINDOW_MS): TransferGuardResult {
  if (!last || last.byAgentId !== toAgentId) return { ok: true };
  const age = now - last.at;
  if (age >= windowMs) return { ok: true };
  const minutes = Math.ceil((windowMs - age) / 60_000);
  return { ok: false, message: `This conversation was just transferred away by that agent; transfer it to a team instead, or try again in ${minutes} min` };
}
