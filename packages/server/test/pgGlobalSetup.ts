/** integration-pg: drop the per-server test databases when the run ends (and any left by a crashed run). */
import pg from 'pg';

async function dropTestDatabases(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'baton\\_t\\_%'");
  for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  await admin.end();
}

export async function setup(): Promise<void> {
  await dropTestDatabases();
}
export async function teardown(): Promise<void> {
  await dropTestDatabases();
}
