/**
 * An agent's working hours between the server's format (site.json humanSupportHours: `{ timezone, "mon-fri":
 * "09:00-17:00", "sun": "closed" }`) and the console's form: one row per weekday, each ranges as typed or closed.
 * Each day is checked here with the server's own parser (`parseDayRanges`), so the form names the day at fault.
 */
import { parseDayRanges } from '@baton/protocol';

export type WorkingHours = Record<string, string>;

export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof WEEK)[number];

export const DAY_LABELS: Record<Day, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export interface HoursDraft {
  timezone: string;
  /** Per day: ranges as typed ("09:00-17:00", "09:00-12:00, 13:00-17:00"); '' is closed. */
  days: Record<Day, string>;
}

const CLOSED = 'closed';

function isDay(name: string): name is Day {
  return (WEEK as readonly string[]).includes(name);
}

/** The days a key names: "sat", "mon-fri", "fri-mon" (wraps), "mon,wed". Unknown names name nothing. */
export function daysOfKey(key: string): Day[] {
  const out: Day[] = [];
  for (const part of key.toLowerCase().split(',')) {
    const [a = '', b] = part.split('-').map((s) => s.trim());
    if (!isDay(a) || (b !== undefined && !isDay(b))) continue;
    const start = WEEK.indexOf(a);
    const end = b === undefined ? start : WEEK.indexOf(b);
    for (let i = start; ; i = (i + 1) % 7) {
      out.push(WEEK[i]!);
      if (i === end) break;
    }
  }
  return out;
}

const emptyWeek = (): Record<Day, string> => ({ mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' });

/** Where the form starts from "whenever online": an all-closed week is one the server refuses to save. */
export const DEFAULT_DAYS: Readonly<Record<Day, string>> = { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: '', sun: '' };

/** The form's rows for stored hours (without a timezone the server reads UTC); with none, DEFAULT_DAYS in `defaultTimezone`. */
export function draftFromHours(hours: WorkingHours | null | undefined, defaultTimezone: string): HoursDraft {
  if (!hours) return { timezone: defaultTimezone, days: { ...DEFAULT_DAYS } };
  const days = emptyWeek();
  for (const [key, value] of Object.entries(hours)) {
    if (key === 'timezone' || value.trim().toLowerCase() === CLOSED) continue;
    // A day named by two keys is open in both (the server merges them too).
    for (const d of daysOfKey(key)) days[d] = days[d] ? `${days[d]}, ${value.trim()}` : value.trim();
  }
  return { timezone: hours.timezone ?? 'UTC', days };
}

/** Runs of consecutive days (Mon → Sun) with the same value: [first, last, value]. */
function runs(days: Record<Day, string>): [Day, Day, string][] {
  const out: [Day, Day, string][] = [];
  for (const d of WEEK) {
    const last = out[out.length - 1];
    if (last && last[2] === days[d]) last[1] = d;
    else out.push([d, d, days[d]]);
  }
  return out;
}

/** What `hours:set` takes: consecutive days with the same hours share a key ("mon-fri"); closed days say so. */
export function hoursFromDraft(draft: HoursDraft): WorkingHours {
  const trimmed = emptyWeek();
  for (const d of WEEK) trimmed[d] = draft.days[d].trim();
  const hours: WorkingHours = { timezone: draft.timezone.trim() };
  for (const [first, last, value] of runs(trimmed)) hours[first === last ? first : `${first}-${last}`] = value || CLOSED;
  return hours;
}

/** For the header: "Mon–Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Berlin)", or "Whenever online". */
export function describeHours(hours: WorkingHours | null | undefined): string {
  if (!hours) return 'Whenever online';
  const draft = draftFromHours(hours, 'UTC');
  const open = runs(draft.days)
    .filter(([, , value]) => value)
    .map(([first, last, value]) => `${first === last ? DAY_LABELS[first] : `${DAY_LABELS[first]}–${DAY_LABELS[last]}`} ${value}`);
  return `${open.length ? open.join(', ') : 'Closed all week'} (${draft.timezone})`;
}

/** The browser's time zone, the form's default. */
export function browserTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The protocol's limit on each value (`hours:set` rejects longer ones). */
export const HOURS_VALUE_MAX = 200;

/** "9:00-25:00": what is wrong with one day's entry, said for people, or null when it reads (the server checks again). */
export function dayProblem(value: string): string | null {
  if (!value.trim()) return null; // an empty day is a closed one in the form
  const day = parseDayRanges(value);
  return day.ok ? null : day.problem;
}
