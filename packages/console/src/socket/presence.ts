import { describeError } from '../lib/errors';
import { useAuthStore } from '../stores/authStore';
import { toastError } from '../stores/toastStore';
import { request } from './request';

export async function setPresence(presence: 'online' | 'away'): Promise<void> {
  const ack = await request('presence:set', { presence });
  if (ack.ok) useAuthStore.getState().updateAgent(ack.data.agent);
  else toastError(describeError(ack.error));
}
