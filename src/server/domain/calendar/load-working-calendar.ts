import "server-only";
import { type CalendarDate, calendarDateOf } from "@/lib/calendar/calendar-date";
import { calendarMessages } from "@/lib/calendar/messages";
import { addWorkingDays, type WorkingCalendar, type YearArrangement } from "@/lib/calendar/working-days";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { packageArrangement } from "./package-calendar";

type CalendarReader = Pick<Tx, "holidayYear">;

/**
 * The working-day calendar: the years an admin entered (节假日安排) replace the package's data for
 * those years whole; the other years come from the package. Read once per operation, so one
 * publication counts every period with the same data.
 */
export async function loadWorkingCalendar(db: CalendarReader): Promise<WorkingCalendar> {
  const entered = await db.holidayYear.findMany({ select: { year: true, holidays: true, workdays: true } });
  const overrides = new Map<number, YearArrangement>(
    entered.map((y) => [
      y.year,
      { holidays: new Set(y.holidays.map(calendarDateOf)), workdays: new Set(y.workdays.map(calendarDateOf)) },
    ]),
  );
  return (year) => overrides.get(year) ?? packageArrangement(year);
}

/** The n-th working day after `start`, or a refusal naming the year whose arrangement is missing. */
export function workingDaysAfter(calendar: WorkingCalendar, start: CalendarDate, n: number): CalendarDate {
  const result = addWorkingDays(start, n, calendar);
  if (!result.ok) throw new AppError("BAD_REQUEST", calendarMessages.unknownYear(result.unknownYear));
  return result.date;
}
