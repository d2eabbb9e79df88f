import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeNotificationsExcept, notifyDesktop } from './desktopNotification';

class FakeNotification {
  static permission = 'granted';
  static made: FakeNotification[] = [];
  closed = false;
  onclick: (() => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(
    public title: string,
    public opts: { body: string; tag: string },
  ) {
    FakeNotification.made.push(this);
  }
  close() {
    this.closed = true;
    this.onclose?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeNotification.made = [];
});

describe('desktop notifications', () => {
  it('closes the notification of an offer whose alert went, and keeps the others', () => {
    vi.stubGlobal('Notification', FakeNotification);
    notifyDesktop('c1', 'New chat: Ana', 'Orders', () => {});
    notifyDesktop('c2', 'New chat: Ben', 'Billing', () => {});
    closeNotificationsExcept(new Set(['c2']));
    expect(FakeNotification.made.map((n) => [n.opts.tag, n.closed])).toEqual([
      ['baton-offer-c1', true],
      ['baton-offer-c2', false],
    ]);
  });
});
