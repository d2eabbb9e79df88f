/** How good the wait estimates were, pure (DESIGN.md §5: accuracy is a product metric shown to supervisors). */

export interface EstimateOutcome {
  estimatedSeconds: number;
  actualSeconds: number | null;
  outcome: 'assigned' | 'abandoned' | null;
}

/** Within max(60 s, 30 % of the actual wait): a minute is noise for short waits, 30 % is what people forgive for long ones. */
export function withinTolerance(estimatedSeconds: number, actualSeconds: number): boolean {
  return Math.abs(estimatedSeconds - actualSeconds) <= Math.max(60, 0.3 * actualSeconds);
}

export interface AccuracySummary {
  samples: number;
  withinShare: number | null;
  maeSeconds: number | null;
  abandoned: number;
}

/** Only served customers count (an abandoned wait says nothing about when an agent would have come); pending ones are skipped. */
export function summarizeAccuracy(rows: readonly EstimateOutcome[]): AccuracySummary {
  let samples = 0;
  let within = 0;
  let absError = 0;
  let abandoned = 0;
  for (const r of rows) {
    if (r.outcome === 'abandoned') abandoned++;
    if (r.outcome !== 'assigned' || r.actualSeconds === null) continue;
    samples++;
    absError += Math.abs(r.estimatedSeconds - r.actualSeconds);
    if (withinTolerance(r.estimatedSeconds, r.actualSeconds)) within++;
  }
  return {
    samples,
    withinShare: samples ? within / samples : null,
    maeSeconds: samples ? Math.round(absError / samples) : null,
    abandoned,
  };
}
