import type { CustomerAttributes } from '@baton/protocol';
import { humanizeKey } from '../lib/labels';

export function CustomerDetails({ customer, testId }: { customer: CustomerAttributes; testId: string }) {
  const rows: [string, string][] = [];
  if (customer.name) rows.push(['Name', customer.name]);
  if (customer.email) rows.push(['Email', customer.email]);
  if (customer.userId) rows.push(['User ID', customer.userId]);
  if (customer.tier) rows.push(['Tier', customer.tier]);
  if (customer.locale) rows.push(['Locale', customer.locale]);
  for (const [k, v] of Object.entries(customer.extra ?? {})) rows.push([humanizeKey(k), String(v)]);

  return (
    <div data-testid={testId}>
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Customer
        {(customer.name || customer.email || customer.userId || customer.tier) && customer.verified !== true && (
          // The site did not sign this identity: anyone can type a name, an e-mail, a user ID or a tier into identify.
          <span
            data-testid={`${testId}-unverified`}
            title="Not signed by the site (BATON_IDENTITY_SECRET): the customer could have typed this name, e-mail, user ID or tier. Check before sharing account details."
            className="ml-2 rounded bg-amber-50 px-1.5 py-px font-medium tracking-normal text-amber-800 normal-case"
          >
            not verified
          </span>
        )}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-400">Anonymous visitor</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="truncate text-slate-900" title={v}>
                {k === 'Tier' ? <span className="rounded bg-indigo-50 px-1.5 py-px text-xs font-semibold text-indigo-700">{v}</span> : v}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
