/** integration-pg and multinode: drop this project's test databases when the run ends (and any left by a crashed run). */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { TEST_DB_PREFIX } from './testDatabases.js';

async function dropTestDatabases(prefix: string): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  // Only this project's: another project's run may be using its own databases right now.
  const pattern = `${prefix.replaceAll('_', '\\_')}\\_%`;
  const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [pattern]);
  for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  await admin.end();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prefix = TEST_DB_PREFIX[project.name as keyof typeof TEST_DB_PREFIX];
  if (!prefix) throw new Error(`pgGlobalSetup: no database prefix for project ${project.name}`);
  await dropTestDatabases(prefix);
  return () => dropTestDatabases(prefix);
}
