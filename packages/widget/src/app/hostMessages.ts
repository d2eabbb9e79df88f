import { HostToFrameMessage } from '@baton/protocol';

/**
 * Accept a postMessage only from the page that embeds us (the origin named in our URL, which the
 * server checked against the site's allow-list) and only in the shape the bridge schema allows.
 */
export function parseHostMessage(
  event: { origin: string; data: unknown; source: unknown },
  hostOrigin: string | null,
  parent: unknown,
): HostToFrameMessage | null {
  if (hostOrigin === null || event.origin !== hostOrigin || event.source !== parent) return null;
  const parsed = HostToFrameMessage.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}
