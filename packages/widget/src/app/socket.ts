import { io, type Socket } from 'socket.io-client';
import { VISITOR_NAMESPACE, type VisitorClientToServer, type VisitorServerToClient } from '@baton/protocol';

export type VisitorSocket = Socket<VisitorServerToClient, VisitorClientToServer>;

/** The token is read on every (re)connect, so a refreshed session token is picked up. */
export function connectVisitorSocket(getToken: () => string): VisitorSocket {
  return io(location.origin + VISITOR_NAMESPACE, {
    // The browser's language: the bot's own lines ("Hi!", "not sure") follow it before any hand-off.
    auth: (cb) => cb({ visitorToken: getToken(), ...(navigator.language ? { language: navigator.language } : {}) }),
    transports: ['websocket', 'polling'],
  });
}
