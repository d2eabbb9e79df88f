/** Builds a whole Baton node: storage → services → transport. Used by main.ts and by the integration tests. */
import { createServer, type Server as HttpServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';
import pino, { type Logger } from 'pino';
import { AGENT_NAMESPACE, VISITOR_NAMESPACE } from '@baton/protocol';
import type { Config } from './config.js';
import { openDatabase, type Database } from './storage/database.js';
import { resolveSecret } from './storage/secret.js';
import { checkAgentSkills } from './services/agentSkillCheck.js';
import { SiteRegistry } from './services/siteRegistry.js';
import { createServices, type Services } from './services/index.js';
import { systemClock, type Clock } from './services/ports.js';
import { seedDemo } from './cli/seedDemo.js';
import { SocketNotifier } from './transport/socket/socketNotifier.js';
import { mountVisitorNamespace } from './transport/socket/visitorNamespace.js';
import { mountAgentNamespace } from './transport/socket/agentNamespace.js';
import { checkAgentSessions } from './transport/socket/agentSessionCheck.js';
import { apiRoutes } from './transport/http/apiRoutes.js';
import { staticRoutes } from './transport/http/staticRoutes.js';
import type { AgentNamespace, VisitorNamespace } from './transport/socket/types.js';
import { redisStreamsAdapter } from './transport/socket/redisAdapter.js';
import { LlmAssist } from './services/llm/llmAssist.js';
import { chatCompletionsClient } from './services/llm/chatCompletions.js';
import { socketVisitorPresence } from './transport/socket/visitorPresence.js';

export interface Baton {
  config: Config;
  http: HttpServer;
  io: Server;
  services: Services;
  database: Database;
  log: Logger;
  listen(): Promise<number>;
  close(): Promise<void>;
}

export async function createBaton(config: Config, opts: { clock?: Clock; log?: Logger; seed?: boolean } = {}): Promise<Baton> {
  const log = opts.log ?? pino({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir === 'memory://' ? 'memory://' : `${config.dataDir}/pglite` });
  const secret = await resolveSecret(database.db, config.secret);
  const sites = await SiteRegistry.load(database.db, config.sitesDir);
  if (opts.seed !== false) await seedDemo(database.db, sites, config);
  for (const warning of await checkAgentSkills(database.db, sites)) log.warn(warning);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const http = createServer(app);
  const redis = config.redisUrl ? await redisStreamsAdapter(config.redisUrl, config.redisPrefix, log) : null;
  const io = new Server(http, {
    serveClient: false,
    ...(redis ? { adapter: redis.adapter } : {}),
    cors: { origin: false },
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  });
  const notifier = new SocketNotifier(io, redis?.ready);
  const visitorPresence = socketVisitorPresence(io.of(VISITOR_NAMESPACE) as VisitorNamespace, redis?.steadyFor);
  const llm = config.llm ? new LlmAssist(chatCompletionsClient(config.llm), log) : null;
  const services = createServices({ db: database.db, clock: opts.clock ?? systemClock, config, sites, notifier, visitorPresence, log, llm });
  notifier.bind(services);

  app.use('/api', express.json({ limit: '16kb' }), apiRoutes(services, secret, redis?.bucket));
  app.use(staticRoutes(config.staticDirs, sites));

  mountVisitorNamespace(io.of(VISITOR_NAMESPACE) as VisitorNamespace, services, secret);
  mountAgentNamespace(io.of(AGENT_NAMESPACE) as AgentNamespace, services, new URL(config.publicUrl).origin);
  let sessionCheck: { stop(): void } | null = null;

  return {
    config,
    http,
    io,
    services,
    database,
    log,
    async listen() {
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => resolve());
      });
      services.timers.start();
      sessionCheck = checkAgentSessions(io.of(AGENT_NAMESPACE) as AgentNamespace, services.ctx);
      // Work left queued by a previous run (restart, crash) is dispatched again.
      for (const s of sites.all()) void services.dispatcher.kick(s.id);
      // Agents it left online whose consoles do not come back hand their chats back after the grace period.
      void services.presence.absentAtStart().catch((err) => log.warn({ err }, 'presence check at start failed'));
      const addr = http.address();
      return typeof addr === 'object' && addr ? addr.port : config.port;
    },
    async close() {
      services.timers.stop();
      sessionCheck?.stop();
      services.presence.stop();
      services.supervisor.stop();
      services.transferTargets.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await services.idle().catch(() => {});
      await redis?.close();
      await database.close();
    },
  };
}
