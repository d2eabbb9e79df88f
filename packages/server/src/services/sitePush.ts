/** A site's live view pushed to its watchers: at most once a second, and only when it changed. */

/** At most one push per site per second: a burst of queue changes becomes one update. */
const PUSH_INTERVAL_MS = 1000;

export interface SitePushOptions<T> {
  /** Works out the view now. */
  read(siteId: string): Promise<T>;
  /** The part of the view that counts as a change (the periodic dispatch sweep republishes unchanged views). */
  key(view: T): string;
  send(siteId: string, view: T): void;
  failed(err: unknown, siteId: string): void;
}

export class SitePush<T> {
  private cooling = new Map<string, { timer: NodeJS.Timeout; dirty: boolean }>();
  private lastPushed = new Map<string, string>();
  private stopped = false;

  constructor(private opts: SitePushOptions<T>) {}

  /** Something the view shows may have changed: push now, or once the current second is over. */
  changed(siteId: string): void {
    if (this.stopped) return;
    const c = this.cooling.get(siteId);
    if (c) {
      c.dirty = true;
      return;
    }
    this.push(siteId);
    const entry = {
      dirty: false,
      timer: setTimeout(() => {
        this.cooling.delete(siteId);
        if (entry.dirty) this.changed(siteId);
      }, PUSH_INTERVAL_MS),
    };
    entry.timer.unref();
    this.cooling.set(siteId, entry);
  }

  private push(siteId: string): void {
    this.opts.read(siteId).then(
      (view) => {
        const key = this.opts.key(view);
        if (this.lastPushed.get(siteId) === key) return;
        this.lastPushed.set(siteId, key);
        this.opts.send(siteId, view);
      },
      (err) => this.opts.failed(err, siteId),
    );
  }

  /** The view as of now, for an answer (a reload, a form opening): the next change check pushes whatever it finds. */
  async read(siteId: string): Promise<T> {
    const view = await this.opts.read(siteId);
    this.forget(siteId);
    return view;
  }

  /**
   * Someone was just sent the view by another way (a read): what was last pushed may no longer be what every watcher
   * holds, so the next change check pushes whatever it finds rather than compare with it. Otherwise a watcher that
   * read "away" between two pushes of "online" keeps "away".
   */
  forget(siteId: string): void {
    this.lastPushed.delete(siteId);
  }

  stop(): void {
    this.stopped = true;
    for (const c of this.cooling.values()) clearTimeout(c.timer);
    this.cooling.clear();
  }
}
