import { raiseOfferAlert } from '../alerts/raiseOfferAlert';
import { describeError } from '../lib/errors';
import { alertsOnListing, isOfferedToMe } from '../lib/inbox';
import { conversationIdFromHash } from '../lib/locationHash';
import { noteServerTime } from '../lib/serverClock';
import { useAlertStore } from '../stores/alertStore';
import { useAuthStore } from '../stores/authStore';
import { useConversationStore } from '../stores/conversationStore';
import { useInboxStore } from '../stores/inboxStore';
import { useTransferTargetsStore } from '../stores/transferTargetsStore';
import { toastError } from '../stores/toastStore';
import { loadConversation, openConversation } from './conversationCommands';
import { flushOutbox } from './messageDelivery';
import { request } from './request';

export async function refreshInbox(): Promise<void> {
  const sentAt = Date.now();
  const ack = await request('inbox:list', {});
  if (!ack.ok) {
    toastError(describeError(ack.error));
    return;
  }
  noteServerTime(ack.data.serverTime, sentAt, Date.now());
  const { conversations, agent, skills, agents, requiredLanguages } = ack.data;
  useAuthStore.getState().updateAgent(agent);
  useTransferTargetsStore.getState().set({ skills, agents, ...(requiredLanguages ? { requiredLanguages } : {}) });
  const inbox = useInboxStore.getState();
  // A new alert chimes once; one already up (a reconnect) is only refreshed, so a pending offer does not re-chime.
  const fresh = alertsOnListing(inbox.byId, inbox.loaded, conversations, agent.id, agent);
  inbox.replaceAll(conversations);
  for (const c of fresh) raiseOfferAlert(c, null, isOfferedToMe(c, agent.id), openConversation);
  useAlertStore.getState().sync(useInboxStore.getState().byId, agent.id, true);
}

/** Runs on every (re)connect: nothing missed, nothing lost. */
export async function syncAfterConnect(): Promise<void> {
  const firstLoad = !useInboxStore.getState().loaded;
  await refreshInbox();
  const openId = useConversationStore.getState().openId;
  if (openId) await loadConversation(openId);
  else if (firstLoad) {
    const fromUrl = conversationIdFromHash(location.hash);
    if (fromUrl) openConversation(fromUrl);
  }
  flushOutbox();
}
