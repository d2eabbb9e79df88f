import { useState, type FormEvent } from 'react';
import { browserTimezone, DAY_LABELS, dayProblem, draftFromHours, HOURS_VALUE_MAX, hoursFromDraft, WEEK, type Day, type WorkingHours } from '../lib/workingHours';
import { setWorkingHours } from '../socket/presence';
import { FormButtons } from './FormButtons';

interface Props {
  hours: WorkingHours | null | undefined;
  onDone(): void;
}

const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-sky-500 focus:outline-none';
const ERROR_ID = 'hours-form-error';
const TIMEZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** A time zone and one row per weekday; the server checks the hours and its message is shown as is. */
export function WorkingHoursForm({ hours, onDone }: Props) {
  const [draft, setDraft] = useState(() => draftFromHours(hours, browserTimezone()));
  const [pending, setPending] = useState<'save' | 'clear' | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The days the last Save found wrong: marked until the next Save, in step with the message.
  const [badDays, setBadDays] = useState<readonly Day[]>([]);

  // Checked here first, so the agent reads which day and why ("Mon: "25:00" is not a time of day…") with the field
  // marked, not the server's "workingHours: bad time".
  const problems = WEEK.flatMap((day) => {
    const problem = dayProblem(draft.days[day]);
    return problem ? [{ day, problem }] : [];
  });
  const send = async (kind: 'save' | 'clear') => {
    if (kind === 'save' && problems.length) {
      setError(problems.map((p) => `${DAY_LABELS[p.day]}: ${p.problem}`).join('; '));
      setBadDays(problems.map((p) => p.day));
      return;
    }
    setBadDays([]);
    setPending(kind);
    setError(null);
    const failure = await setWorkingHours(kind === 'save' ? hoursFromDraft(draft) : null);
    setPending(null);
    if (failure) setError(failure);
    else onDone();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) void send('save');
  };
  const setDay = (day: Day, value: string) => setDraft((d) => ({ ...d, days: { ...d.days, [day]: value } }));

  return (
    <form data-testid="hours-form" aria-label="Working hours" onSubmit={submit} className="grid gap-2 text-xs text-slate-600">
      <label className="grid gap-1 font-medium">
        Time zone
        <input
          data-testid="hours-timezone"
          list="hours-timezones"
          value={draft.timezone}
          maxLength={HOURS_VALUE_MAX}
          onChange={(e) => setDraft((d) => ({ ...d, timezone: e.target.value }))}
          className={field}
        />
        <datalist id="hours-timezones">
          {TIMEZONES.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
      </label>
      {!hours && <p data-testid="hours-suggested">You take chats whenever online now; below is a usual week to start from.</p>}
      <p className="text-slate-400">HH:MM-HH:MM, several separated by commas; blank is closed.</p>
      {WEEK.map((day) => (
        <label key={day} className="grid grid-cols-[2.5rem_1fr] items-center gap-2 font-medium">
          {DAY_LABELS[day]}
          <input
            data-testid={`hours-${day}`}
            value={draft.days[day]}
            maxLength={HOURS_VALUE_MAX}
            placeholder="closed"
            aria-invalid={badDays.includes(day) ? true : undefined}
            aria-describedby={badDays.includes(day) ? ERROR_ID : undefined}
            onChange={(e) => setDay(day, e.target.value)}
            className={`${field} aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50`}
          />
        </label>
      ))}
      {error && (
        <p id={ERROR_ID} role="alert" data-testid="hours-error" className="rounded-md bg-red-50 px-2 py-1 text-red-700">
          {error}
        </p>
      )}
      <div className="flex items-center justify-end gap-2 pt-1">
        <button
          type="button"
          data-testid="hours-clear"
          disabled={pending !== null}
          onClick={() => void send('clear')}
          className="mr-auto whitespace-nowrap rounded-lg px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 disabled:opacity-60"
          title="No working hours: take new conversations whenever online"
        >
          {pending === 'clear' ? 'Clearing…' : 'Clear (whenever online)'}
        </button>
        <FormButtons testId="hours-save" label="Save" busyLabel="Saving…" busy={pending === 'save'} disabled={pending !== null} onCancel={onDone} />
      </div>
    </form>
  );
}
