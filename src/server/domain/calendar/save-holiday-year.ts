import "server-only";
import { dateValue } from "@/lib/calendar/calendar-date";
import type { SaveHolidayYearInput } from "@/lib/calendar/holiday-year.schema";
import type { Db } from "@/server/db";
import { recordAudit } from "../audit/record-audit";

/**
 * Enters (or corrects) a year's 节假日安排; from then on it replaces the package's data for that
 * year. Periods already computed keep their stored end dates: a 公示 that was announced with an end
 * date is not moved by a later correction. The audit entry keeps both versions.
 */
export async function saveHolidayYear(db: Db, actorId: string, input: SaveHolidayYearInput) {
  const holidays = [...input.holidays].sort();
  const workdays = [...input.workdays].sort();
  return db.$transaction(async (tx) => {
    const before = await tx.holidayYear.findUnique({ where: { year: input.year } });
    const data = { holidays: holidays.map(dateValue), workdays: workdays.map(dateValue), enteredById: actorId };
    await tx.holidayYear.upsert({ where: { year: input.year }, create: { year: input.year, ...data }, update: data });
    await recordAudit(tx, {
      actorId,
      action: before ? "holiday-year.update" : "holiday-year.create",
      entityType: "HolidayYear",
      entityId: String(input.year),
      detail: {
        holidays,
        workdays,
        ...(before
          ? {
              before: {
                holidays: before.holidays.map((d) => d.toISOString().slice(0, 10)),
                workdays: before.workdays.map((d) => d.toISOString().slice(0, 10)),
              },
            }
          : {}),
      },
    });
    return { year: input.year };
  });
}
