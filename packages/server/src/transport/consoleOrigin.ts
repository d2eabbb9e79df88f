/**
 * Requests that carry the agent's session cookie (the agent socket, the agent HTTP routes) must come from the console's
 * own pages: SameSite=Lax still sends the cookie from a sibling origin. No Origin header (a script, not a browser
 * page) is not a cross-site request.
 */
export function fromConsoleOrigin(origin: string | undefined, publicOrigin: string): boolean {
  return !origin || origin === publicOrigin;
}
