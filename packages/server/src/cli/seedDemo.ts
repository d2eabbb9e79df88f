/** The demo agent: every skill of the demo site, so a new user can take a chat at once. */
import type { Db } from '../storage/database.js';
import type { SiteRegistry } from '../services/siteRegistry.js';
import type { Config } from '../config.js';
import { upsertAgent, type AgentRow } from '../services/agentAuth.js';

export const DEMO_SITE_KEY = 'demo';

export class UnsafeDemoAgent extends Error {}

/** Listening only on this machine: the demo's public password reaches nobody else. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function seedDemo(db: Db, sites: SiteRegistry, config: Pick<Config, 'demoAgent' | 'host'>): Promise<AgentRow | null> {
  const site = sites.getByKey(DEMO_SITE_KEY);
  if (!site) return null;
  // A supervisor anyone who read the README can sign in as, on a server others can reach (a security review).
  if (config.demoAgent.publicPassword && !LOOPBACK.has(config.host)) {
    throw new UnsafeDemoAgent(
      `HOST=${config.host} lets other machines reach Baton, and the demo site's supervisor would sign in with the README's password. ` +
        'Set BATON_DEMO_AGENT_PASSWORD to a password of your own, or remove the demo site (sites/demo).',
    );
  }
  return upsertAgent(db, {
    siteId: site.id,
    email: config.demoAgent.email,
    name: 'Alex Rivera',
    password: config.demoAgent.password,
    role: 'supervisor',
    skills: [...site.content.config.skills.map((s) => ({ skill: s.id, proficiency: 1 })), ...site.content.config.languages.map((l) => ({ skill: l, proficiency: 1 }))],
    capacity: 3,
  });
}
