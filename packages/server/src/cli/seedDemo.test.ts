import { describe, expect, it } from 'vitest';
import { seedDemo, UnsafeDemoAgent } from './seedDemo.js';
import type { Db } from '../storage/database.js';
import type { SiteRegistry } from '../services/siteRegistry.js';

const demo = { id: 'site_demo', content: { config: { skills: [{ id: 'orders' }], languages: ['en'] } } };
const sites = { getByKey: (key: string) => (key === 'demo' ? demo : undefined) } as unknown as SiteRegistry;
/** Reaching the database means the check let the seed through. */
const db = new Proxy({}, { get: () => () => { throw new Error('seeded'); } }) as unknown as Db;
const agent = (publicPassword: boolean) => ({ email: 'agent@demo.baton.dev', password: publicPassword ? 'baton-demo-agent' : 'a-password-of-my-own', publicPassword });

describe('the demo supervisor', () => {
  it("is not created with the README's password on a server other machines can reach", async () => {
    await expect(seedDemo(db, sites, { host: '0.0.0.0', demoAgent: agent(true) })).rejects.toBeInstanceOf(UnsafeDemoAgent);
    await expect(seedDemo(db, sites, { host: '0.0.0.0', demoAgent: agent(false) })).rejects.toThrow('seeded');
  });
  it('is created as before on this machine only', async () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) await expect(seedDemo(db, sites, { host, demoAgent: agent(true) })).rejects.toThrow('seeded');
  });
});
