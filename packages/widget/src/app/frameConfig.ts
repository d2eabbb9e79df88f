/** The frame's own settings, from its URL: /widget/frame?site=<key>&host=<origin>. */
export interface FrameConfig {
  site: string | null;
  /** Origin of the embedding page; null when missing or not a bare origin (then we never post). */
  hostOrigin: string | null;
}

export function readFrameConfig(search: string): FrameConfig {
  const params = new URLSearchParams(search);
  const site = params.get('site') || null;
  return { site, hostOrigin: normalizeOrigin(params.get('host')) };
}

function normalizeOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    // Must be exactly an origin, so it can be compared with MessageEvent.origin as a string.
    return url.origin !== 'null' && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

export const storageKeys = (site: string) => ({
  token: `baton:${site}:token`,
  outbox: `baton:${site}:outbox`,
  seen: `baton:${site}:seen`,
});
