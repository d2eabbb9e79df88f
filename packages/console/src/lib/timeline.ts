import type { ControlEventView } from '@baton/protocol';

/** Each control transition has a unique version (DESIGN §2), so the version is its identity. */
export function mergeTimeline(existing: readonly ControlEventView[], incoming: readonly ControlEventView[]): ControlEventView[] {
  if (incoming.length === 0) return existing as ControlEventView[];
  const byVersion = new Map<number, ControlEventView>();
  for (const e of [...existing, ...incoming]) byVersion.set(e.version, e);
  return [...byVersion.values()].sort((a, b) => a.version - b.version);
}
