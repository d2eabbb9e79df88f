/** The one registry of Socket.IO room names (with the Redis adapter these are also the stream's routing keys). */
export const rooms = {
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  agent: (agentId: string) => `agent:${agentId}`,
  siteAgents: (siteId: string) => `site:${siteId}:agents`,
  /** Supervisors of a site: the live queue view. */
  siteSupervisors: (siteId: string) => `site:${siteId}:supervisors`,
  /** Agents with the transfer form open: its list of teams and colleagues is pushed to them. */
  transferWatchers: (siteId: string) => `site:${siteId}:transfer-watchers`,
  /** The console tabs of one sign-in (a hash of its cookie, never the cookie): logout closes them all. */
  agentSession: (sessionKey: string) => `session:${sessionKey}`,
};
