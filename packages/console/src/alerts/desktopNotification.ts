/** Only when the agent already granted permission: never prompt out of the blue. */
export function notifyDesktop(title: string, body: string, onClick: () => void): void {
  try {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const n = new Notification(title, { body, tag: 'baton-offer' });
    n.onclick = () => {
      window.focus();
      onClick();
      n.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker.
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
