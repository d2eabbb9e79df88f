export type TrendDirection = 'improving' | 'worsening' | 'steady' | 'unknown';

/** Scores are assumed in [-1, 1] (negative = unhappy); compares the last score with the first. */
export function trendDirection(values: readonly number[], threshold = 0.15): TrendDirection {
  if (values.length < 2) return 'unknown';
  const delta = values[values.length - 1]! - values[0]!;
  if (delta > threshold) return 'improving';
  if (delta < -threshold) return 'worsening';
  return 'steady';
}

export function trendArrow(direction: TrendDirection): string {
  return { improving: '↗', worsening: '↘', steady: '→', unknown: '' }[direction];
}

/** SVG polyline points for a sparkline; the y range always includes [-1, 1] so small wobbles look small. */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): string {
  if (values.length === 0) return '';
  const lo = Math.min(-1, ...values);
  const hi = Math.max(1, ...values);
  const span = hi - lo || 1;
  const step = values.length > 1 ? (width - pad * 2) / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = values.length > 1 ? pad + i * step : width / 2;
      const y = pad + (1 - (v - lo) / span) * (height - pad * 2);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
