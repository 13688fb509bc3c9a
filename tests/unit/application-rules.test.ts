import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startApplicationSchema } from "@/server/domain/application/application.schema";
import { noticeWindowState } from "@/server/domain/notice/notice-window";

const window = { startsAt: new Date("2026-03-01T01:00:00Z"), endsAt: new Date("2026-03-31T09:00:00Z") };

describe("申报时间 [startsAt, endsAt)", () => {
  it("opens at the start instant", () => {
    expect(noticeWindowState(window, new Date("2026-03-01T00:59:59.999Z"))).toBe("NOT_STARTED");
    expect(noticeWindowState(window, new Date("2026-03-01T01:00:00Z"))).toBe("OPEN");
  });

  it("is closed from the deadline instant on", () => {
    expect(noticeWindowState(window, new Date("2026-03-31T08:59:59.999Z"))).toBe("OPEN");
    expect(noticeWindowState(window, new Date("2026-03-31T09:00:00Z"))).toBe("ENDED");
  });
});

describe("条件自检", () => {
  it("an application can be started only once the applicant confirms the conditions", () => {
    expect(startApplicationSchema.safeParse({ noticeId: randomUUID(), conditionsConfirmed: true }).success).toBe(true);
    for (const conditionsConfirmed of [false, undefined, "true"]) {
      const result = startApplicationSchema.safeParse({ noticeId: randomUUID(), conditionsConfirmed });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ["conditionsConfirmed"],
        message: "请先确认本人符合申报条件",
      });
    }
  });
});
