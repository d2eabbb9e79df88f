/**
 * `pnpm agent …` as a site owner runs it: the real CLI in a child process on a real PGlite data directory, with a
 * sites folder that has no demo site. Then a removal made while the server is stopped (PGlite has one process): the
 * next start hands the removed agent's chat back to the queue.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '@baton/protocol';
import { getConversation } from '../src/storage/conversationStore.js';
import { agentCookie, call, connectAgent, connectVisitor, next, ok, startServer, visitorSession } from './harness.js';

const root = mkdtempSync(path.join(tmpdir(), 'baton-agent-cli-'));
const dataDir = path.join(root, 'data');
const sitesDir = path.join(root, 'sites');
mkdirSync(path.join(sitesDir, 'acme', 'kb'), { recursive: true });
writeFileSync(path.join(sitesDir, 'acme', 'site.json'), JSON.stringify({ name: 'Acme', skills: [{ id: 'orders' }, { id: 'billing' }], languages: ['en', 'es'] }));
writeFileSync(path.join(sitesDir, 'acme', 'kb', 'returns.md'), '# Returns\n\nSend it back within 30 days for a refund.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SAM = { email: 'sam@acme.example', password: 'first-password-1' };

/** The CLI as `pnpm agent` runs it; `input` is its stdin (a password piped in). */
function agentCli(args: string[], input = '', databaseUrl = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/agent.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, BATON_DATA_DIR: dataDir, BATON_SITES_DIR: sitesDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('pnpm agent, on a PGlite data directory', () => {
  // Each run of the CLI starts Node, tsx and PGlite: seconds apiece on a small machine.
  it('prints usage for --help, whole or per command', async () => {
    const all = await agentCli(['--help']);
    expect(all).toMatchObject({ code: 0, stderr: '' });
    expect(all.stdout).toMatch(/^Usage: pnpm agent add /);
    expect(all.stdout).toMatch(/pnpm agent remove --email/);
    const add = await agentCli(['add', '--help']);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Usage: pnpm agent add --email/);
    expect(add.stdout).not.toMatch(/Unknown option/);
  });

  it('lists every site without --site, where there is no demo site', async () => {
    expect(await agentCli(['list'])).toMatchObject({ code: 0, stdout: '', stderr: expect.stringMatching(/no agents yet/) });
  });

  it('adds with the password piped on stdin, lists, changes skills and capacity, resets the password', async () => {
    const added = await agentCli(['add', '--site', 'acme', '--email', SAM.email, '--name', 'Sam Lee', '--skills', 'orders,es'], `${SAM.password}\n`);
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^added Sam Lee <sam@acme\.example> to acme/) });
    expect((await agentCli(['list'])).stdout).toBe('acme\tsam@acme.example\tSam Lee\tagent\tcapacity 3\torders,es\n');

    const set = await agentCli(['set', '--email', SAM.email, '--skills', 'orders,billing:0.5', '--capacity', '4']);
    expect(set.code).toBe(0);
    expect((await agentCli(['set', '--email', SAM.email, '--skills', 'sales'])).stderr).toMatch(/"sales" is not a skill or language of site "acme"/);
    expect((await agentCli(['list', '--site', 'acme'])).stdout).toBe('sam@acme.example\tSam Lee\tagent\tcapacity 4\torders,billing:0.5\n');

    const reset = await agentCli(['password', '--email', SAM.email], 'second-password-2\n');
    expect(reset).toMatchObject({ code: 0, stdout: expect.stringMatching(/^new password set for Sam Lee/) });
    expect(await agentCli(['password', '--email', 'nobody@acme.example', '--password', 'whatever-123'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no agent with the e-mail nobody@acme\.example/) });
    SAM.password = 'second-password-2';
  }, 120_000);

  it('removes an agent holding a chat while the server is stopped: at the next start the chat is back in the queue and their cookie signs nobody in', async () => {
    let server = await startServer({ BATON_DATA_DIR: dataDir, BATON_SITES_DIR: sitesDir });
    const databaseUrl = server.databaseUrl ?? '';
    const env = { BATON_DATA_DIR: dataDir, BATON_SITES_DIR: sitesDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    if (databaseUrl) {
      // integration-pg: the server has its own fresh database; give Sam an account there too.
      await server.close();
      await agentCli(['add', '--site', 'acme', '--email', SAM.email, '--name', 'Sam Lee', '--skills', 'orders,billing', '--password', SAM.password], '', databaseUrl);
      server = await startServer(env);
    }
    const cookie = await agentCookie(server.url, SAM);
    const sam = await connectAgent(server.url, cookie);
    const visitor = await connectVisitor(server.url, (await visitorSession(server.url, { siteKey: 'acme', hostOrigin: 'https://acme.example' })).body.visitorToken);
    const offered = next<{ conversation: ConversationSummary }>(sam, 'conversation:offered');
    await ok(call(visitor, 'conversation:escalate', {}));
    const c = (await offered).conversation;
    await ok(call(sam, 'conversation:accept', { conversationId: c.id, expectedVersion: c.version }));
    sam.close();
    visitor.close();
    await server.close();

    const removed = await agentCli(['remove', '--email', SAM.email], '', databaseUrl);
    expect(removed).toMatchObject({ code: 0, stdout: expect.stringMatching(/^removed Sam Lee <sam@acme\.example>: they can no longer sign in \(1 console session ended\); the chat they hold or are offered goes back to the queue/) });
    expect((await agentCli(['list'], '', databaseUrl)).stdout).toMatch(/\tremoved \d{4}-\d\d-\d\d\n$/);

    server = await startServer({ ...env, BATON_DISPATCH_SWEEP_MS: '200' });
    try {
      await expect.poll(async () => (await getConversation(server.baton.database.db, c.id))?.state, { timeout: 10_000 }).toBe('queued');
      expect((await fetch(`${server.url}/api/agent/me`, { headers: { cookie } })).status).toBe(401);
    } finally {
      await server.close();
    }

    // The e-mail stays theirs: adding it again points at restore, which lets them sign in again.
    const again = await agentCli(['add', '--site', 'acme', '--email', SAM.email, '--name', 'Sam', '--skills', 'orders', '--password', 'another-password'], '', databaseUrl);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/was removed on .*pnpm agent restore --email sam@acme\.example/) });
    expect(await agentCli(['restore', '--email', SAM.email], '', databaseUrl)).toMatchObject({ code: 0 });
    server = await startServer(env);
    try {
      expect(await agentCookie(server.url, SAM)).toMatch(/=/);
    } finally {
      await server.close();
    }
  }, 180_000);
});
