/**
 * The server's clock as the console sees it: an offer's end is the server's time, and an agent's machine may be
 * minutes off. Measured at each inbox listing, halfway through the round trip.
 */
let skewMs = 0;

/** How far the server's clock is ahead of ours (ms), from its time and when we asked and heard back. */
export function clockSkew(serverTimeIso: string, sentAt: number, receivedAt: number): number {
  const server = Date.parse(serverTimeIso);
  return Number.isNaN(server) ? 0 : server - (sentAt + receivedAt) / 2;
}

export function noteServerTime(serverTimeIso: string | undefined, sentAt: number, receivedAt: number): void {
  if (serverTimeIso) skewMs = clockSkew(serverTimeIso, sentAt, receivedAt);
}

/** Now on the server's clock. */
export function serverNow(localNow: number): number {
  return localNow + skewMs;
}
