import "server-only";
import data from "chinese-days/dist/chinese-days.json";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import type { YearArrangement } from "@/lib/calendar/working-days";

/**
 * The `chinese-days` package's holidays and 调休 working days by year. A year counts as known to
 * the package when it lists any holiday in it (every year has 元旦): the package answers "working
 * day" for every weekday of a year it has no data for, which is exactly the error to refuse.
 */
const byYear = new Map<number, { holidays: Set<CalendarDate>; workdays: Set<CalendarDate> }>();
const entry = (year: number) => {
  let arrangement = byYear.get(year);
  if (!arrangement) {
    arrangement = { holidays: new Set(), workdays: new Set() };
    byYear.set(year, arrangement);
  }
  return arrangement;
};
for (const date of Object.keys(data.holidays)) entry(Number(date.slice(0, 4))).holidays.add(date);
for (const date of Object.keys(data.workdays)) {
  const year = Number(date.slice(0, 4));
  if (byYear.has(year)) entry(year).workdays.add(date);
}

export function packageArrangement(year: number): YearArrangement | null {
  return byYear.get(year) ?? null;
}

export const packageYears = (): number[] => [...byYear.keys()].sort((a, b) => a - b);
