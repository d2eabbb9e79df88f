import { useEffect } from 'react';
import { alertTitle } from '../lib/alerts';

export const BASE_TITLE = 'Baton Console';

/** Flashes the tab title while chats wait for attention; both frames carry the count so a glance is enough. */
export function useTitleFlash(alertCount: number): void {
  useEffect(() => {
    const text = alertTitle(alertCount);
    if (!text) {
      document.title = BASE_TITLE;
      return;
    }
    let on = true;
    document.title = text;
    const timer = setInterval(() => {
      on = !on;
      document.title = on ? text : `🔔 ${text}`;
    }, 1000);
    return () => {
      clearInterval(timer);
      document.title = BASE_TITLE;
    };
  }, [alertCount]);
}
