import { describe, expect, it } from "vitest";
import { addExpert, makeCommitteeWorld } from "../helpers/committee";
import { callerFor, grant, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeCommitteeWorld);

const expertFields = {
  specialtySeries: "ENGINEERING" as const,
  specialty: "机械工程",
  currentTitle: "正高级工程师",
  workUnitId: "",
  workUnitName: "吉林大学",
  termStart: "2026-01-01",
  termEnd: "2028-12-31",
};

async function member(name = "评委会成员") {
  const person = await makeUser(t.db, name);
  await grant(t.db, person.id, "COMMITTEE_MEMBER", { committeeId: t.org.committee.id });
  return person;
}

describe("评审专家库: who keeps it", () => {
  it("the chair adds a member of the committee as an expert, with specialty, title, work unit and term", async () => {
    const person = await member("钱伟");
    const expert = await t.chair.api.committee.pool.create({
      committeeId: t.org.committee.id,
      userId: person.id,
      ...expertFields,
      workUnitId: t.org.unit.id,
    });
    expect(expert).toMatchObject({
      name: "钱伟",
      specialty: "机械工程",
      termStart: "2026-01-01",
      termEnd: "2028-12-31",
      workUnitId: t.org.unit.id,
      // A picked unit names the work unit, whatever was typed.
      workUnitName: t.org.unit.name,
      active: true,
      isMember: true,
    });
    const pool = await t.chair.api.committee.pool.list({ committeeId: t.org.committee.id });
    expect(pool.experts.map((e) => e.id)).toContain(expert.id);
    const audit = await t.db.auditLog.findFirst({ where: { entityId: expert.id, action: "expert.create" } });
    expect(audit?.actorId).toBe(t.chair.id);
  });

  it("the admin keeps every committee's pool; a chair only their own", async () => {
    const person = await member();
    const input = { committeeId: t.org.committee.id, userId: person.id, ...expertFields };
    expect(await refusal(t.otherChair.api.committee.pool.create(input))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(t.otherChair.api.committee.pool.list({ committeeId: t.org.committee.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const expert = await t.admin.admin.committee.pool.create(input);
    expect(expert.name).toBe(person.name);
    const committees = await t.otherChair.api.committee.pool.committees();
    expect(committees.map((c) => c.id)).toEqual([t.other.committee.id]);
    const all = await t.admin.admin.committee.pool.committees();
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([t.org.committee.id, t.other.committee.id]));
  });

  it("only someone holding 评委会成员 of that committee can become its expert, once", async () => {
    const outsider = await makeUser(t.db, "非成员");
    const base = { committeeId: t.org.committee.id, ...expertFields };
    expect(await refusal(t.chair.api.committee.pool.create({ ...base, userId: outsider.id }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "该人员不是本评委会成员，请先在角色管理中授予“评委会成员”角色",
    });
    const person = await member();
    const candidates = await t.chair.api.committee.pool.candidates({ committeeId: t.org.committee.id });
    expect(candidates.map((c) => c.userId)).toContain(person.id);
    await t.chair.api.committee.pool.create({ ...base, userId: person.id });
    expect(await refusal(t.chair.api.committee.pool.create({ ...base, userId: person.id }))).toMatchObject({
      code: "CONFLICT",
      message: "该人员已在本评委会专家库中",
    });
    const after = await t.chair.api.committee.pool.candidates({ committeeId: t.org.committee.id });
    expect(after.map((c) => c.userId)).not.toContain(person.id);
  });

  it("a term must not end before it starts, and a work unit is picked or typed", async () => {
    const person = await member();
    const base = { committeeId: t.org.committee.id, userId: person.id, ...expertFields };
    expect(
      (await refusal(t.chair.api.committee.pool.create({ ...base, termStart: "2027-01-01", termEnd: "2026-12-31" })))
        .fieldErrors,
    ).toMatchObject({ termEnd: ["聘期结束日期不能早于开始日期"] });
    expect(
      (await refusal(t.chair.api.committee.pool.create({ ...base, workUnitId: "", workUnitName: "" }))).fieldErrors,
    ).toMatchObject({ workUnitName: ["请选择或填写工作单位"] });
  });

  it("the chair edits an expert and deactivates them; the audit log records both", async () => {
    const expert = await addExpert(t.db, t.org);
    const edited = await t.chair.api.committee.pool.update({
      expertId: expert.id,
      ...expertFields,
      specialty: "电子信息",
      termEnd: "2029-06-30",
    });
    expect(edited).toMatchObject({ specialty: "电子信息", termEnd: "2029-06-30", workUnitName: "吉林大学" });
    const off = await t.chair.api.committee.pool.setActive({ expertId: expert.id, active: false });
    expect(off.active).toBe(false);
    const actions = await t.db.auditLog.findMany({ where: { entityId: expert.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["expert.deactivate", "expert.update"]);
    expect(
      await refusal(t.otherChair.api.committee.pool.setActive({ expertId: expert.id, active: true })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("an expert whose 评委会成员 role was revoked shows as no longer a member", async () => {
    const expert = await addExpert(t.db, t.org);
    await t.db.roleAssignment.updateMany({ where: { userId: expert.userId }, data: { revokedAt: new Date() } });
    const pool = await t.chair.api.committee.pool.list({ committeeId: t.org.committee.id });
    expect(pool.experts.find((e) => e.id === expert.id)?.isMember).toBe(false);
  });

  it("applicants, reviewers of the earlier stages and plain members cannot touch the pool", async () => {
    const plain = await member("普通成员");
    const callers = [t.applicant.api, t.unitReviewer.api, t.deptReviewer.api, await callerFor(t.db, plain.id)];
    for (const api of callers) {
      expect(await refusal(api.committee.pool.list({ committeeId: t.org.committee.id }))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusal(api.committee.pool.committees())).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(api.committee.pool.units())).toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
