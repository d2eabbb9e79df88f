import { formatCsat } from '../lib/format';

export function CsatBadge({ rating }: { rating: number }) {
  const tone = rating >= 4 ? 'bg-emerald-50 text-emerald-700 ring-emerald-200' : rating === 3 ? 'bg-slate-50 text-slate-700 ring-slate-200' : 'bg-red-50 text-red-700 ring-red-200';
  return (
    <span data-testid="csat-rating" data-rating={rating} aria-label={`Customer rating ${rating} out of 5`} className={`rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ${tone}`}>
      {formatCsat(rating)}
    </span>
  );
}
