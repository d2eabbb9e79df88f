/**
 * Agent shifts (DESIGN.md §5), pure. A shift is a half-open window `[start, end)` in epoch ms:
 * during it the agent takes new conversations; at `end` they take no new ones but finish those they hold.
 */
export type Shift = readonly [start: number, end: number];

/** True when `t` falls inside one of the shifts. No shifts at all means "no schedule": always on shift. */
export function onShift(shifts: readonly Shift[] | undefined, t: number): boolean {
  if (!shifts) return true;
  for (let i = 0; i < shifts.length; i++) {
    const sh = shifts[i]!;
    if (sh[0] <= t && t < sh[1]) return true;
  }
  return false;
}

/** The first shift boundary (start or end) strictly after `t`, or null. */
export function nextShiftBoundary(shifts: readonly Shift[] | undefined, t: number): number | null {
  if (!shifts) return null;
  let best: number | null = null;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i]![0];
    const e = shifts[i]![1];
    if (s > t && (best === null || s < best)) best = s;
    if (e > t && (best === null || e < best)) best = e;
  }
  return best;
}
