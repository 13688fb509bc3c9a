import { describe, expect, it } from "vitest";
import { shanghaiDate } from "@/lib/calendar/calendar-date";
import { saveHolidayYearSchema } from "@/lib/calendar/holiday-year.schema";
import { addWorkingDays, type WorkingCalendar, type YearArrangement } from "@/lib/calendar/working-days";
import { packageArrangement } from "@/server/domain/calendar/package-calendar";

/** The calendar exactly as the package knows it, without anything entered by an admin. */
const packageOnly: WorkingCalendar = (year) => packageArrangement(year);

const arrangement = (holidays: string[], workdays: string[] = []): YearArrangement => ({
  holidays: new Set(holidays),
  workdays: new Set(workdays),
});

describe("working days (the Chinese public-holiday and 调休 calendar)", () => {
  it("five working days after 2026-09-30 skip the whole 国庆 break and count the 调休 Saturday 10-10", () => {
    // 10-01…10-07 off, 10-08 Thu, 10-09 Fri, 10-10 Sat (调休 working day), 10-12 Mon, 10-13 Tue.
    expect(addWorkingDays("2026-09-30", 5, packageOnly)).toEqual({ ok: true, date: "2026-10-13" });
  });

  it("the start day is not counted, and a 调休 Sunday counts like a weekday", () => {
    // 2026-02-14 (Sat) and 2026-02-28 (Sat) are 调休 working days around 春节.
    expect(addWorkingDays("2026-02-13", 1, packageOnly)).toEqual({ ok: true, date: "2026-02-14" });
    expect(addWorkingDays("2026-02-27", 1, packageOnly)).toEqual({ ok: true, date: "2026-02-28" });
  });

  it("an ordinary week: Monday + 5 working days is the next Monday", () => {
    expect(addWorkingDays("2026-06-01", 5, packageOnly)).toEqual({ ok: true, date: "2026-06-08" });
  });

  it("a period reaching into a year the package does not know is refused, naming the year, not guessed", () => {
    expect(packageArrangement(2027)).toBeNull();
    expect(addWorkingDays("2026-12-28", 5, packageOnly)).toEqual({ ok: false, unknownYear: 2027 });
    // Within the known year the same calendar still answers.
    expect(addWorkingDays("2026-12-28", 3, packageOnly)).toEqual({ ok: true, date: "2026-12-31" });
  });

  it("an entered year replaces the package: 元旦 2027 is a day off, and an override of 2026 wins over the package", () => {
    const entered: WorkingCalendar = (year) =>
      year === 2027 ? arrangement(["2027-01-01", "2027-01-02", "2027-01-03"]) : packageArrangement(year);
    expect(addWorkingDays("2026-12-28", 5, entered)).toEqual({ ok: true, date: "2027-01-05" });

    const corrected: WorkingCalendar = (year) => (year === 2026 ? arrangement(["2026-06-02"]) : null);
    // The package has no holiday on 06-02; the entered year has, and 10-10 is no longer a 调休 day.
    expect(addWorkingDays("2026-06-01", 1, corrected)).toEqual({ ok: true, date: "2026-06-03" });
    expect(addWorkingDays("2026-10-09", 1, corrected)).toEqual({ ok: true, date: "2026-10-12" });
  });

  it("the date of an instant is taken in Beijing time", () => {
    expect(shanghaiDate(new Date("2026-09-30T17:00:00Z"))).toBe("2026-10-01");
    expect(shanghaiDate(new Date("2026-09-30T15:59:59Z"))).toBe("2026-09-30");
  });
});

describe("a year's arrangement as the admin enters it", () => {
  const valid = { year: 2027, holidays: ["2027-01-01", "2027-01-02", "2027-01-03"], workdays: [] };

  it("accepts a real arrangement", () => {
    expect(saveHolidayYearSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    [{ holidays: ["2027-02-30"] }, "「2027-02-30」不是有效日期，请按 2026-10-01 的格式填写"],
    [{ holidays: ["2026-12-31"] }, "2026年12月31日不在2027年内"],
    [{ holidays: ["2027-01-01", "2027-01-01"] }, "2027年1月1日重复填写"],
    [{ workdays: ["2027-01-01"] }, "2027年1月1日不能同时是节假日和调休工作日"],
    [{ workdays: ["2027-01-04"] }, "2027年1月4日不是周六或周日，无需列为调休工作日"],
    [{ holidays: [] }, "请至少填写一个节假日（每年都有元旦）"],
  ])("refuses %j with a Chinese message", (change, message) => {
    const result = saveHolidayYearSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
