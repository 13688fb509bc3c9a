import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createCallerFactory, createTRPCRouter, reviewerProcedure } from "@/server/api/trpc";
import { loadSessionUser } from "@/server/auth/session-user";
import { startDraft } from "../helpers/application-form";
import { grant, makeOrg, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/** A router as the review issue will write one: each procedure reads the application from its context. */
const router = createTRPCRouter({
  unit: reviewerProcedure("UNIT_REVIEW").query(({ ctx }) => ctx.application),
  dept: reviewerProcedure("DEPT_REVIEW").query(({ ctx }) => ctx.application),
  committee: reviewerProcedure("COMMITTEE_REVIEW").query(({ ctx }) => ctx.application),
  pass: reviewerProcedure("UNIT_REVIEW")
    .input(z.object({ opinion: z.string() }))
    .mutation(({ ctx, input }) => ({ applicationId: ctx.application.id, opinion: input.opinion })),
});
const createCaller = createCallerFactory(router);

const t = useTestDb(async (db) => ({ ...(await makeOrgWithPublisher(db)), elsewhere: await makeOrg(db) }));

async function callerAs(userId: string) {
  return createCaller({ db: t.db, storage: testStorage(), user: await loadSessionUser(t.db, userId) });
}

async function reviewer(name: string, role: Parameters<typeof grant>[2], scope: Parameters<typeof grant>[3]) {
  const person = await makeUser(t.db, name);
  await grant(t.db, person.id, role, scope);
  return callerAs(person.id);
}

async function submitted() {
  const draft = await startDraft(t.db, t.org, t.publisherId);
  await t.db.application.update({
    where: { id: draft.applicationId },
    data: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
  });
  return draft;
}

describe("a reviewer procedure loads the application through the reviewer's scope", () => {
  it("the reviewer of the application's unit finds it in the context", async () => {
    const { applicationId, person } = await submitted();
    const api = await reviewer("本单位审核人", "UNIT_REVIEWER", { unitId: t.org.unit.id });
    expect(await api.unit({ applicationId })).toMatchObject({
      id: applicationId,
      applicantId: person.id,
      unitId: t.org.unit.id,
      status: "SUBMITTED",
    });
    expect(await api.pass({ applicationId, opinion: "同意推荐" })).toEqual({ applicationId, opinion: "同意推荐" });
  });

  it("each stage reaches it through its own organisation: the unit's department; not a committee member off any panel", async () => {
    const { applicationId } = await submitted();
    const dept = await reviewer("主管部门审核人", "DEPT_REVIEWER", { departmentId: t.org.department.id });
    // At 评委会评审 the 主任委员 reads every application of the committee; an expert, only what a
    // meeting puts before them (committee-meetings.test.ts).
    // 评委会评审 is decided by meetings, not by a reviewer procedure: a committee member reads
    // an application only from a meeting's panel (committee-meetings.test.ts).
    const member = await reviewer("评委", "COMMITTEE_MEMBER", { committeeId: t.org.committee.id });
    // Once it has reached their stage: the committee's is the last.
    expect(await refusal(dept.dept({ applicationId }))).toMatchObject({ code: "NOT_FOUND" });
    await t.db.application.update({ where: { id: applicationId }, data: { stage: "COMMITTEE_REVIEW" } });
    expect(await dept.dept({ applicationId })).toMatchObject({ id: applicationId });
    expect(await refusal(member.committee({ applicationId }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a reviewer of another organisation gets NOT_FOUND, as for an id that does not exist", async () => {
    const { applicationId } = await submitted();
    const unit = await reviewer("他单位审核人", "UNIT_REVIEWER", { unitId: t.elsewhere.unit.id });
    const dept = await reviewer("他部门审核人", "DEPT_REVIEWER", { departmentId: t.elsewhere.department.id });
    const committee = await reviewer("他评委会评委", "COMMITTEE_MEMBER", { committeeId: t.elsewhere.committee.id });
    const own = await reviewer("本单位审核人", "UNIT_REVIEWER", { unitId: t.org.unit.id });
    const notFound = { code: "NOT_FOUND", message: "申报记录不存在" };
    expect(await refusal(unit.unit({ applicationId }))).toMatchObject(notFound);
    expect(await refusal(dept.dept({ applicationId }))).toMatchObject(notFound);
    expect(await refusal(committee.committee({ applicationId }))).toMatchObject(notFound);
    expect(await refusal(own.unit({ applicationId: randomUUID() }))).toMatchObject(notFound);
  });

  it("a draft is not found, even by its own unit's reviewer", async () => {
    const { applicationId } = await startDraft(t.db, t.org, t.publisherId);
    const api = await reviewer("本单位审核人", "UNIT_REVIEWER", { unitId: t.org.unit.id });
    expect(await refusal(api.unit({ applicationId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(api.pass({ applicationId, opinion: "同意" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("someone without the stage's role is refused before any application is looked up", async () => {
    const { applicationId, person } = await submitted();
    const applicant = await callerAs(person.id);
    const dept = await reviewer("主管部门审核人", "DEPT_REVIEWER", { departmentId: t.org.department.id });
    expect(await refusal(applicant.unit({ applicationId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(dept.unit({ applicationId }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
