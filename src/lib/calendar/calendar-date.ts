import { TIME_ZONE } from "@/lib/datetime";

/** A calendar date in Asia/Shanghai as `YYYY-MM-DD`: what working days are counted in. */
export type CalendarDate = string;

const isoDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Shanghai calendar date of an instant (a publication at 01:00 Beijing time is that day, not the UTC day before). */
export function shanghaiDate(at: Date): CalendarDate {
  return isoDate.format(at);
}

/** The date as a UTC-midnight Date, the form a PostgreSQL `date` column takes through Prisma. */
export function dateValue(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A `date` column's value back as a calendar date. */
export function calendarDateOf(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

export function nextDate(date: CalendarDate): CalendarDate {
  return calendarDateOf(new Date(dateValue(date).getTime() + 86_400_000));
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return dateValue(date).getUTCDay();
}

export const isWeekend = (date: CalendarDate) => weekdayOf(date) === 0 || weekdayOf(date) === 6;

/** Whether `value` is a real date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(dateValue(value).getTime()) &&
    calendarDateOf(dateValue(value)) === value
  );
}
