/**
 * The human team's opening hours from site.json (`{ "timezone": "CET", "mon-fri": "09:00-18:00", "sun": "closed" }`), pure.
 * Keys are a day, a day range or a comma list (`mon-fri`, `sat`, `mon,wed`); values are `closed` or one or more
 * `HH:MM-HH:MM` ranges separated by commas (end may be 24:00). Days not mentioned are closed. The clock is an input.
 */
import { parseDayRanges } from '@baton/protocol';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MINUTE = 60_000;

export interface SupportHours {
  timezone: string;
  /** Per weekday (0 = Sunday), open ranges in local minutes since midnight, `[start, end)`, sorted. */
  week: [number, number][][];
  /** The hours as written, for people: "mon-fri 09:00-18:00, sat 10:00-14:00, sun closed (CET)". */
  text: string;
}

function dayIndex(name: string): number {
  const i = DAYS.indexOf(name.trim().toLowerCase() as (typeof DAYS)[number]);
  if (i < 0) throw new Error(`unknown day "${name}" (use mon, tue, wed, thu, fri, sat, sun)`);
  return i;
}

function daysOf(key: string): number[] {
  const out: number[] = [];
  for (const part of key.split(',')) {
    const [a, b] = part.split('-');
    if (b === undefined) out.push(dayIndex(a!));
    else {
      // "fri-mon" wraps over the weekend
      for (let d = dayIndex(a!), end = dayIndex(b); ; d = (d + 1) % 7) {
        out.push(d);
        if (d === end) break;
      }
    }
  }
  return out;
}

/**
 * Every bad entry, each as its own message naming it (a bad time zone, day name or hours): site.json reports them
 * all in one go instead of one per start.
 */
export function supportHoursProblems(raw: Record<string, string>): string[] {
  const problems: string[] = [];
  const timezone = raw.timezone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    problems.push(`unknown timezone "${timezone}"`);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'timezone') continue;
    try {
      daysOf(key);
    } catch (e) {
      problems.push((e as Error).message);
    }
    const day = parseDayRanges(value);
    if (!day.ok) problems.push(`${key.trim()}: ${day.problem}`);
  }
  return problems;
}

/** Throws with a message naming the first bad entry. */
export function parseSupportHours(raw: Record<string, string>): SupportHours {
  const [problem] = supportHoursProblems(raw);
  if (problem !== undefined) throw new Error(problem);
  const timezone = raw.timezone ?? 'UTC';
  const week: [number, number][][] = DAYS.map(() => []);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'timezone') continue;
    const day = parseDayRanges(value);
    const ranges = day.ok ? day.ranges : [];
    for (const d of daysOf(key)) week[d] = [...week[d]!, ...ranges].sort((x, y) => x[0] - y[0]);
    parts.push(`${key} ${value}`);
  }
  return { timezone, week, text: `${parts.join(', ')} (${timezone})` };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; the domain reads no Date). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Local weekday, minute of day, and the zone's offset (ms) at epoch `t`. */
function local(timeZone: string, t: number): { day: number; minute: number; offsetMs: number } {
  const p: Record<string, string> = {};
  for (const x of formatter(timeZone).formatToParts(t)) p[x.type] = x.value;
  const hour = Number(p.hour) % 24;
  const wall = (daysFromCivil(Number(p.year), Number(p.month), Number(p.day)) * 1440 + hour * 60 + Number(p.minute)) * MINUTE + Number(p.second) * 1000;
  return { day: dayIndex(p.weekday!.slice(0, 3)), minute: hour * 60 + Number(p.minute), offsetMs: wall - Math.floor(t / 1000) * 1000 };
}

export function isOpenAt(h: SupportHours, t: number): boolean {
  const { day, minute } = local(h.timezone, t);
  return h.week[day]!.some(([s, e]) => s <= minute && minute < e);
}

/** The next opening at or after `t` (epoch ms), or null when the week has no open hours. */
export function nextOpening(h: SupportHours, t: number): number | null {
  if (isOpenAt(h, t)) return t;
  const now = local(h.timezone, t);
  const startOfMinute = t - (t % MINUTE);
  for (let d = 0; d <= 7; d++) {
    const day = (now.day + d) % 7;
    const start = h.week[day]!.find(([s]) => d > 0 || s > now.minute)?.[0];
    if (start === undefined) continue;
    const guess = startOfMinute + (d * 1440 + start - now.minute) * MINUTE;
    // Across a DST change the wall clock moved: shift by the difference in offsets.
    return guess - (local(h.timezone, guess).offsetMs - now.offsetMs);
  }
  return null;
}

/** The first moment at or after `t` that is outside the hours; null when they never close. */
export function nextClosing(h: SupportHours, t: number): number | null {
  if (!isOpenAt(h, t)) return t;
  const now = local(h.timezone, t);
  const startOfMinute = t - (t % MINUTE);
  let day = now.day;
  let minute = now.minute;
  let ahead = 0;
  // Follow adjoining ranges, also across midnight ("24:00" then "00:00"), for at most a week.
  for (let steps = 0; steps < 7 * 48; steps++) {
    const range = h.week[day]!.find(([s, e]) => s <= minute && minute < e);
    if (!range) {
      const guess = startOfMinute + ahead * MINUTE;
      return guess - (local(h.timezone, guess).offsetMs - now.offsetMs);
    }
    ahead += range[1] - minute;
    minute = range[1];
    if (minute >= 1440) {
      day = (day + 1) % 7;
      minute = 0;
    }
  }
  return null;
}

/** The open intervals `[start, end)` (epoch ms) that overlap `[from, to)`, clipped to it: an agent's shifts. */
export function openIntervals(h: SupportHours, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let t: number | null = nextOpening(h, from); t !== null && t < to; ) {
    const end = nextClosing(h, t);
    out.push([t, end === null ? to : Math.min(end, to)]);
    if (end === null || end >= to) break;
    t = nextOpening(h, end);
  }
  return out;
}
