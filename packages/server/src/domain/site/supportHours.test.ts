import { describe, expect, it } from 'vitest';
import { isOpenAt, nextClosing, nextOpening, openIntervals, parseSupportHours } from './supportHours.js';

const demo = parseSupportHours({ timezone: 'CET', 'mon-fri': '09:00-18:00', sat: '10:00-14:00', sun: 'closed' });
const at = (iso: string) => Date.parse(iso);

describe('support hours', () => {
  it('parses day ranges, single days, lists and closed days', () => {
    expect(demo.week[1]).toEqual([[540, 1080]]);
    expect(demo.week[5]).toEqual([[540, 1080]]);
    expect(demo.week[6]).toEqual([[600, 840]]);
    expect(demo.week[0]).toEqual([]);
    expect(demo.text).toBe('mon-fri 09:00-18:00, sat 10:00-14:00, sun closed (CET)');
    const h = parseSupportHours({ timezone: 'UTC', 'mon,wed': '08:00-12:00,13:00-17:00', 'fri-sun': '10:00-24:00' });
    expect(h.week[3]).toEqual([[480, 720], [780, 1020]]);
    expect(h.week[0]).toEqual([[600, 1440]]);
    expect(h.week[2]).toEqual([]);
  });

  it('rejects bad entries with a message naming them', () => {
    expect(() => parseSupportHours({ timezone: 'Mars/Olympus' })).toThrow(/timezone "Mars\/Olympus"/);
    expect(() => parseSupportHours({ mon: '9-17' })).toThrow('mon: "9" is not a time of day (HH:MM, 00:00 to 24:00)');
    // The console's form checks each day with the same parser (protocol parseDayRanges): a third part is no range.
    expect(() => parseSupportHours({ 'mon-fri': '09:00-12:00-15:00' })).toThrow('mon-fri: "09:00-12:00-15:00" is not a range: use HH:MM-HH:MM');
    expect(() => parseSupportHours({ sat: ' ' })).toThrow('sat: no hours given: use HH:MM-HH:MM or closed');
    expect(() => parseSupportHours({ funday: '09:00-17:00' })).toThrow(/unknown day "funday"/);
    expect(() => parseSupportHours({ mon: '22:00-02:00' })).toThrow('mon: "22:00-02:00" ends before it starts: split hours past midnight over two days');
  });

  it('is open inside the local hours (CET is UTC+1 in winter, UTC+2 in summer)', () => {
    expect(isOpenAt(demo, at('2026-11-23T08:00:00Z'))).toBe(true); // Mon 09:00 CET
    expect(isOpenAt(demo, at('2026-11-23T07:59:00Z'))).toBe(false);
    expect(isOpenAt(demo, at('2026-11-23T17:00:00Z'))).toBe(false); // 18:00 is closing time
    expect(isOpenAt(demo, at('2026-07-06T07:30:00Z'))).toBe(true); // Mon 09:30 CEST
    expect(isOpenAt(demo, at('2026-11-22T12:00:00Z'))).toBe(false); // Sunday
  });

  it('finds the next opening, across the weekend and a DST change', () => {
    expect(nextOpening(demo, at('2026-11-23T10:00:00Z'))).toBe(at('2026-11-23T10:00:00Z')); // open now
    expect(new Date(nextOpening(demo, at('2026-11-22T04:30:00Z'))!).toISOString()).toBe('2026-11-23T08:00:00.000Z'); // Sun → Mon 09:00
    expect(new Date(nextOpening(demo, at('2026-11-21T14:00:00Z'))!).toISOString()).toBe('2026-11-23T08:00:00.000Z'); // Sat after close
    expect(new Date(nextOpening(demo, at('2026-11-24T05:00:00Z'))!).toISOString()).toBe('2026-11-24T08:00:00.000Z'); // Tue early
    // Saturday 28 March 2026 after closing; clocks go forward on Sunday 29 March: Monday 09:00 is 07:00Z.
    expect(new Date(nextOpening(demo, at('2026-03-28T15:00:00Z'))!).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(nextOpening(parseSupportHours({ timezone: 'UTC' }), 0)).toBeNull();
  });

  it('finds the next closing and lists the open intervals of a window (an agent\'s shifts)', () => {
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    expect(iso(nextClosing(demo, at('2026-11-23T10:00:00Z')))).toBe('2026-11-23T17:00:00.000Z'); // Mon, closes 18:00 CET
    expect(nextClosing(demo, at('2026-11-22T10:00:00Z'))).toBe(at('2026-11-22T10:00:00Z')); // closed now
    // Adjoining ranges and midnight are one stretch; never closing is null.
    const night = parseSupportHours({ timezone: 'UTC', mon: '20:00-24:00', tue: '00:00-06:00,06:00-08:00' });
    expect(iso(nextClosing(night, at('2026-11-23T21:00:00Z')))).toBe('2026-11-24T08:00:00.000Z');
    expect(nextClosing(parseSupportHours({ timezone: 'UTC', 'mon-sun': '00:00-24:00' }), 0)).toBeNull();
    const week = openIntervals(demo, at('2026-11-21T00:00:00Z'), at('2026-11-25T12:00:00Z')).map(([s, e]) => [iso(s), iso(e)]);
    expect(week).toEqual([
      ['2026-11-21T09:00:00.000Z', '2026-11-21T13:00:00.000Z'], // Saturday 10–14 CET
      ['2026-11-23T08:00:00.000Z', '2026-11-23T17:00:00.000Z'],
      ['2026-11-24T08:00:00.000Z', '2026-11-24T17:00:00.000Z'],
      ['2026-11-25T08:00:00.000Z', '2026-11-25T12:00:00.000Z'],
    ]);
  });
});
