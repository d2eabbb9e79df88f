/**
 * Agent passwords were hashed with scrypt at p=1, below OWASP's minimum. New hashes use the current parameters, and a
 * hash made with the old ones is replaced at the agent's next successful login (the only time the password is known).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { agents } from '../src/storage/schema.js';
import { hashPassword } from '../src/services/passwords.js';
import { addSam, AGENT, SAM, startServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  await addSam(server, [{ skill: 'orders', proficiency: 1 }]);
});
afterAll(async () => {
  await server?.close();
});

const storedHash = async (email: string) => {
  const [row] = await server.baton.database.db.select({ hash: agents.passwordHash }).from(agents).where(eq(agents.email, email));
  return row!.hash;
};
const setHash = (email: string, hash: string) => server.baton.database.db.update(agents).set({ passwordHash: hash }).where(eq(agents.email, email));
const login = async (creds: { email: string; password: string }) =>
  (await fetch(`${server.url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify(creds) })).status;

describe('agent password hashes', () => {
  it('are made with the current parameters when an agent is added (agent add, the demo seed)', async () => {
    expect(await storedHash(SAM.email)).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(await storedHash(AGENT.email)).toMatch(/^scrypt\$16384\$8\$5\$/);
  });

  it('made with the old parameters are upgraded by a successful login, and the password still works', async () => {
    const old = await hashPassword(SAM.password, { N: 16384, r: 8, p: 1 });
    await setHash(SAM.email, old);
    expect(await login({ email: SAM.email, password: 'not-sams-password' })).toBe(401);
    expect(await storedHash(SAM.email)).toBe(old); // a wrong password changes nothing

    expect(await login(SAM)).toBe(200);
    const upgraded = await storedHash(SAM.email);
    expect(upgraded).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(await login(SAM)).toBe(200);
    expect(await storedHash(SAM.email)).toBe(upgraded); // current ones are left alone
  });

  it('that are malformed refuse the login (401), not crash it', async () => {
    const key = Buffer.alloc(32).toString('base64');
    await setHash(SAM.email, `scrypt$1073741824$8$1$${key}$${key}`);
    expect(await login(SAM)).toBe(401);
    await setHash(SAM.email, `scrypt$16383$8$1$${key}$${key}`);
    expect(await login(SAM)).toBe(401);
  });
});
