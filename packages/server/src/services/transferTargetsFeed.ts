/**
 * The transfer form's list (teams, colleagues with presence, shift and load) pushed to the agents who have the form
 * open, instead of the form re-reading it every few seconds. It follows the queue's publishes, which every presence
 * change, chat taken, offered, resolved or transferred, and the periodic dispatch sweep (shifts, skills changed by
 * `agent add`) bring about.
 */
import type { TransferTargets } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { listTransferTargets } from './transferTargets.js';
import { SitePush } from './sitePush.js';

export class TransferTargetsFeed {
  private pushes: SitePush<TransferTargets>;

  constructor(ctx: ServiceContext) {
    this.pushes = new SitePush({
      read: (siteId) => listTransferTargets(ctx, siteId),
      key: (t) => JSON.stringify(t),
      send: (siteId, t) => ctx.notifier.transferTargetsUpdated(siteId, t),
      failed: (err, siteId) => ctx.log.warn({ err, siteId }, 'transfer targets read failed'),
    });
  }

  /** The list as of now, for an answer (the inbox, the form opening): the next push goes out whatever it holds. */
  read(siteId: string): Promise<TransferTargets> {
    return this.pushes.read(siteId);
  }

  changed(siteId: string): void {
    this.pushes.changed(siteId);
  }

  stop(): void {
    this.pushes.stop();
  }
}
