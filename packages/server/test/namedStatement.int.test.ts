/** Hot statements run as named prepared statements on PostgreSQL (same results as db.execute; PGlite ignores the name). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/storage/database.js';
import { executeNamed, namedStatements } from '../src/storage/namedStatement.js';
import { freshDatabaseUrl } from './harness.js';

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: await freshDatabaseUrl(), dataDir: 'memory://' });
});
afterAll(async () => {
  await database?.close();
});

const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;
const probe = (n: number) => sql`select ${n}::int + 1 as next, to_jsonb(${'x' + n}::text) as label, '2026-01-02 03:04:05+00'::timestamptz as at`;

describe('executeNamed', () => {
  it('returns what db.execute returns, every time (re-running a prepared name is fine)', async () => {
    for (const n of [1, 2, 3]) {
      expect(rowsOf(await executeNamed(database.db, 'probe', probe(n)))).toEqual(rowsOf(await database.db.execute(probe(n))));
    }
    expect(rowsOf(await executeNamed(database.db, 'probe', probe(7)))[0]).toMatchObject({ next: 8, label: 'x7' });
    // One name per statement text, reused.
    expect(namedStatements().filter((n) => n.startsWith('baton_probe_'))).toHaveLength(1);
  });

  it('prepares it once per connection on PostgreSQL, under its name (PGlite has none to list)', async () => {
    await database.db.transaction(async (tx) => {
      await executeNamed(tx, 'probe', probe(1));
      await executeNamed(tx, 'probe', probe(2));
      if (database.kind !== 'postgres') return;
      const r = await tx.execute(sql`select name, statement from pg_prepared_statements`);
      const prepared = rowsOf(r).filter((x) => String(x.name).startsWith('baton_probe_'));
      expect(prepared).toHaveLength(1);
      expect(String(prepared[0]!.statement)).toContain('::int + 1');
    });
  });
});
