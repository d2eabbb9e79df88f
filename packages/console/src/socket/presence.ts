import type { WorkingHours } from '../lib/workingHours';
import { describeError } from '../lib/errors';
import { useAuthStore } from '../stores/authStore';
import { toastError } from '../stores/toastStore';
import { request } from './request';

export async function setPresence(presence: 'online' | 'away' | 'offline'): Promise<void> {
  const ack = await request('presence:set', { presence });
  if (ack.ok) useAuthStore.getState().updateAgent(ack.data.agent);
  else toastError(describeError(ack.error));
}

/** Stores the agent's working hours (null: whenever online). Resolves to the error text for the form, or null once stored. */
export async function setWorkingHours(workingHours: WorkingHours | null): Promise<string | null> {
  const ack = await request('hours:set', { workingHours });
  if (!ack.ok) return describeError(ack.error);
  useAuthStore.getState().updateAgent(ack.data.agent);
  return null;
}
