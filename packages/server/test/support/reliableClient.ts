/**
 * What the protocol asks of every client (DESIGN.md §3), for tests: keep unacked messages in an outbox,
 * resend them in order after reconnecting, sync from the last seq held, and fill gaps.
 */
import type { Ack, MessageView } from '@baton/protocol';
import type { Socket } from 'socket.io-client';
import { cid } from '../harness.js';

export class ReliableSender {
  readonly outbox: { clientMsgId: string; body: string }[] = [];
  readonly acked = new Map<string, MessageView>();
  readonly errors: string[] = [];
  private flushing = false;

  constructor(
    private socket: Socket,
    private event: string,
    private extra: Record<string, unknown> = {},
  ) {
    socket.on('connect', () => void this.flush());
  }

  send(body: string): string {
    const clientMsgId = cid();
    this.outbox.push({ clientMsgId, body });
    void this.flush();
    return clientMsgId;
  }

  /** Sends queued messages one at a time, oldest first; stops at the first failure and retries later. */
  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.outbox.length && this.socket.connected) {
        const m = this.outbox[0]!;
        let ack: Ack<{ message: MessageView }>;
        try {
          ack = (await this.socket.timeout(3000).emitWithAck(this.event, { ...this.extra, ...m })) as Ack<{ message: MessageView }>;
        } catch {
          break; // no ack (node died): keep it, resend after reconnect
        }
        if (!ack.ok) {
          this.errors.push(ack.error.code);
          if (ack.error.retryable) {
            await new Promise((r) => setTimeout(r, 200));
            continue;
          }
          this.outbox.shift();
          continue;
        }
        this.acked.set(m.clientMsgId, ack.data.message);
        this.outbox.shift();
      }
    } finally {
      this.flushing = false;
    }
  }

  async drain(ms = 20_000): Promise<void> {
    const end = Date.now() + ms;
    while (this.outbox.length) {
      if (Date.now() > end) throw new Error(`outbox not drained: ${this.outbox.length} left`);
      await this.flush();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Live transcript as a client sees it: by seq, deduplicated by id. */
export class LiveTranscript {
  readonly bySeq = new Map<number, MessageView>();
  readonly duplicates: string[] = [];
  add(m: MessageView): void {
    const had = this.bySeq.get(m.seq);
    if (had && had.id !== m.id) this.duplicates.push(`seq ${m.seq} has two messages`);
    this.bySeq.set(m.seq, m);
  }
  /** Highest seq held with nothing missing below it. */
  contiguousSeq(from = 0): number {
    let s = from;
    while (this.bySeq.has(s + 1)) s++;
    return s;
  }

  /**
   * Follows one conversation on an agent socket the way the console does: live events, and when one skips
   * ahead of what is held (a node acked a message, then died before its fan-out), `messages:sync` fills the gap.
   */
  follow(socket: Socket, conversationId: string): this {
    let floor = -1;
    socket.on('message:created', (e: { conversationId: string; message: MessageView }) => {
      if (e.conversationId !== conversationId) return;
      if (floor < 0) floor = e.message.seq - 1; // the console loaded everything before this with the conversation
      const held = this.contiguousSeq(floor);
      this.add(e.message);
      if (e.message.seq <= held + 1) return;
      void (socket.timeout(5000).emitWithAck('messages:sync', { conversationId, afterSeq: held }) as Promise<Ack<{ messages: MessageView[] }>>).then(
        (ack) => ack.ok && ack.data.messages.forEach((m) => this.add(m)),
        () => {},
      );
    });
    return this;
  }

  bodies(): string[] {
    return [...this.bySeq.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m.body);
  }
}
