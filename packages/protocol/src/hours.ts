/**
 * One day's opening hours as written: `closed` or `HH:MM-HH:MM` ranges separated by commas, the end up to
 * 24:00 and after the start. Shared by the server (site.json hours, agents' working hours) and the console's form, so
 * both accept and refuse the same entries with the same words.
 */
export type DayRanges = { ok: true; ranges: [number, number][] } | { ok: false; problem: string };

const TIME = /^(\d{1,2}):(\d{2})$/;

/** Minutes since midnight for "HH:MM" (00:00 to 24:00), else null. */
function minutesOf(t: string): number | null {
  const m = TIME.exec(t.trim());
  if (!m || Number(m[2]) > 59) return null;
  const total = Number(m[1]) * 60 + Number(m[2]);
  return total <= 24 * 60 ? total : null;
}

/** "09:00-12:00, 13:00-18:00" -> [[540, 720], [780, 1080]] (local minutes, `[start, end)`), or what is wrong, for people. */
export function parseDayRanges(value: string): DayRanges {
  const v = value.trim();
  if (!v) return { ok: false, problem: 'no hours given: use HH:MM-HH:MM or closed' };
  if (v.toLowerCase() === 'closed') return { ok: true, ranges: [] };
  const ranges: [number, number][] = [];
  for (const range of v.split(',')) {
    const [a, b, extra] = range.split('-');
    if (b === undefined || extra !== undefined) return { ok: false, problem: `"${range.trim()}" is not a range: use HH:MM-HH:MM` };
    const start = minutesOf(a!);
    const end = minutesOf(b);
    if (start === null) return { ok: false, problem: `"${a!.trim()}" is not a time of day (HH:MM, 00:00 to 24:00)` };
    if (end === null) return { ok: false, problem: `"${b.trim()}" is not a time of day (HH:MM, 00:00 to 24:00)` };
    if (end <= start) return { ok: false, problem: `"${range.trim()}" ends before it starts: split hours past midnight over two days` };
    ranges.push([start, end]);
  }
  return { ok: true, ranges };
}
