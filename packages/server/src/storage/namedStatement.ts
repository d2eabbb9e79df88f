/**
 * Hot statements as named prepared statements: PostgreSQL parses and plans each once per connection instead of
 * on every message (for the message-append CTE, planning cost as much as running it: 0.25 ms each). PGlite
 * ignores the name. A statement behind a pooler in transaction mode needs one that keeps prepared statements
 * (PgBouncer ≥ 1.21 with max_prepared_statements).
 */
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './database.js';

const dialect = new PgDialect();
/** Statement text → name. Few shapes exist per caller (e.g. timer variant × rule guard); the cap is a safety net. */
const names = new Map<string, string>();
const MAX_NAMED = 64;

/** Runs `statement` like `db.execute` (same result), prepared once per connection under a name from `label`. */
export async function executeNamed(db: DbOrTx, label: string, statement: SQL): Promise<unknown> {
  const query = dialect.sqlToQuery(statement);
  let name = names.get(query.sql);
  if (name === undefined && names.size < MAX_NAMED) names.set(query.sql, (name = `baton_${label}_${names.size + 1}`));
  return db._.session.prepareQuery(query, undefined, name, false).execute();
}

/** The names given so far (for tests and diagnostics). */
export function namedStatements(): string[] {
  return [...names.values()];
}
