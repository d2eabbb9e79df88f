import { describe, expect, it } from 'vitest';
import { dayProblem, daysOfKey, describeHours, draftFromHours, hoursFromDraft } from './workingHours';

const berlin = { timezone: 'Europe/Berlin', 'mon-fri': '09:00-17:00', sat: '10:00-14:00', sun: 'closed' };

describe('daysOfKey', () => {
  it('reads single days, ranges, wrapping ranges and lists', () => {
    expect(daysOfKey('sat')).toEqual(['sat']);
    expect(daysOfKey('mon-wed')).toEqual(['mon', 'tue', 'wed']);
    expect(daysOfKey('fri-mon')).toEqual(['fri', 'sat', 'sun', 'mon']);
    expect(daysOfKey('Mon, wed')).toEqual(['mon', 'wed']);
    expect(daysOfKey('someday')).toEqual([]);
  });
});

describe('draftFromHours', () => {
  it('spreads keys over the week; closed and unmentioned days are blank', () => {
    const d = draftFromHours(berlin, 'UTC');
    expect(d.timezone).toBe('Europe/Berlin');
    expect(d.days).toEqual({ mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: '10:00-14:00', sun: '' });
  });

  it('joins a day named twice, and falls back to the default zone only without hours', () => {
    expect(draftFromHours({ 'mon-fri': '09:00-12:00', mon: '13:00-15:00' }, 'Asia/Tokyo')).toMatchObject({ timezone: 'UTC', days: { mon: '09:00-12:00, 13:00-15:00', tue: '09:00-12:00' } });
    expect(draftFromHours(null, 'Asia/Tokyo').timezone).toBe('Asia/Tokyo');
  });

  it('starts "whenever online" (no hours) from weekdays 09:00-17:00, a week that can be saved, not an all-closed one', () => {
    const weekdays = { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: '', sun: '' };
    for (const none of [null, undefined]) expect(draftFromHours(none, 'UTC').days).toEqual(weekdays);
    expect(hoursFromDraft(draftFromHours(null, 'Europe/Berlin'))).toEqual({ timezone: 'Europe/Berlin', 'mon-fri': '09:00-17:00', 'sat-sun': 'closed' });
  });
});

describe('hoursFromDraft', () => {
  it('groups consecutive equal days and names closed ones', () => {
    const d = draftFromHours(berlin, 'UTC');
    expect(hoursFromDraft(d)).toEqual(berlin);
    d.days.wed = ' 25:00-26:00 ';
    expect(hoursFromDraft(d)).toEqual({ timezone: 'Europe/Berlin', 'mon-tue': '09:00-17:00', wed: '25:00-26:00', 'thu-fri': '09:00-17:00', sat: '10:00-14:00', sun: 'closed' });
  });
});

describe('describeHours', () => {
  it('is compact, skips closed days, and says when there are no hours', () => {
    expect(describeHours(berlin)).toBe('Mon–Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Berlin)');
    expect(describeHours({ timezone: 'UTC', 'mon-sun': 'closed' })).toBe('Closed all week (UTC)');
    expect(describeHours(null)).toBe('Whenever online');
    expect(describeHours(undefined)).toBe('Whenever online');
  });
});

describe('dayProblem', () => {
  it('names what is wrong with one day, in words', () => {
    expect(dayProblem('09:00-17:00, 18:00-20:00')).toBeNull();
    expect(dayProblem('')).toBeNull();
    expect(dayProblem('09:00-24:00')).toBeNull();
    expect(dayProblem('09:00-25:00')).toBe('"25:00" is not a time of day (HH:MM, 00:00 to 24:00)');
    expect(dayProblem('9-17')).toBe('"9" is not a time of day (HH:MM, 00:00 to 24:00)');
    expect(dayProblem('09:00')).toBe('"09:00" is not a range: use HH:MM-HH:MM');
    expect(dayProblem('22:00-02:00')).toMatch(/ends before it starts/);
  });
});
