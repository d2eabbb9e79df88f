import type { CustomerAttributes, FrameToHostMessage } from '@baton/protocol';
import { parseHostMessage } from './hostMessages';

export interface HostHandlers {
  open(): void;
  close(): void;
  identify(attributes: CustomerAttributes): void;
  restore(items: Record<string, string>): void;
  theme(color: string): void;
}

export interface HostBridge {
  /** False when the frame was opened on its own (no parent page to talk to). */
  embedded: boolean;
  post(message: FrameToHostMessage): void;
}

/** postMessage link to the loader on the host page, always with an explicit target origin. */
export function connectHost(hostOrigin: string | null, handlers: HostHandlers): HostBridge {
  const embedded = window.parent !== window && hostOrigin !== null;
  window.addEventListener('message', (event) => {
    const msg = parseHostMessage(event, hostOrigin, window.parent);
    if (!msg) return;
    if (msg.type === 'open') handlers.open();
    else if (msg.type === 'close') handlers.close();
    else if (msg.type === 'identify') handlers.identify(msg.payload);
    else if (msg.type === 'theme') handlers.theme(msg.payload.color);
    else handlers.restore(msg.payload.items);
  });
  return {
    embedded,
    post(message) {
      if (embedded && hostOrigin) window.parent.postMessage(message, hostOrigin);
    },
  };
}
