import "server-only";
import { calendarDateOf, shanghaiDate, yearOf } from "@/lib/calendar/calendar-date";
import type { HolidayYearView } from "@/lib/calendar/holiday-year.schema";
import type { Db } from "@/server/db";
import { packageArrangement, packageYears } from "./package-calendar";

/**
 * The years that matter for periods being counted — last year, this year and later — plus every
 * year an admin entered, newest first, with where the data comes from. (The package goes back to
 * 2004; old years are of no use to a 公示 starting now.)
 */
export async function listHolidayYears(db: Db, now = new Date()): Promise<HolidayYearView[]> {
  const from = yearOf(shanghaiDate(now)) - 1;
  const entered = await db.holidayYear.findMany({ include: { enteredBy: { select: { name: true } } } });
  const views = new Map<number, HolidayYearView>();
  for (const year of packageYears().filter((y) => y >= from)) {
    const arrangement = packageArrangement(year);
    if (!arrangement) continue;
    views.set(year, {
      year,
      source: "PACKAGE",
      holidays: [...arrangement.holidays].sort(),
      workdays: [...arrangement.workdays].sort(),
      enteredByName: null,
      updatedAt: null,
    });
  }
  for (const y of entered)
    views.set(y.year, {
      year: y.year,
      source: "ENTERED",
      holidays: y.holidays.map(calendarDateOf),
      workdays: y.workdays.map(calendarDateOf),
      enteredByName: y.enteredBy.name,
      updatedAt: y.updatedAt,
    });
  return [...views.values()].sort((a, b) => b.year - a.year);
}
