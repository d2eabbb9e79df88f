/** `pnpm agent add|list|set|password|remove|restore …`: manage sites' agents without starting the server (see agentArgs.ts). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { loadConfigOrExit } from '../config.js';
import { openDatabase, type Db } from '../storage/database.js';
import { agents } from '../storage/schema.js';
import { upsertAgent } from '../services/agentAuth.js';
import { findAgent, listAgents, removeAgent, restoreAgent, setAgentPassword, updateAgent } from '../services/agentAccounts.js';
import { AgentArgsError, checkSiteSkills, parseAgentCommand, Password, siteSkillsOf, type AgentCommand } from './agentArgs.js';
import { readPassword } from './readPassword.js';

const fail = (err: unknown, code = 1): never => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(err instanceof AgentArgsError ? err.exitCode : code);
};

const parsed = ((): AgentCommand => {
  try {
    // Everything checkable without the database first: a typo opens (and creates) nothing.
    return parseAgentCommand(process.argv.slice(2));
  } catch (err) {
    return fail(err);
  }
})();
if (parsed.command === 'help') {
  console.log(parsed.text);
  process.exit(0);
}
const command = parsed;
const skillList = (skills: readonly { skill: string; proficiency: number }[]): string => skills.map((s) => (s.proficiency === 1 ? s.skill : `${s.skill}:${s.proficiency}`)).join(',');
const config = loadConfigOrExit();
const siteKeys = (): string[] => (existsSync(config.sitesDir) ? readdirSync(config.sitesDir).filter((k) => existsSync(join(config.sitesDir, k, 'site.json'))) : []);
const noSite = (key: string) => new AgentArgsError(`--site: there is no site "${key}" in ${config.sitesDir} (sites there: ${siteKeys().join(', ') || 'none'})`);
// The site and its skills come from its folder: checked before the database too.
const siteSkills = (key: string): string[] | null => {
  if (!/^[\w-]+$/.test(key) || !existsSync(join(config.sitesDir, key, 'site.json'))) return null;
  const { config: site } = loadSiteFolder(join(config.sitesDir, key), key);
  return [...site.skills.map((s) => s.id), ...site.languages];
};
/** From the command line, else asked for (after the database opened: a server holding it is said first). */
const passwordFor = async (given: string | null, email: string): Promise<string> => {
  const password = given ?? (await readPassword(email));
  const ok = Password.safeParse(password);
  if (ok.success) return ok.data;
  throw new AgentArgsError(password ? ok.error.issues[0]!.message : 'no password given: pass --password, type it at the prompt or pipe it on stdin');
};

try {
  if (command.command === 'list' && command.site !== null && !siteSkills(command.site)) throw noSite(command.site);
  if (command.command === 'add') {
    const allowed = siteSkills(command.input.site);
    if (!allowed) throw noSite(command.input.site);
    command.input = checkSiteSkills(command.input, () => allowed);
  }
} catch (err) {
  fail(err);
}

const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: `${config.dataDir}/pglite` }).catch((err: unknown) => fail(err));
const when = (d: Date) => d.toISOString().slice(0, 10);
/** What a running server does with it, and when. */
const handedBack = (chats: number) =>
  chats === 0 ? '' : `; the ${chats === 1 ? 'chat' : `${chats} chats`} they hold or are offered go${chats === 1 ? 'es' : ''} back to the queue (a running server does it within seconds, else at its next start)`;

async function run(db: Db, c: Exclude<AgentCommand, { command: 'help' }>): Promise<void> {
  switch (c.command) {
    case 'list': {
      const rows = await listAgents(db, c.site);
      if (!rows.length) console.error(c.site ? `site "${c.site}" has no agents yet (pnpm agent add --site ${c.site} …)` : 'no agents yet (pnpm agent add …)');
      for (const a of rows) {
        const line = [a.email, a.name, a.role, `capacity ${a.capacity}`, skillList(a.skills), ...(a.removedAt ? [`removed ${when(a.removedAt)}`] : [])];
        console.log((c.site === null ? [a.siteKey, ...line] : line).join('\t'));
      }
      return;
    }
    case 'add': {
      const { input } = c;
      // Loaded only here: it builds every site's bot, seconds the other commands need not wait.
      const { SiteRegistry } = await import('../services/siteRegistry.js');
      const sites = await SiteRegistry.load(db, config.sitesDir);
      const site = sites.getByKey(input.site)!;
      const [existing] = await db.select({ removedAt: agents.removedAt }).from(agents).where(eq(agents.email, input.email));
      if (existing?.removedAt) throw new AgentArgsError(`--email: ${input.email} was removed on ${when(existing.removedAt)}; bring them back with pnpm agent restore --email ${input.email}`);
      if (existing) throw new AgentArgsError(`--email: an agent with ${input.email} already exists`);
      const password = await passwordFor(input.password, input.email);
      const agent = await upsertAgent(db, { siteId: site.id, email: input.email, name: input.name, password, role: input.role, skills: input.skills, capacity: input.capacity });
      console.log(`added ${agent.name} <${agent.email}> to ${input.site} (${agent.role}, capacity ${agent.capacity}, skills ${skillList(agent.skills)}); they sign in at /console/`);
      return;
    }
    case 'set': {
      const agent = await findAgent(db, c.email);
      const changes = { ...c.changes };
      if (changes.skills) {
        const allowed = siteSkills(agent.siteKey);
        if (!allowed) throw noSite(agent.siteKey);
        changes.skills = siteSkillsOf(changes.skills, agent.siteKey, allowed);
      }
      const row = await updateAgent(db, agent.id, changes);
      console.log(`${row.name} <${row.email}> (${agent.siteKey}): ${row.role}, capacity ${row.capacity}, skills ${skillList(row.skills)}; a console open now shows a new name or role after a reload`);
      return;
    }
    case 'password': {
      await findAgent(db, c.email); // an unknown e-mail is said before the password is asked for
      const { agent, sessionsEnded } = await setAgentPassword(db, c.email, await passwordFor(c.password, c.email));
      console.log(`new password set for ${agent.name} <${agent.email}>${sessionsEnded ? `; signed out of ${sessionsEnded} console session${sessionsEnded === 1 ? '' : 's'}` : ''}`);
      return;
    }
    case 'remove': {
      const { agent, sessionsEnded, chats } = await removeAgent(db, c.email, new Date());
      console.log(
        `removed ${agent.name} <${agent.email}>: they can no longer sign in${sessionsEnded ? ` (${sessionsEnded} console session${sessionsEnded === 1 ? '' : 's'} ended)` : ''}${handedBack(chats)}. Transcripts and ratings keep their name; pnpm agent restore --email ${agent.email} brings them back`,
      );
      return;
    }
    case 'restore': {
      const agent = await restoreAgent(db, c.email);
      console.log(`restored ${agent.name} <${agent.email}>: they can sign in again with their password (pnpm agent password to set a new one)`);
      return;
    }
  }
}

try {
  await run(database.db, command as Exclude<AgentCommand, { command: 'help' }>);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  await database.close();
}
