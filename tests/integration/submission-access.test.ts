import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { progressRouter } from "@/server/api/routers/progress";
import { submissionRouter } from "@/server/api/routers/submission";
import { callerFor, grant, makeAdmin, makeOrg, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 数据验证信息, 提交 and 进度跟踪 belong to the applicant alone. The table is the routers' own
 * procedure lists, so a procedure added later is swept without touching this file. Anyone else —
 * another applicant, the reviewers of every stage of the application's own organisations, an admin —
 * finds no such application; a signed-out visitor must sign in.
 */
const procedures = [
  ...Object.keys(submissionRouter._def.procedures).map((p) => `submission.${p}`),
  ...Object.keys(progressRouter._def.procedures).map((p) => `progress.${p}`),
];

type Caller = Awaited<ReturnType<typeof callerFor>>;

function call(caller: Caller, path: string, applicationId: string) {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)({ applicationId, promise: true });
}

async function errorCode(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : error;
}

const t = useTestDb(async (db) => {
  const { org, publisherId } = await makeOrgWithPublisher(db);
  const storage = testStorage();
  const draft = await completeDraft(db, storage, org, publisherId, "本人");
  const reviewer = async (name: string, role: Parameters<typeof grant>[2], scope: Parameters<typeof grant>[3]) => {
    const person = await makeUser(db, name);
    await grant(db, person.id, role, scope);
    return callerFor(db, person.id);
  };
  const other = await makeOrg(db);
  return {
    draft,
    others: {
      anotherApplicant: await callerFor(db, (await makeUser(db, "他人")).id),
      unitReviewer: await reviewer("本单位审核人", "UNIT_REVIEWER", { unitId: org.unit.id }),
      deptReviewer: await reviewer("主管部门审核人", "DEPT_REVIEWER", { departmentId: org.department.id }),
      committeeMember: await reviewer("评委", "COMMITTEE_MEMBER", { committeeId: org.committee.id }),
      otherUnitReviewer: await reviewer("他单位审核人", "UNIT_REVIEWER", { unitId: other.unit.id }),
      admin: (await makeAdmin(db)).admin,
    },
    signedOut: await callerFor(db, null),
  };
});

describe("who may use 数据验证信息, 提交 and 进度跟踪", () => {
  it("sweeps every procedure of the two routers", () => {
    expect(procedures).toEqual(expect.arrayContaining(["submission.validation", "submission.submit", "progress.mine"]));
  });

  it.each(procedures)(
    "nobody but the applicant finds the application through %s, before and after 提交",
    async (path) => {
      const { applicationId } = t.draft;
      for (const [who, caller] of Object.entries(t.others)) {
        expect(await errorCode(call(caller, path, applicationId)), who).toBe("NOT_FOUND");
      }
      expect(await errorCode(call(t.signedOut, path, applicationId))).toBe("UNAUTHORIZED");
    },
  );

  it("the applicant validates, submits and follows their own application; the others still find nothing", async () => {
    const { api, applicationId } = t.draft;
    expect((await api.submission.validation({ applicationId })).problems).toEqual([]);
    await api.submission.submit({ applicationId, promise: true });
    expect((await api.progress.mine({ applicationId })).application.stage).toBe("UNIT_REVIEW");
    for (const path of procedures) {
      for (const [who, caller] of Object.entries(t.others)) {
        expect(await errorCode(call(caller, path, applicationId)), `${who} ${path}`).toBe("NOT_FOUND");
      }
    }
    expect(await t.db.applicationSubmission.count({ where: { applicationId } })).toBe(1);
  });
});
