/** Opens PGlite (embedded, data dir on disk) or PostgreSQL (DATABASE_URL) with the same schema and migrations. */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';
import { lockDataDir } from './dataDirLock.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
/** Arbitrary constant: nodes starting together take turns migrating. */
const MIGRATION_LOCK = 80_157_001;

/**
 * Drizzle releases a transaction's client without the error, so a client whose connection died would go
 * back to the pool and fail every later query. Destroy such clients on release instead, and keep an error
 * listener on every client so a connection dropped mid-transaction fails that transaction, not the process.
 */
function discardBrokenClients(pool: pg.Pool): void {
  type Done = (err: Error | undefined, client?: pg.PoolClient, release?: (e?: Error | boolean) => void) => void;
  const connect = pool.connect.bind(pool) as (cb?: Done) => Promise<pg.PoolClient> | void;
  const listening = new WeakSet<pg.PoolClient>();
  const guard = (client: pg.PoolClient) => {
    // A connection that dies while checked out emits 'error'; unheard, it would kill the process.
    if (!listening.has(client)) {
      listening.add(client);
      client.on('error', () => {});
    }
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => release(err || (client as unknown as { _queryable?: boolean })._queryable === false || undefined);
    return client;
  };
  // pg-pool uses both forms: promise (drizzle transactions) and callback (pool.query).
  (pool as unknown as { connect: (cb?: Done) => Promise<pg.PoolClient> | void }).connect = (cb?: Done) => {
    if (cb) return connect((err, client) => (client ? cb(err, guard(client), client.release) : cb(err)));
    return (connect() as Promise<pg.PoolClient>).then(guard);
  };
}

export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // A dropped connection must not crash the process; queries fail with a retryable error instead.
    pool.on('error', () => {});
    discardBrokenClients(pool);
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const persistent = opts.dataDir !== 'memory://';
  if (persistent) mkdirSync(opts.dataDir, { recursive: true });
  const unlock = persistent ? lockDataDir(opts.dataDir) : () => {};
  // On the Node filesystem the backend's writes reach the OS during the query itself; relaxed durability only
  // stops awaiting the follow-up syncfs pass, so a killed process loses nothing (the e2e crash test checks it).
  const client = new PGlite(opts.dataDir, { relaxedDurability: persistent });
  try {
    await client.waitReady;
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    return { db: db as unknown as Db, kind: 'pglite', close: () => client.close().finally(unlock) };
  } catch (err) {
    unlock();
    throw err;
  }
}
