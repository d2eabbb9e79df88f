import type { TransferTargets } from '@baton/protocol';
import { useTransferTargetsStore } from '../stores/transferTargetsStore';
import { request } from './request';

/** Pushed lists received so far: an answer read before the latest push is older than the list shown. */
let pushes = 0;

/** A pushed list (`transferTargets:updated`): a colleague's presence, shift, load or skills changed. */
export function applyPushedTransferTargets(targets: TransferTargets): void {
  pushes++;
  useTransferTargetsStore.getState().set(targets);
}

/**
 * Reads who can take a transfer (presence, load) without the whole inbox. `watch`: the server also pushes every
 * change until unwatchTransferTargets (the open form), so an agent who went Away a minute ago is not offered as a
 * target. A failed read keeps the last list.
 */
export async function refreshTransferTargets(opts: { watch?: boolean } = {}): Promise<void> {
  const before = pushes;
  const ack = await request('transfer:targets', opts.watch ? { watch: true } : {});
  if (!ack.ok || pushes !== before) return;
  useTransferTargetsStore.getState().set(ack.data);
}

/** The form closed. Without a connection there is nothing to stop: the server forgot the watch with the socket. */
export function unwatchTransferTargets(): void {
  void request('transfer:unwatch', {});
}
