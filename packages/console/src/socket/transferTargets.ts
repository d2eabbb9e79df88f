import { useTransferTargetsStore } from '../stores/transferTargetsStore';
import { request } from './request';

/**
 * Re-reads who can take a transfer (presence, load), without the whole inbox: the form polls it while open, so an
 * agent who went Away a minute ago is not offered as a target. A failed read keeps the last list (no toast every 10 s).
 */
export async function refreshTransferTargets(): Promise<void> {
  const ack = await request('transfer:targets', {});
  if (!ack.ok) return;
  useTransferTargetsStore.getState().set(ack.data);
}
