import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './database.js';
import { settings } from './schema.js';

/** The configured secret, or one generated once and shared by every node through the database. */
export async function resolveSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.insert(settings).values({ key: 'signing_secret', value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, 'signing_secret'));
  return row!.value;
}
