/** Notifications on screen, by conversation: one whose alert went (taken, expired, withdrawn) is closed too. */
const shown = new Map<string, { close(): void }>();

/** Only when the agent already granted permission: never prompt out of the blue. */
export function notifyDesktop(conversationId: string, title: string, body: string, onClick: () => void): void {
  try {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const n = new Notification(title, { body, tag: `baton-offer-${conversationId}` });
    shown.set(conversationId, n);
    n.onclick = () => {
      window.focus();
      onClick();
      n.close();
    };
    n.onclose = () => {
      if (shown.get(conversationId) === n) shown.delete(conversationId);
    };
  } catch {
    // Some browsers only allow notifications from a service worker.
  }
}

/** Closes the notifications of conversations that no longer have an alert. */
export function closeNotificationsExcept(alerted: ReadonlySet<string>): void {
  for (const [id, n] of shown) {
    if (alerted.has(id)) continue;
    shown.delete(id);
    n.close();
  }
}

export function canAskNotificationPermission(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'default';
}

export async function askNotificationPermission(): Promise<void> {
  try {
    if (typeof Notification !== 'undefined') await Notification.requestPermission();
  } catch {
    // Ignored: the in-page alert still works.
  }
}
