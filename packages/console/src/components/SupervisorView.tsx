import { languageName } from '../lib/labels';
import { formatClock, formatWait } from '../lib/format';
import { formatAccuracy } from '../lib/tickets';
import { useOpsStore } from '../stores/opsStore';
import { agentLoadLine } from '../lib/agentLoad';
import { agentRatingLine } from '../lib/agentRating';
import { outcomeTiles } from '../lib/outcomes';

/** The last 24 hours' outcomes; per skill queue: load, staffing, what a newcomer is told, and how good those estimates were. Live. */
export function SupervisorView() {
  const snapshot = useOpsStore((s) => s.supervisor);
  const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';
  const td = 'px-3 py-2 tabular-nums';
  return (
    <section data-testid="supervisor-view" aria-labelledby="supervisor-title" className="h-full overflow-y-auto p-6">
      <h1 id="supervisor-title" className="text-lg font-semibold text-slate-900">
        Queues
      </h1>
      <p className="mt-1 text-sm text-slate-500">
        Live. Estimate accuracy: share of the last 24 h's estimates within max(1 min, 30 %) of the wait that happened.
        {snapshot && ` Updated ${formatClock(snapshot.updatedAt)}.`}
      </p>
      {snapshot?.outcomes && (
        <section aria-labelledby="outcomes-title" data-testid="supervisor-outcomes" className="mt-4">
          <h2 id="outcomes-title" className="text-sm font-semibold text-slate-700">
            Last {snapshot.outcomes.windowHours} hours
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
            {outcomeTiles(snapshot.outcomes).map((t) => (
              <div key={t.id} data-testid={`outcome-${t.id}`} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
                <dt className="text-xs text-slate-500">{t.label}</dt>
                <dd className="text-lg font-semibold text-slate-900 tabular-nums">{t.value}</dd>
                {t.detail && <dd className="text-xs text-slate-500">{t.detail}</dd>}
              </div>
            ))}
          </dl>
        </section>
      )}
      {!snapshot ? (
        <p className="mt-6 text-sm text-slate-400">Loading…</p>
      ) : (
        // On a phone the table scrolls sideways inside its box rather than running off the screen.
        <div className="mt-4 overflow-x-auto" data-testid="supervisor-skills-scroll">
        <table className="w-full min-w-max border-collapse rounded-lg border border-slate-200 bg-white text-sm">
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th className={th}>Skill</th>
              <th className={th}>Waiting</th>
              <th className={th}>Longest wait</th>
              {/* The wait a customer joining now, behind everyone waiting, would be told: longer than those already in line are. */}
              <th className={th} title="The wait a customer joining the back of this queue now would be told">
                New customer would wait
              </th>
              {/* Online agents split by a free slot: "Online 0" beside a full agent read as nobody online. */}
              <th className={th} title="Online, with a free slot">
                Free
              </th>
              <th className={th} title="Online, at capacity">
                Full
              </th>
              <th className={th}>Away</th>
              <th className={th}>Estimates</th>
              <th className={th}>Mean error</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {snapshot.skills.map((r) => (
              <tr key={r.skill} data-testid="supervisor-skill" data-skill={r.skill}>
                <td className="px-3 py-2 font-medium text-slate-900">{r.skillName}</td>
                <td className={td} data-testid="supervisor-waiting">
                  {r.waiting}
                </td>
                <td className={td}>{r.waiting ? formatWait(r.longestWaitSeconds * 1000) : '–'}</td>
                <td className={td}>{r.nextEstimateSeconds === null ? 'nobody online' : `~${formatWait(r.nextEstimateSeconds * 1000)}`}</td>
                <td className={td}>{r.agentsOnline}</td>
                <td className={td}>{r.agentsBusy}</td>
                <td className={td}>{r.agentsAway}</td>
                <td className={td}>
                  {formatAccuracy(r.accuracy)}
                  {r.accuracy.abandoned > 0 && <span className="ml-1 text-xs text-slate-400">· {r.accuracy.abandoned} left</span>}
                </td>
                <td className={td}>{r.accuracy.maeSeconds === null ? '–' : formatWait(r.accuracy.maeSeconds * 1000)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {snapshot?.agents && snapshot.agents.length > 0 && (
        <>
          <h2 className="mt-8 text-base font-semibold text-slate-900">Agents</h2>
          <div className="mt-3 overflow-x-auto">
          <table data-testid="supervisor-agents" className="w-full min-w-max border-collapse rounded-lg border border-slate-200 bg-white text-sm">
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th className={th}>Agent</th>
                <th className={th}>Status</th>
                <th className={th}>Chats</th>
                <th className={th}>Teams</th>
                {/* A week: a day gives most agents one rating or none. */}
                <th className={th} title="Customers' ratings of the chats this agent resolved, by when they resolved them">
                  Rating, last {snapshot.ratingsWindowDays} days
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {snapshot.agents.map((a) => {
                const line = agentLoadLine(a);
                const rating = agentRatingLine(a);
                return (
                  <tr key={a.id} data-testid="supervisor-agent" data-agent={a.id}>
                    <td className="px-3 py-2 font-medium text-slate-900">{a.name}</td>
                    <td className={`px-3 py-2 ${line.free ? 'text-emerald-700' : 'text-slate-500'}`}>{line.status}</td>
                    <td className={td}>{line.chats}</td>
                    <td className="px-3 py-2 text-slate-600">{teamsText(a.teams, snapshot.skills)}</td>
                    <td className={td} data-testid="supervisor-agent-rating" data-ratings={a.ratings}>
                      {rating.average} <span className="text-xs text-slate-500">· {rating.count}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </div>
        </>
      )}
    </section>
  );
}

/** "Orders, Billing · Spanish": an agent's teams by name, then the languages they write (also skills, but no team). */
function teamsText(skills: readonly string[], teams: readonly { skill: string; skillName: string }[]): string {
  const named = skills.flatMap((t) => teams.find((s) => s.skill === t)?.skillName ?? []);
  const languages = skills.filter((t) => !teams.some((s) => s.skill === t)).map((t) => languageName(t));
  return [named.join(', '), languages.join(', ')].filter(Boolean).join(' · ');
}
