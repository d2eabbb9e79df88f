import type { Sentiment } from '@baton/protocol';
import { sentimentLabel } from '../lib/labels';
import { sparklinePoints, trendArrow, trendDirection } from '../lib/sentiment';

const TONE: Record<Sentiment, string> = {
  positive: 'text-emerald-700',
  neutral: 'text-slate-700',
  negative: 'text-orange-700',
  very_negative: 'text-red-700',
};

export function SentimentTrend({ sentiment, trend }: { sentiment: Sentiment; trend: number[] }) {
  const direction = trendDirection(trend);
  const points = sparklinePoints(trend, 64, 18);
  return (
    <span data-testid="package-sentiment" data-sentiment={sentiment} data-trend={direction} className={`inline-flex items-center gap-1.5 font-medium ${TONE[sentiment]}`}>
      {sentimentLabel(sentiment)}
      {trend.length > 1 && (
        <>
          <svg width="64" height="18" viewBox="0 0 64 18" role="img" aria-label={`Sentiment ${direction}`} className="overflow-visible">
            <line x1="0" x2="64" y1="9" y2="9" className="stroke-slate-200" strokeDasharray="2 2" />
            <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
          </svg>
          <span aria-hidden>{trendArrow(direction)}</span>
        </>
      )}
    </span>
  );
}
