import {
  MAX_MESSAGE_LENGTH,
  MessageBody,
  RetryableErrorCodes,
  type BatonError,
  type IdentifyInput,
  type VisitorServerToClient,
} from '@baton/protocol';
import { backoff, sleep } from './backoff';
import {
  ackSent,
  addToOutbox,
  failSent,
  receiveConversation,
  receiveMessage,
  receiveQueue,
  receiveSync,
  retrySent,
  setOpen,
  useChat,
  type ChatState,
} from './chatStore';
import { newClientMsgId } from './clientMsgId';
import { storageKeys, type FrameConfig } from './frameConfig';
import { connectHost, type HostBridge } from './hostBridge';
import { syncCursor } from './messageMerge';
import { loadOutbox, nextPending, saveOutbox } from './outbox';
import { frameStorage, mirroredStorage } from './safeStorage';
import { openSession, SessionError } from './session';
import { connectVisitorSocket, type VisitorSocket } from './socket';
import { countUnread, parseSeen } from './unread';
import { currentStrings } from './hooks/useStrings';
import { errorText } from './i18n';

// Wires the socket, the host page and the store together. Components call the exported actions.

const ACK_TIMEOUT_MS = 10_000;
/** A typing indicator whose "stopped" event got lost should not linger. */
const TYPING_STALE_MS = 8_000;
/** How long to wait for the loader to hand back our stored values (it answers 'ready' at once). */
const RESTORE_TIMEOUT_MS = 2_000;

interface Runtime {
  site: string;
  hostOrigin: string | null;
  storage: Storage;
  keys: ReturnType<typeof storageKeys>;
  token: string;
  socket: VisitorSocket | null;
}

let rt: Runtime | null = null;
let bridge: HostBridge | null = null;
/** Bumped on every disconnect: acks from an earlier connection are ignored. */
let epoch = 0;
/** The first sync on this connection finished; sends wait for it so replays come first. */
let synced = false;
let syncing = false;
/** A sync asked for while one was running (Infinity: from what we hold), undefined for none. */
let queuedSync: number | undefined;
let inFlight: string | null = null;
let sendTimer: ReturnType<typeof setTimeout> | undefined;
let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let identity: IdentifyInput | null = null;
const sendBackoff = backoff();
const syncBackoff = backoff();
const reconnectBackoff = backoff(2000);

const isRetryable = (e: BatonError) => e.retryable ?? RetryableErrorCodes.includes(e.code);
const notice = (message: string | null) => useChat.setState({ notice: message });

export function startChat(cfg: FrameConfig): void {
  const site = cfg.site;
  if (!site) {
    useChat.setState({ fatalError: 'This chat is missing its site key.' });
    return;
  }
  let restored: (items: Record<string, string>) => void = () => {};
  const fromHost = new Promise<Record<string, string>>((resolve) => (restored = resolve));
  const link = connectHost(cfg.hostOrigin, {
    open: () => setOpen(true),
    close: () => setOpen(false),
    identify,
    restore: (items) => restored(items),
    theme: applyAccent,
  });
  bridge = link;
  if (!link.embedded) setOpen(true); // opened on its own, e.g. for a preview
  reportToHost(link);
  link.post({ baton: 1, type: 'ready', payload: {} });

  void (async () => {
    const storage = frameStorage() ?? (await hostStorage(site, link, fromHost));
    const keys = storageKeys(site);
    // Keep anything typed while we waited for storage, after what an earlier page left unsent.
    useChat.setState((s) => ({ outbox: [...loadOutbox(storage, keys.outbox), ...s.outbox], seen: s.seen ?? parseSeen(storage.getItem(keys.seen)) }));
    useChat.subscribe((s, prev) => {
      if (s.outbox !== prev.outbox) saveOutbox(storage, keys.outbox, s.outbox);
      if (s.seen !== prev.seen && s.seen) storage.setItem(keys.seen, JSON.stringify(s.seen));
    });
    rt = { site, hostOrigin: cfg.hostOrigin, storage, keys, token: '', socket: null };
    await establishSession();
    connect(); // messages typed before this wait in the outbox; the first sync sends them
  })().catch(() => {
    /* fatal session error: already shown */
  });
}

/** Match the host's launcher colour; anything CSS does not accept as a colour is ignored. */
function applyAccent(color: string): void {
  if (CSS.supports('color', color)) document.documentElement.style.setProperty('--color-accent', color);
}

/** Storage denied to this frame: keep our keys in the host page's storage instead, through the loader. */
async function hostStorage(site: string, link: HostBridge, fromHost: Promise<Record<string, string>>): Promise<Storage> {
  if (!link.embedded) return mirroredStorage({});
  const prefix = `baton:${site}:`;
  const timeout = new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve({}), RESTORE_TIMEOUT_MS));
  const items = await Promise.race([fromHost, timeout]);
  const ours = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(prefix)));
  return mirroredStorage(ours, (key, value) => link.post({ baton: 1, type: 'persist', payload: { key, value } }));
}

/** Tell the loader about unread messages and whether a conversation is open (to load us early on the next page). */
function reportToHost(bridge: HostBridge): void {
  let unread = -1;
  let hasOpen: boolean | null = null;
  const report = (s: ChatState) => {
    const nextUnread = s.isOpen ? 0 : countUnread(s.thread, s.seen);
    if (nextUnread !== unread) {
      unread = nextUnread;
      bridge.post({ baton: 1, type: 'unread', payload: { count: unread } });
    }
    // Unknown until the first sync: reporting "none" early would make the loader forget an open conversation.
    if (!s.conversationKnown) return;
    const nextHasOpen = s.conversation !== null && s.conversation.state !== 'closed';
    if (nextHasOpen !== hasOpen) {
      hasOpen = nextHasOpen;
      bridge.post({ baton: 1, type: 'state', payload: { hasOpenConversation: hasOpen } });
    }
  };
  report(useChat.getState());
  useChat.subscribe(report);
}

/** Create or resume the visitor session. Retries transient failures; throws only on fatal ones. */
async function establishSession(): Promise<void> {
  const r = rt!;
  const retry = backoff();
  for (;;) {
    const stored = r.storage.getItem(r.keys.token) ?? undefined;
    try {
      const s = await openSession({ siteKey: r.site, visitorToken: stored, hostOrigin: r.hostOrigin ?? undefined });
      keepToken(s.visitorToken);
      useChat.setState({ site: s.site, fatalError: null });
      return;
    } catch (e) {
      const err = e instanceof SessionError ? e : new SessionError(String(e), true);
      if (err.code === 'unauthorized' && stored) {
        r.storage.removeItem(r.keys.token); // stale or revoked token: start as a new visitor
        continue;
      }
      if (!err.retryable) {
        useChat.setState({ fatalError: err.message });
        throw err;
      }
      useChat.setState({ connection: 'disconnected' });
      await sleep(retry.delay());
    }
  }
}

/** The newest token is the one to use next: an old one expires (BATON_VISITOR_TOKEN_DAYS), and v1 ones are swapped once. */
function keepToken(token: string): void {
  const r = rt!;
  r.token = token;
  r.storage.setItem(r.keys.token, token);
}

function connect(): void {
  const r = rt!;
  const socket = connectVisitorSocket(() => r.token);
  r.socket = socket;

  socket.on('connect', () => {
    reconnectBackoff.reset();
    useChat.setState({ connection: 'connected' });
    sync(null);
  });
  socket.on('disconnect', (reason) => {
    epoch++;
    synced = false;
    syncing = false;
    queuedSync = undefined;
    inFlight = null;
    useChat.setState({ connection: 'disconnected', typing: null });
    // What holds the outbox now is the connection ("Reconnecting…"), not the rate limit; back online, a refusal says so again.
    clearRateLimitNotice();
    // The server closed us on purpose; Socket.IO will not retry by itself.
    if (reason === 'io server disconnect') reconnectLater();
  });
  socket.on('connect_error', () => {
    useChat.setState({ connection: 'disconnected' });
    // Not active = refused by the server's auth middleware: refresh the session, then retry.
    if (!socket.active) reconnectLater();
  });

  socket.on('message:created', (m) => resyncIfNeeded(receiveMessage(m)));
  socket.on('conversation:updated', (c) => resyncIfNeeded(receiveConversation(c)));
  socket.on('queue:updated', receiveQueue);
  socket.on('typing:updated', showTyping);
  socket.on('token:renewed', ({ visitorToken }) => {
    if (typeof visitorToken === 'string' && visitorToken) keepToken(visitorToken);
  });
}

function reconnectLater(): void {
  if (reconnectTimer) return;
  reconnectTimer = setTimeout(() => {
    reconnectTimer = undefined;
    establishSession().then(
      () => rt?.socket?.connect(),
      () => {
        /* fatal: already shown */
      },
    );
  }, reconnectBackoff.delay());
}

function resyncIfNeeded(from: number | null): void {
  if (from !== null) sync(from);
}

/**
 * conversation:sync, merging what comes back. Asks from `from` or from the end of the unbroken run
 * we hold, whichever is lower (null: just what we hold).
 */
function sync(from: number | null): void {
  const socket = rt?.socket;
  if (!socket?.connected) return; // 'connect' syncs
  const wanted = from ?? Infinity;
  if (syncing) {
    queuedSync = Math.min(queuedSync ?? Infinity, wanted);
    return;
  }
  syncing = true;
  const sentFrom = Math.min(wanted, syncCursor(useChat.getState().thread.messages));
  const mine = epoch;
  socket.timeout(ACK_TIMEOUT_MS).emit('conversation:sync', { lastSeq: sentFrom }, (err, ack) => {
    if (mine !== epoch) return; // that connection is gone; the next 'connect' syncs again
    syncing = false;
    if (err || (!ack.ok && isRetryable(ack.error))) {
      setTimeout(() => sync(from), syncBackoff.delay());
      return;
    }
    if (ack.ok) {
      syncBackoff.reset();
      useChat.setState({ conversationKnown: true });
      const resync = receiveSync(ack.data, sentFrom);
      if (resync !== null) queuedSync = Math.min(resync, queuedSync ?? Infinity);
    } else {
      notice(errorText(ack.error.code, ack.error.message, currentStrings()));
    }
    const next = queuedSync;
    queuedSync = undefined;
    if (next !== undefined) return sync(Number.isFinite(next) ? next : null);
    if (!synced) {
      synced = true;
      sendIdentity();
    }
    pump();
  });
}

function clearRateLimitNotice(): void {
  if (useChat.getState().notice === currentStrings().rateLimited) notice(null);
}

/** Send the oldest pending message; one at a time so the server stores them in the order typed. */
function pump(): void {
  const socket = rt?.socket;
  if (inFlight || !synced || !socket?.connected) return;
  const item = nextPending(useChat.getState().outbox);
  if (!item) {
    // Everything held back by the rate limit has gone: its notice goes too.
    clearRateLimitNotice();
    return;
  }
  inFlight = item.clientMsgId;
  const mine = epoch;
  socket.timeout(ACK_TIMEOUT_MS).emit('message:send', { clientMsgId: item.clientMsgId, body: item.body }, (err, ack) => {
    if (mine !== epoch) return; // resent after reconnect; the server dedupes by clientMsgId
    inFlight = null;
    if (err || (!ack.ok && isRetryable(ack.error))) {
      // Held back by the rate limit: say so (messages sat on "Sending…" for seconds with no word why); they go on
      // their own, in order, as the limit allows.
      if (ack && !ack.ok && ack.error.code === 'rate_limited') notice(currentStrings().rateLimited);
      clearTimeout(sendTimer);
      sendTimer = setTimeout(pump, sendBackoff.delay());
      return;
    }
    if (ack.ok) {
      sendBackoff.reset();
      resyncIfNeeded(ackSent(item.clientMsgId, ack.data.message));
      // First message of a conversation: fetch its view if the server did not push it.
      if (!useChat.getState().conversation) sync(null);
    } else {
      failSent(item.clientMsgId, ack.error.message);
    }
    pump();
  });
}

function identify(attributes: IdentifyInput): void {
  identity = attributes;
  sendIdentity();
}

function sendIdentity(): void {
  const socket = rt?.socket;
  if (!identity || !synced || !socket?.connected) return;
  socket.timeout(ACK_TIMEOUT_MS).emit('visitor:identify', identity, (err, ack) => {
    if (err) return; // resent on the next connect
    if (!ack.ok) console.warn('[baton] identify rejected:', ack.error.message);
  });
}

function showTyping(t: Parameters<VisitorServerToClient['typing:updated']>[0]): void {
  clearTimeout(typingTimer);
  if (!t.typing) return useChat.setState({ typing: null });
  useChat.setState({ typing: { authorType: t.authorType, name: t.name } });
  typingTimer = setTimeout(() => useChat.setState({ typing: null }), TYPING_STALE_MS);
}

// ---- actions for components ----

/** Queue a message and show it at once. Returns a validation error to show, or null. */
export function sendMessage(text: string): string | null {
  const body = MessageBody.safeParse(text);
  // In the customer's language: the schema's own message is English and written for developers.
  if (!body.success) return text.length > MAX_MESSAGE_LENGTH ? currentStrings().tooLong(MAX_MESSAGE_LENGTH) : currentStrings().cannotSend;
  addToOutbox({ clientMsgId: newClientMsgId(), body: body.data, createdAt: new Date().toISOString() });
  pump();
  return null;
}

export function retryMessage(clientMsgId: string): void {
  retrySent(clientMsgId);
  pump();
}

export function setVisitorTyping(typing: boolean): void {
  const socket = rt?.socket;
  if (socket?.connected) socket.emit('typing:set', { typing });
}

export function escalate(): void {
  const socket = rt?.socket;
  if (!socket?.connected) return notice(currentStrings().offline);
  useChat.setState({ escalating: true, notice: null });
  socket.timeout(ACK_TIMEOUT_MS).emit('conversation:escalate', {}, (err, ack) => {
    useChat.setState({ escalating: false });
    if (err) return notice(currentStrings().noAnswer);
    if (!ack.ok) return notice(errorText(ack.error.code, ack.error.message, currentStrings()));
    resyncIfNeeded(receiveConversation(ack.data.conversation));
  });
}

export function submitCsat(rating: number): void {
  const socket = rt?.socket;
  if (!socket?.connected) return notice(currentStrings().offline);
  useChat.setState({ csatSubmitting: true, notice: null });
  socket.timeout(ACK_TIMEOUT_MS).emit('csat:submit', { rating }, (err, ack) => {
    useChat.setState({ csatSubmitting: false });
    if (err) return notice(currentStrings().noAnswer);
    if (!ack.ok) return notice(errorText(ack.error.code, ack.error.message, currentStrings()));
    resyncIfNeeded(receiveConversation(ack.data.conversation));
  });
}

/** The × in the header (or Escape): the loader hides the frame and echoes 'close' back. */
export function closePanel(): void {
  if (!bridge?.embedded) return;
  setOpen(false);
  bridge.post({ baton: 1, type: 'close', payload: {} });
}

export function isEmbedded(): boolean {
  return bridge?.embedded ?? false;
}

export function dismissNotice(): void {
  notice(null);
}

/** Leave a message for the team when nobody is available; the bot confirms in the chat. */
export function createTicket(email: string, message: string): void {
  const socket = rt?.socket;
  if (!socket?.connected) return notice(currentStrings().offline);
  const conversationId = useChat.getState().conversation?.id ?? null;
  useChat.setState((s) => ({ ticket: { ...s.ticket, sending: true }, notice: null }));
  socket.timeout(ACK_TIMEOUT_MS).emit('ticket:create', { email, message }, (err, ack) => {
    useChat.setState((s) => ({ ticket: { ...s.ticket, sending: false } }));
    if (err) return notice(currentStrings().noAnswer);
    if (!ack.ok) return notice(errorText(ack.error.code, ack.error.message, currentStrings()));
    useChat.setState({ ticket: { sending: false, sentFor: conversationId, email: email.trim().toLowerCase() } });
  });
}
