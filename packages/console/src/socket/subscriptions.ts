import { raiseOfferAlert } from '../alerts/raiseOfferAlert';
import { alertsMe, isOfferedToMe, isWaitingState } from '../lib/inbox';
import { leavesGap } from '../lib/messages';
import { useAlertStore } from '../stores/alertStore';
import { currentAgentId, useAuthStore } from '../stores/authStore';
import { useConnectionStore } from '../stores/connectionStore';
import { useConversationStore } from '../stores/conversationStore';
import { useInboxStore } from '../stores/inboxStore';
import { useOutboxStore } from '../stores/outboxStore';
import { toastError } from '../stores/toastStore';
import type { AgentSocket } from './agentSocket';
import { openConversation, syncMissedMessages } from './conversationCommands';
import { syncAfterConnect } from './inboxSync';
import { applyPushedTransferTargets } from './transferTargets';

/** The server may drop the "stopped typing" event; the indicator expires on its own. */
const VISITOR_TYPING_TTL_MS = 8_000;

export interface SocketLifecycle {
  /** The handshake was refused or the server kicked us: maybe the session ended. */
  onRejected(): void;
}

/** Wires every server event into the stores. Handlers never throw: a bad event must not kill the console. */
export function bindAgentSocket(socket: AgentSocket, lifecycle: SocketLifecycle): void {
  const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const inbox = () => useInboxStore.getState();
  const conversations = () => useConversationStore.getState();
  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        fn(...args);
      } catch (err) {
        console.error('[baton] event handler failed', err);
      }
    };

  socket.on('connect', () => {
    useConnectionStore.getState().setStatus('connected');
    void syncAfterConnect();
  });

  socket.on('disconnect', (reason) => {
    useConnectionStore.getState().setStatus('offline');
    // The server closed the socket on purpose (e.g. logout elsewhere): no auto-reconnect.
    if (reason === 'io server disconnect') lifecycle.onRejected();
  });

  socket.on('connect_error', (err: Error & { data?: { consoleUrl?: string } }) => {
    useConnectionStore.getState().setStatus('offline');
    if (err.message === 'origin_not_allowed' && err.data?.consoleUrl) {
      toastError(`This console works only at ${err.data.consoleUrl} (BATON_PUBLIC_URL), not at ${location.origin}. Open it there.`);
    }
    // Inactive after a connect_error = refused by the auth middleware (otherwise it retries itself).
    if (!socket.active) lifecycle.onRejected();
  });

  socket.on(
    'conversation:updated',
    guard((c) => {
      const held = inbox().byId[c.id];
      const wasWaiting = held ? isWaitingState(held.state) : false;
      if (!inbox().upsert(c)) return;
      conversations().applySummary(c);
      // A chat waiting in the queue alerts only those who could take it (its team, its language); an offer, always.
      // Back in the queue after someone else's offer ran out or was declined: news again (its alert went with the offer).
      const backFromOffer = c.state === 'queued' && held?.state === 'offered' && !isOfferedToMe(held, currentAgentId());
      if (inbox().loaded && isWaitingState(c.state) && (!wasWaiting || backFromOffer) && alertsMe(c, currentAgentId(), useAuthStore.getState().agent)) {
        raiseOfferAlert(c, null, isOfferedToMe(c, currentAgentId()), openConversation);
      }
      useAlertStore.getState().sync(inbox().byId, currentAgentId());
    }),
  );

  socket.on(
    'conversation:offered',
    guard(({ conversation, package: pkg }) => {
      inbox().upsert(conversation);
      conversations().applySummary(conversation);
      if (pkg) conversations().setPackage(conversation.id, pkg);
      // Events can arrive out of order: alert only if the offer is still mine by the newest state we hold.
      const current = inbox().byId[conversation.id] ?? conversation;
      if (isOfferedToMe(current, currentAgentId())) raiseOfferAlert(current, pkg, true, openConversation);
      useAlertStore.getState().sync(inbox().byId, currentAgentId());
    }),
  );

  socket.on(
    'message:created',
    guard(({ conversationId, message }) => {
      inbox().notePreview(message);
      useOutboxStore.getState().confirm([message]);
      if (message.authorType === 'visitor') setVisitorTyping(conversationId, false);
      const detail = conversations().detail;
      if (detail && detail.conversation.id === conversationId) {
        const gap = leavesGap(detail.messages, message);
        conversations().addMessages(conversationId, [message]);
        inbox().markSeen(conversationId, message.seq);
        if (gap) void syncMissedMessages(conversationId);
      }
    }),
  );

  socket.on(
    'typing:updated',
    guard(({ conversationId, typing }) => setVisitorTyping(conversationId, typing)),
  );

  socket.on(
    'visitor:presence',
    guard(({ conversationId, online }) => {
      conversations().setCustomerOnline(conversationId, online);
      // Gone: they are not typing any more either.
      if (!online) setVisitorTyping(conversationId, false);
    }),
  );

  socket.on(
    'timeline:appended',
    guard(({ conversationId, event }) => conversations().addTimeline(conversationId, [event])),
  );

  socket.on(
    'package:updated',
    guard(({ conversationId, package: pkg }) => {
      conversations().setPackage(conversationId, pkg);
      useAlertStore.getState().updatePackage(conversationId, pkg);
    }),
  );

  socket.on(
    'agent:updated',
    guard((agent) => useAuthStore.getState().updateAgent(agent)),
  );

  // Only while this console has the transfer form open (it asked to watch).
  socket.on('transferTargets:updated', guard(applyPushedTransferTargets));

  function setVisitorTyping(conversationId: string, typing: boolean): void {
    const existing = typingTimers.get(conversationId);
    if (existing) clearTimeout(existing);
    typingTimers.delete(conversationId);
    conversations().setVisitorTyping(conversationId, typing);
    if (typing) {
      typingTimers.set(
        conversationId,
        setTimeout(() => {
          typingTimers.delete(conversationId);
          conversations().setVisitorTyping(conversationId, false);
        }, VISITOR_TYPING_TTL_MS),
      );
    }
  }
}
