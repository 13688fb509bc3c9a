import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/datetime";
import { eligibleExperts } from "@/server/domain/committee/eligible-experts";
import { demoAccounts, demoCommittee, demoExperts, demoNotice, demoUnits } from "../../prisma/demo-data";
import { demoNoticeWindow, seedAppDatabase } from "../../prisma/seed";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();

describe("the demo committee", () => {
  it("has a 主任委员 and a pool large enough for a real draw, with 回避 to show; seeding twice changes nothing", async () => {
    await seedAppDatabase(t.db);
    await seedAppDatabase(t.db);
    const committee = await t.db.reviewCommittee.findUniqueOrThrow({ where: { name: demoCommittee.name } });
    const chair = demoAccounts.find((a) => a.role === "COMMITTEE_CHAIR");
    expect(chair).toMatchObject({ label: "评委会主任委员", mobile: "13800000007" });
    expect(
      await t.db.roleAssignment.count({
        where: { role: "COMMITTEE_CHAIR", committeeId: committee.id, user: { idCardNumber: chair?.idCardNumber } },
      }),
    ).toBe(1);
    expect(await t.db.expertProfile.count({ where: { committeeId: committee.id } })).toBe(demoExperts.length);
    expect(demoExperts.length).toBe(15);
    // The demo 评委会成员 is one of the experts.
    const member = demoAccounts.find((a) => a.role === "COMMITTEE_MEMBER");
    expect(demoExperts.map((e) => e.idCardNumber)).toContain(member?.idCardNumber);
    const drawable = await eligibleExperts(t.db, committee.id, new Date("2026-12-15T00:00:00Z"), {
      specialtySeries: null,
      specialties: [],
    });
    expect(drawable).toHaveLength(13);
    const firstUnit = await t.db.unit.findUniqueOrThrow({ where: { creditCode: demoUnits[0].creditCode } });
    expect(await t.db.expertProfile.count({ where: { workUnitId: firstUnit.id } })).toBe(3);
  });
});

describe("the demo notice", () => {
  it("opens at 09:00 yesterday and closes at 17:00 Beijing time sixty days on, whenever the seed runs", async () => {
    const window = demoNoticeWindow(new Date("2026-11-29T20:47:13Z"));
    expect(formatDateTime(window.startsAt)).toBe("2026年11月29日 09:00");
    expect(formatDateTime(window.endsAt)).toBe("2027年1月29日 17:00");
    await seedAppDatabase(t.db);
    const notice = await t.db.notice.findFirstOrThrow({ where: { title: demoNotice.title } });
    expect(formatDateTime(notice.endsAt)).toMatch(/ 17:00$/);
  });
});
