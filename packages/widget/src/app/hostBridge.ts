import { BRIDGE_MAX_WARNING_CHARS, readIdentity, type FrameToHostMessage, type IdentifyInput, type IdentifyPayload } from '@baton/protocol';
import { parseHostMessage } from './hostMessages';

export interface HostHandlers {
  open(): void;
  close(): void;
  identify(attributes: IdentifyInput): void;
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
  const bridge: HostBridge = {
    embedded,
    post(message) {
      if (embedded && hostOrigin) window.parent.postMessage(message, hostOrigin);
    },
  };
  window.addEventListener('message', (event) => {
    const msg = parseHostMessage(event, hostOrigin, window.parent);
    if (!msg) return;
    if (msg.type === 'open') handlers.open();
    else if (msg.type === 'close') handlers.close();
    else if (msg.type === 'identify') identifyFromHost(msg.payload, handlers, bridge);
    else if (msg.type === 'theme') handlers.theme(msg.payload.color);
    else handlers.restore(msg.payload.items);
  });
  return bridge;
}

/** Keeps the valid part of what the page gave identify() and tells the page's console what was left out. */
function identifyFromHost(raw: IdentifyPayload, handlers: HostHandlers, bridge: HostBridge): void {
  const { attributes, problems } = readIdentity(raw);
  if (problems.length > 0) {
    const message = `identify: left out ${problems.join('; ')}. The rest was kept.`;
    bridge.post({ baton: 1, type: 'warn', payload: { message: message.slice(0, BRIDGE_MAX_WARNING_CHARS) } });
  }
  if (Object.keys(attributes).length > 0) handlers.identify(attributes);
}
