import { AgentLoginInput, type AgentView } from '@baton/protocol';
import { fetchMe, postLogin, postLogout } from './api/http';
import { useAlertStore } from './stores/alertStore';
import { useAuthStore } from './stores/authStore';
import { useConnectionStore } from './stores/connectionStore';
import { useConversationStore } from './stores/conversationStore';
import { useInboxStore } from './stores/inboxStore';
import { useOutboxStore } from './stores/outboxStore';
import { closeAgentSocket, createAgentSocket, getAgentSocket } from './socket/agentSocket';
import { resetDelivery } from './socket/messageDelivery';
import { bindAgentSocket } from './socket/subscriptions';
import { bindOpsEvents } from './socket/opsSubscriptions';
import { useOpsStore } from './stores/opsStore';

const RECONNECT_AFTER_REJECT_MS = 3_000;
const OUTBOX_OWNER_KEY = 'baton.console.outboxOwner';
let rejectTimer: ReturnType<typeof setTimeout> | null = null;

/** Page load: a valid session cookie means straight to the inbox. */
export async function bootstrapSession(): Promise<void> {
  useAuthStore.getState().setStatus('checking');
  const r = await fetchMe();
  if (r.ok) startSession(r.data.agent);
  else if (r.status === 401 || r.status === 403) useAuthStore.getState().signedOut();
  else useAuthStore.getState().setStatus('unreachable');
}

/** Returns an error message for the form, or null on success. */
export async function login(email: string, password: string): Promise<string | null> {
  const parsed = AgentLoginInput.safeParse({ email, password });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Enter your email and password';
  const r = await postLogin(parsed.data.email, parsed.data.password);
  if (!r.ok) return r.error.message;
  startSession(r.data.agent);
  return null;
}

export async function logout(): Promise<void> {
  await postLogout(); // even if this fails, forget everything locally
  endSession();
}

function startSession(agent: AgentView): void {
  claimOutbox(agent.id);
  useAuthStore.getState().signedIn(agent);
  const socket = createAgentSocket();
  bindAgentSocket(socket, { onRejected: () => void recheckSession() });
  bindOpsEvents(socket);
  useConnectionStore.getState().setStatus('connecting');
  socket.connect();
}

/** A different agent signing in on the same tab must not inherit someone else's unsent messages. */
function claimOutbox(agentId: string): void {
  try {
    if (sessionStorage.getItem(OUTBOX_OWNER_KEY) !== agentId) useOutboxStore.getState().clear();
    sessionStorage.setItem(OUTBOX_OWNER_KEY, agentId);
  } catch {
    // storage disabled: nothing was persisted either
  }
}

function endSession(): void {
  if (rejectTimer) clearTimeout(rejectTimer);
  rejectTimer = null;
  closeAgentSocket();
  resetDelivery();
  useInboxStore.getState().reset();
  useConversationStore.getState().reset();
  useAlertStore.getState().clear();
  useOpsStore.getState().reset();
  useOutboxStore.getState().clear();
  useConnectionStore.getState().setStatus('idle');
  useAuthStore.getState().signedOut();
}

/** The socket was refused or kicked: if the cookie is gone, back to login; otherwise retry shortly. */
async function recheckSession(): Promise<void> {
  if (rejectTimer) return;
  const r = await fetchMe();
  if (!r.ok && (r.status === 401 || r.status === 403)) {
    endSession();
    return;
  }
  if (r.ok) useAuthStore.getState().updateAgent(r.data.agent);
  rejectTimer = setTimeout(() => {
    rejectTimer = null;
    const socket = getAgentSocket();
    if (socket && !socket.connected && useAuthStore.getState().status === 'authenticated') socket.connect();
  }, RECONNECT_AFTER_REJECT_MS);
}
