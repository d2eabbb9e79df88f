import type { CustomerAttributes, HandoffPackage } from '@baton/protocol';
import { clipQuote, formatClock } from '../lib/format';
import { humanizeKey, languageName, reasonLabel } from '../lib/labels';
import { CustomerDetails } from './CustomerDetails';
import { SentimentTrend } from './SentimentTrend';

const sectionTitle = 'mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase';

/** Everything the agent needs to decide and start well, shown before accepting. */
export function HandoffCard({ pkg, customer }: { pkg: HandoffPackage; customer: CustomerAttributes }) {
  return (
    <section data-testid="handoff-package" aria-labelledby="handoff-title" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="flex items-center justify-between border-b border-slate-100 px-4 py-2.5">
        <h2 id="handoff-title" className="text-sm font-semibold text-slate-900">
          Handoff
        </h2>
        <span className="text-[11px] text-slate-400">
          {pkg.priority > 0 && <span className="mr-2 rounded bg-red-50 px-1.5 py-px font-semibold text-red-700">Priority {pkg.priority}</span>}
          updated <time dateTime={pkg.updatedAt}>{formatClock(pkg.updatedAt)}</time>
        </span>
      </header>

      <div className="space-y-4 px-4 py-3">
        <p data-testid="package-summary" className="text-sm leading-relaxed whitespace-pre-wrap text-slate-800">
          {pkg.summary}
        </p>

        {pkg.transfers && pkg.transfers.length > 0 && (
          <div>
            <h3 className={sectionTitle}>Transfers</h3>
            {/* Newest first: the latest note is what the agent picking it up needs. */}
            <ol data-testid="package-transfers" className="space-y-2">
              {[...pkg.transfers].reverse().map((t) => (
                <li key={`${t.at}:${t.fromAgentId}`} data-testid="package-transfer" className="text-sm">
                  <span className="text-xs text-slate-500">
                    <span className="font-medium text-slate-800">{t.from}</span> → <span className="font-medium text-slate-800">{t.to}</span> ·{' '}
                    <time dateTime={t.at}>{formatClock(t.at)}</time>
                  </span>
                  <blockquote className="mt-0.5 border-l-2 border-sky-300 bg-sky-50/60 px-2.5 py-1 whitespace-pre-wrap text-slate-700">{t.note}</blockquote>
                </li>
              ))}
            </ol>
          </div>
        )}

        <div data-testid="package-reason" data-reason={pkg.reason}>
          <h3 className={sectionTitle}>Why a human</h3>
          <p className="text-sm font-medium text-slate-900">{reasonLabel(pkg.reason)}</p>
          {pkg.reasonDetail && <p className="text-sm text-slate-600">{pkg.reasonDetail}</p>}
          {pkg.evidence && (
            <blockquote className="mt-1.5 border-l-2 border-amber-300 bg-amber-50/60 px-2.5 py-1 text-sm [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-700 italic">“{clipQuote(pkg.evidence)}”</blockquote>
          )}
        </div>

        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-500">Skill</dt>
          <dd data-testid="package-skill" className="font-medium text-slate-900">
            {pkg.skillName}
          </dd>
          {pkg.intent && (
            <>
              <dt className="text-slate-500">Intent</dt>
              {/* The customer's own words, as typed (not a key: "LL-483920" must not become "ll 483920"). */}
              <dd data-testid="package-intent" className="text-slate-900">
                {pkg.intent}
              </dd>
            </>
          )}
          <dt className="text-slate-500">Language</dt>
          <dd data-testid="package-language" className="text-slate-900">
            {languageName(pkg.language)}
            {pkg.teamWritesLanguage === false && (
              <span data-testid="package-language-unserved" className="ml-2 rounded bg-amber-50 px-1.5 py-px text-xs font-semibold text-amber-800">
                not a team language
              </span>
            )}
          </dd>
          <dt className="text-slate-500">Sentiment</dt>
          <dd>
            <SentimentTrend sentiment={pkg.sentiment} trend={pkg.sentimentTrend} />
          </dd>
        </dl>

        <div>
          <h3 className={sectionTitle}>Facts</h3>
          <ul data-testid="package-facts" className="flex flex-wrap gap-1.5">
            {pkg.facts.length === 0 && <li className="text-sm text-slate-400">None detected</li>}
            {pkg.facts.map((f, i) => (
              <li key={`${f.kind}:${f.value}:${i}`} data-testid="package-fact" data-kind={f.kind} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-800">
                <span className="text-slate-500">{humanizeKey(f.kind)}:</span> <span className="font-medium">{f.value}</span>
              </li>
            ))}
          </ul>
        </div>

        <div>
          <h3 className={sectionTitle}>What the bot tried</h3>
          {pkg.botTried.length === 0 ? (
            <p className="text-sm text-slate-400">Nothing yet</p>
          ) : (
            <ol data-testid="package-bot-tried" className="space-y-1.5">
              {pkg.botTried.map((t, i) => (
                <li key={i} className="text-sm">
                  <span className="text-slate-800">“{t.question}”</span>
                  <span className="block text-xs text-slate-500">
                    → {t.articleTitle ?? 'no matching article'}{' '}
                    {t.answered ? <span className="font-medium text-emerald-700">✓ answered</span> : <span className="font-medium text-red-700">✗ not answered</span>}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>

        <CustomerDetails customer={{ ...pkg.customer, ...customer, extra: { ...pkg.customer.extra, ...customer.extra } }} testId="package-customer" />
      </div>
    </section>
  );
}
