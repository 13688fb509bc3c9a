import { type CalendarDate, isWeekend, nextDate, yearOf } from "./calendar-date";

/**
 * One year's arrangement of public holidays (节假日) and 调休 working days, as the State Council
 * publishes it: a holiday is a day off even on a weekday, a 调休 day is a working Saturday or Sunday.
 */
export type YearArrangement = { holidays: ReadonlySet<CalendarDate>; workdays: ReadonlySet<CalendarDate> };

/** The arrangement of a year, or null when nobody knows it yet (the package lags, no admin entered it). */
export type WorkingCalendar = (year: number) => YearArrangement | null;

export function isWorkingDay(date: CalendarDate, arrangement: YearArrangement): boolean {
  if (arrangement.workdays.has(date)) return true;
  return !isWeekend(date) && !arrangement.holidays.has(date);
}

export type WorkingDaysResult = { ok: true; date: CalendarDate } | { ok: false; unknownYear: number };

/**
 * The n-th working day after `start` (the start day itself is not counted, as with any period
 * that begins on the day of an act). A day of a year without an arrangement is never guessed at:
 * treating an unknown 元旦 as a working day would end a 公示 early, so the count stops and says
 * which year is missing.
 */
export function addWorkingDays(start: CalendarDate, n: number, calendar: WorkingCalendar): WorkingDaysResult {
  let date = start;
  let counted = 0;
  while (counted < n) {
    date = nextDate(date);
    const arrangement = calendar(yearOf(date));
    if (!arrangement) return { ok: false, unknownYear: yearOf(date) };
    if (isWorkingDay(date, arrangement)) counted += 1;
  }
  return { ok: true, date };
}
