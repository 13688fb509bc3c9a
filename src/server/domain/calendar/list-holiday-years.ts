import "server-only";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { HolidayYearView } from "@/lib/calendar/holiday-year.schema";
import type { Db } from "@/server/db";
import { packageArrangement, packageYears } from "./package-calendar";

/** Every year the calendar knows, newest first, with where its data comes from. */
export async function listHolidayYears(db: Db): Promise<HolidayYearView[]> {
  const entered = await db.holidayYear.findMany({ include: { enteredBy: { select: { name: true } } } });
  const views = new Map<number, HolidayYearView>();
  for (const year of packageYears()) {
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
