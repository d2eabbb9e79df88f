/** Environment → typed config, synchronously; exits with a clear message on bad config. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A path as the user typed it, relative to where they ran the command (pnpm runs scripts inside packages/server). */
const userPath = (p: string) => (/^[a-z]+:\/\//i.test(p) ? p : path.resolve(process.env.INIT_CWD ?? process.cwd(), p)); // "memory://" stays

/** The demo supervisor's password as the README prints it: public, so fine only where nobody else can reach Baton. */
const DEMO_AGENT_PASSWORD = 'baton-demo-agent';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional());

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Public URL of this server as browsers reach it (used in the script tag). */
  BATON_PUBLIC_URL: optionalUrl,
  /** Port of the demo shop page (another origin, like a real customer site). 0 disables it. */
  BATON_DEMO_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  BATON_DATA_DIR: z.string().default(path.join(repoRoot, '.data')).transform(userPath),
  BATON_SITES_DIR: z.string().default(path.join(repoRoot, 'sites')).transform(userPath),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  /** Prefix of every Redis key Baton writes (several deployments or test runs can share one Redis). */
  BATON_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/).default('baton'),
  /** Every node re-runs dispatch this often, so queued work survives the death of the node that queued it. */
  BATON_DISPATCH_SWEEP_MS: z.coerce.number().int().positive().default(2000),
  /** Signs visitor tokens and agent sessions. Generated and kept in the data dir when unset. */
  BATON_SECRET: z.string().min(32).optional(),
  /** A visitor token older than this (days since it was issued; every visit issues a new one) starts a new visitor. */
  BATON_VISITOR_TOKEN_DAYS: z.coerce.number().positive().default(90),
  /** Signs customers' identities on the site's own server (identify's userHash); unset: identify is taken on trust. */
  BATON_IDENTITY_SECRET: z.string().min(32).optional(),
  BATON_OFFER_TIMEOUT_SECONDS: z.coerce.number().positive().default(120),
  /** An agent who declined a chat or let its offer expire may be offered it again after this, if it still waits. */
  BATON_OFFER_AGAIN_SECONDS: z.coerce.number().positive().default(120),
  BATON_TIMER_POLL_MS: z.coerce.number().int().positive().default(500),
  BATON_AGENT_GRACE_SECONDS: z.coerce.number().nonnegative().default(15),
  /** A waiting customer with no open chat tab this long leaves the queue (long enough for a reload). */
  BATON_ABANDON_GRACE_SECONDS: z.coerce.number().nonnegative().default(60),
  /** Every node looks this often for waiting customers whose node died before it saw them go (abandonment.sweep). */
  BATON_ABANDON_SWEEP_MS: z.coerce.number().int().positive().default(30_000),
  /** A customer's messages: this many at once, then this many a second (more get `rate_limited`, retryable). */
  BATON_VISITOR_MESSAGE_BURST: z.coerce.number().int().positive().default(10),
  BATON_VISITOR_MESSAGES_PER_SECOND: z.coerce.number().positive().default(2),
  BATON_ESCALATIONS_PER_HOUR: z.coerce.number().int().positive().default(3),
  BATON_HANDBACK_COOLDOWN_SECONDS: z.coerce.number().nonnegative().default(120),
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (rate limits are per address): Express's
   * `trust proxy` — a hop count, or addresses/subnets/names ("loopback", "10.0.0.0/8, uniquelocal"). Behind a load
   * balancer on another host, the default makes every customer one address.
   */
  BATON_TRUST_PROXY: z
    .string()
    .trim()
    .min(1)
    .default('loopback')
    .transform((v) => (/^\d+$/.test(v) ? Number(v) : v)),
  BATON_DEMO_AGENT_EMAIL: z.string().email().default('agent@demo.baton.dev'),
  BATON_DEMO_AGENT_PASSWORD: z.string().min(8).default(DEMO_AGENT_PASSWORD),
  /** Optional OpenAI-compatible chat-completions provider (OpenAI, Ollama, vLLM, llama.cpp server). */
  BATON_LLM_BASE_URL: optionalUrl,
  BATON_LLM_MODEL: z.string().min(1).optional(),
  BATON_LLM_API_KEY: z.string().min(1).optional(),
  BATON_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof EnvSchema>) {
  const publicUrl = (env.BATON_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    demoPort: env.BATON_DEMO_PORT,
    dataDir: env.BATON_DATA_DIR,
    sitesDir: env.BATON_SITES_DIR,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.BATON_REDIS_PREFIX,
    dispatchSweepMs: env.BATON_DISPATCH_SWEEP_MS,
    secret: env.BATON_SECRET,
    identitySecret: env.BATON_IDENTITY_SECRET,
    visitorTokenMaxAgeMs: env.BATON_VISITOR_TOKEN_DAYS * 86_400_000,
    offerTimeoutMs: env.BATON_OFFER_TIMEOUT_SECONDS * 1000,
    offerAgainMs: env.BATON_OFFER_AGAIN_SECONDS * 1000,
    timerPollMs: env.BATON_TIMER_POLL_MS,
    agentGraceMs: env.BATON_AGENT_GRACE_SECONDS * 1000,
    abandonGraceMs: env.BATON_ABANDON_GRACE_SECONDS * 1000,
    abandonSweepMs: env.BATON_ABANDON_SWEEP_MS,
    visitorMessages: { burst: env.BATON_VISITOR_MESSAGE_BURST, perSecond: env.BATON_VISITOR_MESSAGES_PER_SECOND },
    escalationsPerHour: env.BATON_ESCALATIONS_PER_HOUR,
    handbackCooldownMs: env.BATON_HANDBACK_COOLDOWN_SECONDS * 1000,
    trustProxy: env.BATON_TRUST_PROXY,
    demoAgent: { email: env.BATON_DEMO_AGENT_EMAIL.toLowerCase(), password: env.BATON_DEMO_AGENT_PASSWORD, publicPassword: env.BATON_DEMO_AGENT_PASSWORD === DEMO_AGENT_PASSWORD },
    llm: env.BATON_LLM_BASE_URL
      ? { baseUrl: env.BATON_LLM_BASE_URL, model: env.BATON_LLM_MODEL ?? 'gpt-4o-mini', apiKey: env.BATON_LLM_API_KEY, timeoutMs: env.BATON_LLM_TIMEOUT_MS }
      : null,
    logLevel: env.LOG_LEVEL,
    staticDirs: {
      widget: path.join(repoRoot, 'packages/widget/dist'),
      console: path.join(repoRoot, 'packages/console/dist'),
    },
  };
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const r = EnvSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  return toConfig(r.data);
}

export function loadConfigOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
