import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db } from '../storage/database.js';
import type { Clock, Notifier, VisitorPresence } from './ports.js';
import type { SiteRegistry } from './siteRegistry.js';
import type { LlmAssist } from './llm/llmAssist.js';

/** Everything a use-case needs, passed explicitly (composition root builds it). */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  config: Config;
  sites: SiteRegistry;
  notifier: Notifier;
  visitorPresence: VisitorPresence;
  log: Logger;
  /** Set when an LLM provider is configured; everything works without it. */
  llm?: LlmAssist | null;
}
