/** Starts a real Baton node on a free port and connects real Socket.IO clients to it. */
import { fileURLToPath } from 'node:url';
import { io as connect, type Socket } from 'socket.io-client';
import pino from 'pino';
import { createDatabase } from '../src/cli/localResources.js';
import type {
  Ack,
  AgentClientToServer,
  AgentView,
  AgentServerToClient,
  ConversationDetail,
  ConversationSummary,
  HandoffPackage,
  MessageView,
  VisitorClientToServer,
  VisitorConversationView,
  VisitorServerToClient,
} from '@baton/protocol';
import { parseConfig } from '../src/config.js';
import { createBaton, type Baton } from '../src/app.js';
import { upsertAgent, type AgentRow } from '../src/services/agentAuth.js';
import { TEST_DB_PREFIX } from './testDatabases.js';

export const SITES_DIR = fileURLToPath(new URL('../../../sites', import.meta.url));
export const AGENT = { email: 'agent@demo.baton.dev', password: 'baton-demo-agent' };
/** A second agent, added by tests that need one (`addSam`). */
export const SAM = { email: 'sam@demo.baton.dev', password: 'sam-lee-password' };

export interface TestServer {
  baton: Baton;
  url: string;
  /** The PostgreSQL database of this server (integration-pg), to start another node or restart on it. */
  databaseUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * With BATON_TEST_PG=1 (the integration-pg project) each test server gets its own fresh PostgreSQL
 * database next to DATABASE_URL's, so runs never see each other's rows.
 */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  if (process.env.BATON_TEST_PG !== '1') return undefined;
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('BATON_TEST_PG=1 needs DATABASE_URL');
  return createDatabase(base, TEST_DB_PREFIX['integration-pg']);
}

export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const databaseUrl = env.DATABASE_URL ?? (await freshDatabaseUrl());
  const config = parseConfig({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    PORT: '0',
    BATON_DATA_DIR: 'memory://',
    BATON_SITES_DIR: process.env.BATON_TEST_SITES_DIR ?? SITES_DIR,
    BATON_TIMER_POLL_MS: '100',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const baton = await createBaton(config, { log: pino({ level: 'silent' }) });
  const port = await baton.listen();
  const url = `http://127.0.0.1:${port}`;
  // The agent namespace only accepts its own origin.
  baton.config.publicUrl = url;
  return { baton, url, databaseUrl, close: () => baton.close() };
}

export type VisitorClient = Socket<VisitorServerToClient, VisitorClientToServer>;
export type AgentClient = Socket<AgentServerToClient, AgentClientToServer>;

export async function visitorSession(url: string, body: Record<string, unknown> = { siteKey: 'demo', hostOrigin: 'http://localhost:3001' }) {
  const res = await fetch(`${url}/api/visitor/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { visitorToken: string; error?: { code: string } } };
}

/** `language`: the browser's, as the widget sends it on connecting. */
export async function connectVisitor(url: string, visitorToken?: string, language?: string): Promise<VisitorClient & { token: string }> {
  const token = visitorToken ?? (await visitorSession(url)).body.visitorToken;
  const socket = connect(`${url}/visitor`, { auth: { visitorToken: token, ...(language ? { language } : {}) }, transports: ['websocket'], reconnection: false, forceNew: true }) as VisitorClient;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return Object.assign(socket, { token });
}

export async function agentCookie(url: string, creds = AGENT): Promise<string> {
  const res = await fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(creds) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

export async function connectAgent(url: string, cookie?: string): Promise<AgentClient> {
  const c = cookie ?? (await agentCookie(url));
  const socket = connect(`${url}/agent`, { extraHeaders: { cookie: c }, transports: ['websocket'], reconnection: false, forceNew: true }) as AgentClient;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A console of the agent signed in with `cookie`, connected and come online (added to `open` for closing later). */
export async function onlineConsole(server: TestServer, cookie: string, open: { close(): unknown }[]): Promise<{ socket: AgentClient; agent: AgentView }> {
  const socket = await connectAgent(server.url, cookie);
  open.push(socket);
  await server.baton.services.idle();
  const { agent } = await ok(call<{ agent: AgentView }>(socket, 'inbox:list', {}));
  if (agent.presence !== 'online') throw new Error(`expected the agent online, got ${agent.presence}`);
  return { socket, agent };
}

/** Emit with an ack and return the Ack. */
export function call<T>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<T>>;
}

export async function ok<T>(p: Promise<Ack<T>>): Promise<T> {
  const a = await p;
  if (!a.ok) throw new Error(`expected ok, got ${a.error.code}: ${a.error.message}`);
  return a.data;
}

/** Resolves with the first event payload matching `pred`. */
export function next<T = unknown>(socket: Socket, event: string, pred: (x: T) => boolean = () => true, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`timed out waiting for ${event}`));
    }, ms);
    const on = (x: T) => {
      if (!pred(x)) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolve(x);
    };
    socket.on(event, on);
  });
}

export type Offer = { conversation: ConversationSummary; package: HandoffPackage | null };

/**
 * The offer to `agent` of the conversation whose id `conversationId` resolves to (from an ack, say), whether the offer
 * comes before or after that id is known. Not "the next offer": the notifier emits an offer after a read of its own, so
 * an offer made in an earlier step (another customer still waiting, handed off again, or offered when the agent came
 * online) can reach the agent late, and a test waiting for the next one takes the wrong conversation.
 */
export function offerOf(agent: Socket, conversationId: Promise<string>, ms = 10_000): Promise<Offer> {
  return new Promise((resolve, reject) => {
    const early: Offer[] = [];
    let id: string | undefined;
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      agent.off('conversation:offered', on);
      settle();
    };
    const on = (o: Offer) => {
      if (id === undefined) early.push(o);
      else if (o.conversation.id === id) finish(() => resolve(o));
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for the offer of ${id ?? 'a conversation not known yet'}`))), ms);
    agent.on('conversation:offered', on);
    conversationId.then(
      (x) => {
        id = x;
        const got = early.find((o) => o.conversation.id === x);
        if (got) finish(() => resolve(got));
      },
      (err: unknown) => finish(() => reject(err instanceof Error ? err : new Error(String(err)))),
    );
  });
}

let n = 0;
export const cid = () => `test${Date.now().toString(36)}${(n++).toString(36).padStart(4, '0')}`;

/** A new visitor who says `text` and asks for a person: queued (they are added to `open` for closing later). */
export async function queueCustomer(server: TestServer, text: string, open: VisitorClient[]): Promise<VisitorConversationView> {
  const v = await connectVisitor(server.url);
  open.push(v);
  await ok(call(v, 'message:send', { clientMsgId: cid(), body: text }));
  await server.baton.services.idle();
  return (await ok(call<{ conversation: VisitorConversationView }>(v, 'conversation:escalate', { note: text }))).conversation;
}

/** Adds Sam Lee to the demo site with these skills (offline until a console connects with SAM's login). */
export function addSam(server: TestServer, skills: { skill: string; proficiency: number }[]): Promise<AgentRow> {
  return upsertAgent(server.baton.database.db, { siteId: 'site_demo', email: SAM.email, name: 'Sam Lee', password: SAM.password, skills });
}

/**
 * The customer asks for a person; `agent` (kept Away so that nobody is offered it) takes the chat from the queue and
 * resolves it, and the bot asks for a rating. Returns the conversation's id.
 */
export async function handOffAndResolve(server: TestServer, visitor: VisitorClient, agent: AgentClient): Promise<string> {
  await server.baton.services.idle();
  const asked = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:escalate', { note: 'I need a person' }));
  const conversationId = asked.conversation.id;
  await server.baton.services.idle();
  const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
  const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId, expectedVersion: d.conversation.version }));
  // Taking a chat brings the agent online: away again, so the next hand-off is not offered to them.
  await ok(call(agent, 'presence:set', { presence: 'away' }));
  const csatAsk = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'csat_request');
  await ok(call(agent, 'conversation:resolve', { conversationId, expectedVersion: acc.conversation.version }));
  await csatAsk;
  return conversationId;
}
