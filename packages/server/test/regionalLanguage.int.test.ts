/**
 * A site whose team writes "es-MX" (site.json, and an agent stored with that code before codes were read as their
 * language): the bot detects Spanish as "es", so exact comparison never handed a Spanish customer over for their
 * language nor routed them to the Spanish speaker. Now the site reads "es-MX" as "es", the start check rewrites the
 * stored agent skill, and a Spanish customer is handed over and offered only to the agent who writes Spanish.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail } from '@baton/protocol';
import { upsertAgent } from '../src/services/agentAuth.js';
import { checkAgentSkills } from '../src/services/agentSkillCheck.js';
import { agents } from '../src/storage/schema.js';
import { addSam, agentCookie, call, cid, connectAgent, connectVisitor, ok, SAM, SITES_DIR, startServer, type TestServer } from './harness.js';

let server: TestServer;
let dir = '';
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'baton-sites-'));
  cpSync(path.join(SITES_DIR, 'demo'), path.join(dir, 'demo'), { recursive: true });
  const file = path.join(dir, 'demo', 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...site, languages: ['en-US', 'es-MX'] }));
  server = await startServer({ BATON_SITES_DIR: dir });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('regional language codes', () => {
  it('hands a Spanish customer over for their language and offers them only to the agent who writes es-MX', async () => {
    expect(server.baton.services.ctx.sites.getByKey('demo')!.content.config.languages).toEqual(['en', 'es']);
    const samId = (await addSam(server, [{ skill: 'orders', proficiency: 1 }, { skill: 'en', proficiency: 1 }])).id;
    const rosa = { email: 'rosa@demo.baton.dev', password: 'rosa-password-123' };
    // Stored as an older release stored it; the start check reads it as the site's "es".
    const rosaRow = await upsertAgent(server.baton.database.db, { siteId: 'site_demo', email: rosa.email, name: 'Rosa Díaz', password: rosa.password, skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es-MX', proficiency: 1 }], capacity: 1 });
    expect(await checkAgentSkills(server.baton.database.db, server.baton.services.ctx.sites)).toEqual([]);
    const [stored] = await server.baton.database.db.select({ skills: agents.skills }).from(agents).where(eq(agents.id, rosaRow.id));
    expect(stored!.skills).toEqual([{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 1 }]);

    const sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    const rosaClient = await connectAgent(server.url, await agentCookie(server.url, rosa));
    open.push(sam, rosaClient);
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const { message } = await ok(call<{ message: { conversationId: string } }>(visitor, 'message:send', { clientMsgId: cid(), body: 'Hola, mi pedido NW-123456 llegó con la caja rota y falta una bota, ¿qué hago?' }));
    const conversationId = message.conversationId;
    const detail = async () => ok(call<ConversationDetail>(sam, 'conversation:get', { conversationId }));
    await expect.poll(async () => (await detail()).conversation.state, { timeout: 10_000, interval: 1000 }).toBe('offered');
    const d = await detail();
    expect(d.package).toMatchObject({ reason: 'language', language: 'es', teamWritesLanguage: true });
    expect(d.conversation.offeredToAgentId).toBe(rosaRow.id);
    expect(d.conversation.offeredToAgentId).not.toBe(samId);
  });
});
