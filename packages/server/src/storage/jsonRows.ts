/** Rows that come back as JSON (to_jsonb / jsonb_agg), mapped the way Drizzle maps a driver row. */
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Column names to property keys, driver values (timestamps as text, numbers, jsonb) to what Drizzle returns. */
export function fromJson<T>(table: PgTable, json: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, col] of Object.entries(getTableColumns(table))) {
    const v = json[col.name];
    out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
  }
  return out as T;
}
