/** Visitor identity: signed tokens, per-site isolation, origin allow-list. */
import { and, eq, sql } from 'drizzle-orm';
import { MAX_EXTRA_ATTRIBUTES, MAX_EXTRA_JSON_LENGTH, type CustomerAttributes, type IdentifyInput, type VisitorSessionResult } from '@baton/protocol';
import { visitors } from '../storage/schema.js';
import { newId } from '../storage/ids.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './serviceError.js';
import { identifiedAttributes, verifiedIdentity } from './customerIdentity.js';
import { originAllowed } from './siteRegistry.js';
import { issueVisitorToken, legacyTokenAccepted, verifyVisitorToken } from './visitorTokens.js';

export type VisitorRow = typeof visitors.$inferSelect;

export async function openVisitorSession(
  ctx: ServiceContext & { secret: string },
  input: { siteKey: string; visitorToken?: string | undefined; hostOrigin?: string | undefined },
): Promise<VisitorSessionResult> {
  const site = ctx.sites.getByKey(input.siteKey);
  if (!site) throw new ServiceError('not_found', `Unknown site '${input.siteKey}'`);
  if (!originAllowed(site, input.hostOrigin)) throw new ServiceError('origin_not_allowed', `This site does not allow the widget on ${input.hostOrigin ?? 'an unknown origin'}`);
  const now = ctx.clock.now();
  const maxAgeMs = ctx.config.visitorTokenMaxAgeMs;
  // An invalid, expired or spent token is no error the customer sees: they start as a new visitor.
  const claims = input.visitorToken ? verifyVisitorToken(ctx.secret, input.visitorToken, now, maxAgeMs) : null;
  let visitor: VisitorRow | undefined;
  if (claims && claims.siteId === site.id) {
    [visitor] = await ctx.db.select().from(visitors).where(eq(visitors.id, claims.visitorId));
    if (visitor && claims.legacy && !legacyTokenAccepted(visitor, now, maxAgeMs)) visitor = undefined;
  }
  if (!visitor) {
    [visitor] = await ctx.db.insert(visitors).values({ id: newId('vi'), siteId: site.id }).returning();
  } else {
    const swapped = claims?.legacy ? { legacyTokenSwappedAt: visitor.legacyTokenSwappedAt ?? now } : {};
    await ctx.db.update(visitors).set({ lastSeenAt: now, ...swapped }).where(eq(visitors.id, visitor.id));
  }
  const v = visitor!;
  return {
    visitorToken: issueVisitorToken(ctx.secret, { visitorId: v.id, siteId: site.id }, now),
    visitorId: v.id,
    site: { key: site.key, name: site.content.config.name, greeting: site.content.config.greeting, greetings: site.content.config.greetings ?? {} },
  };
}

export async function getVisitor(ctx: ServiceContext, id: string): Promise<VisitorRow | undefined> {
  const [v] = await ctx.db.select().from(visitors).where(eq(visitors.id, id));
  return v;
}

/**
 * The browser's language, as the widget reports it on connecting: kept as the customer's `locale` unless the site
 * already gave one (visitor:identify wins). Before any hand-off the bot's own lines follow it.
 */
export async function noteBrowserLanguage(ctx: ServiceContext, visitorId: string, language: string): Promise<void> {
  // One statement: a read-then-write could put back attributes an identify saved in between (name, e-mail, tier).
  await ctx.db
    .update(visitors)
    .set({ attributes: sql`${visitors.attributes} || jsonb_build_object('locale', ${language}::text)` })
    .where(and(eq(visitors.id, visitorId), sql`not jsonb_exists(${visitors.attributes}, 'locale')`));
}

export async function identifyVisitor(ctx: ServiceContext, visitorId: string, input: IdentifyInput): Promise<CustomerAttributes> {
  const verified = verifiedIdentity(ctx.config.identitySecret, input);
  const v = await getVisitor(ctx, visitorId);
  if (!v) throw new ServiceError('not_found', 'Unknown visitor');
  const { userHash: _signed, ...attrs } = input;
  const merged = identifiedAttributes(v.attributes, attrs, verified);
  // Each call adds to what is kept: the total is bounded, or one customer's attributes grow without end (and every
  // agent's view of the chat carries them).
  const extra = merged.extra ?? {};
  if (Object.keys(extra).length > MAX_EXTRA_ATTRIBUTES || JSON.stringify(extra).length > MAX_EXTRA_JSON_LENGTH) {
    throw new ServiceError('invalid_payload', `extra: at most ${MAX_EXTRA_ATTRIBUTES} attributes and ${MAX_EXTRA_JSON_LENGTH / 1024} KB in all for one customer (this call would make it more); nothing was changed`);
  }
  await ctx.db.update(visitors).set({ attributes: merged }).where(eq(visitors.id, visitorId));
  return merged;
}
