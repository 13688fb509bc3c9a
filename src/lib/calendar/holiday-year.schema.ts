import { z } from "zod";
import { type CalendarDate, isCalendarDate, isWeekend, yearOf } from "./calendar-date";
import { calendarMessages as m } from "./messages";

const MAX_DATES = 60;

const dateList = z.array(z.string().max(10)).max(MAX_DATES, m.tooManyDates);

/**
 * A year's 节假日安排 as the admin enters it. Every date must be a real date of that year, listed
 * once and in one list only; a 调休 working day is a Saturday or Sunday (a weekday is a working day
 * anyway). Holidays may fall on weekends — the State Council's notice lists the whole break.
 */
export const saveHolidayYearSchema = z
  .object({
    year: z.number({ message: m.yearRequired }).int(m.yearRange).min(2000, m.yearRange).max(2100, m.yearRange),
    holidays: dateList.min(1, m.holidaysRequired),
    workdays: dateList,
  })
  .superRefine(({ year, holidays, workdays }, ctx) => {
    const seen = new Set<string>();
    /** What is wrong with one date of `list`, checked in order; null when nothing is. */
    const problem = (list: "holidays" | "workdays", value: string): string | null => {
      if (!isCalendarDate(value)) return m.dateInvalid(value);
      if (yearOf(value) !== year) return m.dateOutsideYear(value, year);
      if (seen.has(value))
        return (list === "workdays" ? holidays : workdays).includes(value) ? m.bothLists(value) : m.dateRepeated(value);
      seen.add(value);
      if (list === "workdays" && !isWeekend(value)) return m.workdayNotWeekend(value);
      return null;
    };
    const check = (list: "holidays" | "workdays", dates: string[]) => {
      for (const [index, value] of dates.entries()) {
        const message = problem(list, value);
        if (message) ctx.addIssue({ code: "custom", message, path: [list, index] });
      }
    };
    check("holidays", holidays);
    check("workdays", workdays);
  });

export type SaveHolidayYearInput = z.output<typeof saveHolidayYearSchema>;

/** What the 节假日安排 screen lists per year: whose data the calendar uses for it. */
export type HolidayYearView = {
  year: number;
  source: "PACKAGE" | "ENTERED";
  holidays: CalendarDate[];
  workdays: CalendarDate[];
  enteredByName: string | null;
  updatedAt: Date | null;
};

/** Dates typed one a line or separated by commas, spaces or 、. */
export function parseDateList(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
