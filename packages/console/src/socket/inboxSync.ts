import { raiseOfferAlert } from '../alerts/raiseOfferAlert';
import { describeError } from '../lib/errors';
import { isOfferedToMe, newlyWaiting } from '../lib/inbox';
import { conversationIdFromHash } from '../lib/locationHash';
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
  const ack = await request('inbox:list', {});
  if (!ack.ok) {
    toastError(describeError(ack.error));
    return;
  }
  const { conversations, agent, skills, agents } = ack.data;
  useAuthStore.getState().updateAgent(agent);
  useTransferTargetsStore.getState().set({ skills, agents });
  const inbox = useInboxStore.getState();
  // After a reconnect, anything that started waiting while we were away deserves an alert.
  const fresh = inbox.loaded ? newlyWaiting(inbox.byId, conversations) : [];
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
