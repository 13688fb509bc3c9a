import { describe, expect, it } from "vitest";
import { loadWorkingCalendar, workingDaysAfter } from "@/server/domain/calendar/load-working-calendar";
import { callerFor, makeAdmin, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb((db) => makeAdmin(db));

const newYear2027 = { year: 2027, holidays: ["2027-01-01", "2027-01-02", "2027-01-03"], workdays: [] };

describe("节假日安排", () => {
  it("without an entered 2027, a period into 2027 is refused with a message naming the year", async () => {
    const calendar = await loadWorkingCalendar(t.db);
    expect(() => workingDaysAfter(calendar, "2026-12-28", 5)).toThrow(/2027年的节假日安排尚未录入/);
    expect(workingDaysAfter(calendar, "2026-09-30", 5)).toBe("2026-10-13");
  });

  it("an admin enters 2027: from then on 元旦 is a day off and the period ends on 2027-01-05; audited", async () => {
    expect(await t.admin.admin.calendar.save(newYear2027)).toEqual({ year: 2027 });
    const calendar = await loadWorkingCalendar(t.db);
    expect(workingDaysAfter(calendar, "2026-12-28", 5)).toBe("2027-01-05");

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "HolidayYear", entityId: "2027" } });
    expect(audit).toMatchObject({
      actorId: t.adminId,
      action: "holiday-year.create",
      detail: { holidays: newYear2027.holidays, workdays: [] },
    });
    const years = await t.admin.admin.calendar.years();
    expect(years.find((y) => y.year === 2027)).toMatchObject({ source: "ENTERED", holidays: newYear2027.holidays });
    expect(years.find((y) => y.year === 2026)).toMatchObject({ source: "PACKAGE" });
  });

  it("an entered year replaces the package's data for that year: a correction of 2026 wins", async () => {
    const package2026 = (await t.admin.admin.calendar.years()).find((y) => y.year === 2026);
    expect(package2026?.workdays).toContain("2026-10-10");
    // The admin enters 2026 without the 调休 Saturday 10-10 and with an extra day off on 10-09.
    await t.admin.admin.calendar.save({
      year: 2026,
      holidays: [...(package2026?.holidays ?? []), "2026-10-09"],
      workdays: (package2026?.workdays ?? []).filter((d) => d !== "2026-10-10"),
    });
    const calendar = await loadWorkingCalendar(t.db);
    // 10-08 Thu (1), 10-12 Mon (2) … 10-15 Thu (5).
    expect(workingDaysAfter(calendar, "2026-09-30", 5)).toBe("2026-10-15");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "HolidayYear", entityId: "2026" } });
    expect(audit.action).toBe("holiday-year.create");

    await t.admin.admin.calendar.save({ ...newYear2027, holidays: [...newYear2027.holidays, "2027-01-04"] });
    const updated = await t.db.auditLog.findFirstOrThrow({
      where: { entityType: "HolidayYear", entityId: "2027", action: "holiday-year.update" },
    });
    expect(updated.detail).toMatchObject({ before: { holidays: newYear2027.holidays } });
  });

  it("a date outside the year is refused at that date; only an admin may read or enter the calendar", async () => {
    expect(
      await refusal(t.admin.admin.calendar.save({ year: 2028, holidays: ["2027-12-31"], workdays: [] })),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { holidays: ["2027年12月31日不在2028年内"] } });
    const someone = await callerFor(t.db, (await makeUser(t.db, "普通用户")).id);
    expect(await refusal(someone.admin.calendar.save(newYear2027))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(someone.admin.calendar.years())).toMatchObject({ code: "FORBIDDEN" });
    const signedOut = await callerFor(t.db, null);
    expect(await refusal(signedOut.admin.calendar.years())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});
