import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { loadSessionUser } from "@/server/auth/session-user";
import { openAttachment } from "@/server/domain/attachment/open-attachment";
import { AppError } from "@/server/errors";
import { serveBusinessForm } from "../../src/app/api/applications/[id]/business-forms/[kind]/serve-business-form";
import { callerFor, makeUser } from "../helpers/fixtures";
import { type Caller, makeReviewWorld, submittedApplication, versionOf } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { useTestDb } from "../helpers/use-test-db";

/**
 * Access narrows to the stage (SPEC §7): a reviewer reads an application — review.get, its files
 * (/api/files), its 业务表册 PDFs — only once it has reached their stage, and only for their own
 * unit / department / committee. A unit reviewer of another unit, a department reviewer before the
 * unit passed it (or after the unit returned or terminated it), a 主任委员 before the department
 * passed it: not found. At 评委会评审 a committee member who sits on no meeting's panel reads nothing
 * (what a panel reads: committee-meetings.test.ts). The applicant reads their own files and PDFs but is no reviewer.
 */
const storage = testStorage();

const t = useTestDb(async (db) => {
  const world = await makeReviewWorld(db);
  const submitted = (name: string) => submittedApplication(db, storage, world, name);
  const move = async (applicationId: string, step: (api: Caller, version: number) => Promise<unknown>, api: Caller) =>
    step(api, await versionOf(db, applicationId));

  const atUnit = await submitted("在单位");
  const atDept = await submitted("在部门");
  await move(
    atDept.applicationId,
    (api, version) => api.review.pass({ applicationId: atDept.applicationId, version }),
    world.unit.api,
  );
  const atCommittee = await submitted("在评委会");
  await move(
    atCommittee.applicationId,
    (api, version) => api.review.pass({ applicationId: atCommittee.applicationId, version }),
    world.unit.api,
  );
  await move(
    atCommittee.applicationId,
    (api, version) => api.review.pass({ applicationId: atCommittee.applicationId, version }),
    world.dept.api,
  );
  const terminatedAtUnit = await submitted("单位终止");
  await move(
    terminatedAtUnit.applicationId,
    (api, version) =>
      api.review.terminate({ applicationId: terminatedAtUnit.applicationId, version, reason: "不符合条件" }),
    world.unit.api,
  );
  const returnedByUnit = await submitted("单位退回");
  await move(
    returnedByUnit.applicationId,
    (api, version) =>
      api.review.return({
        applicationId: returnedByUnit.applicationId,
        version,
        opinion: "请修改",
        modules: ["papers"],
      }),
    world.unit.api,
  );
  const returnedByDept = await submitted("部门退回");
  await move(
    returnedByDept.applicationId,
    (api, version) => api.review.pass({ applicationId: returnedByDept.applicationId, version }),
    world.unit.api,
  );
  await move(
    returnedByDept.applicationId,
    (api, version) =>
      api.review.return({
        applicationId: returnedByDept.applicationId,
        version,
        opinion: "请修改",
        modules: ["papers"],
      }),
    world.dept.api,
  );
  const draft = await completeDraft(db, storage, world.org, world.publisherId, "草稿");
  const stranger = await makeUser(db, "路人");
  return {
    world,
    strangerId: stranger.id,
    stranger: await callerFor(db, stranger.id),
    applications: { atUnit, atDept, atCommittee, terminatedAtUnit, returnedByUnit, returnedByDept, draft },
  };
});

type ApplicationName = keyof typeof t.applications;
type ReaderName =
  | "applicant"
  | "stranger"
  | "unit"
  | "otherUnit"
  | "dept"
  | "otherDept"
  | "committee"
  | "otherCommittee"
  | "chair"
  | "otherChair"
  | "admin";

/** Who reads which application (besides its own applicant, who reads their own files and PDFs). */
const reviewerReads: Record<ApplicationName, ReaderName[]> = {
  atUnit: ["unit"],
  atDept: ["unit", "dept"],
  atCommittee: ["unit", "dept", "chair"],
  terminatedAtUnit: ["unit"],
  returnedByUnit: ["unit"],
  returnedByDept: ["unit", "dept"],
  draft: [],
};
/** Who may decide it now: the reviewers of the stage it is at, while submitted (committee rows come later). */
const deciders: Record<ApplicationName, ReaderName[]> = {
  atUnit: ["unit"],
  atDept: ["dept"],
  atCommittee: [],
  terminatedAtUnit: [],
  returnedByUnit: [],
  returnedByDept: [],
  draft: [],
};
const reviewerNames: ReaderName[] = [
  "unit",
  "otherUnit",
  "dept",
  "otherDept",
  "committee",
  "otherCommittee",
  "chair",
  "otherChair",
];
const readers: ReaderName[] = ["applicant", "stranger", ...reviewerNames, "admin"];
const applicationNames = Object.keys(reviewerReads) as ApplicationName[];

function readerOf(name: ReaderName, application: ApplicationName): { id: string; api: Caller } | null {
  const a = t.applications[application];
  if (name === "applicant") return { id: a.person.id, api: a.api };
  if (name === "stranger") return { id: t.strangerId, api: t.stranger };
  if (name === "admin") return null;
  return t.world[name];
}

/** The person behind a reader, as the file routes see them. */
async function userIdOf(name: ReaderName, application: ApplicationName): Promise<string> {
  if (name !== "admin") return readerOf(name, application)!.id;
  return (await t.db.roleAssignment.findFirstOrThrow({ where: { role: "ADMIN" } })).userId;
}

const apiOf = (name: ReaderName, application: ApplicationName) =>
  name === "admin" ? t.world.admin : readerOf(name, application)!.api;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => {
      if (e instanceof TRPCError || e instanceof AppError) return e.code;
      throw e;
    },
  );
}

const cases = applicationNames.flatMap((application) => readers.map((reader) => [application, reader] as const));

describe("review.get", () => {
  it.each(cases)("%s read by %s", async (application, reader) => {
    const { applicationId } = t.applications[application];
    const code = await codeOf(apiOf(reader, application).review.get({ applicationId }));
    const isReviewer = reviewerNames.includes(reader);
    expect(code).toBe(!isReviewer ? "FORBIDDEN" : reviewerReads[application].includes(reader) ? "OK" : "NOT_FOUND");
  });

  it("tells each reader what they may do now", async () => {
    for (const application of applicationNames.filter((a) => a !== "draft")) {
      for (const reader of reviewerReads[application]) {
        const detail = await apiOf(reader, application).review.get({
          applicationId: t.applications[application].applicationId,
        });
        const may = deciders[application].includes(reader);
        expect(detail.can, `${application} ${reader}`).toEqual({ pass: may, return: may, terminate: may });
      }
    }
  });
});

describe("通过, 退回, 终止审核 reach only what the caller reads", () => {
  // A stale version: a reader in scope is told it changed (CONFLICT) and nothing moves.
  it.each(cases)("%s decided by %s", async (application, reader) => {
    const { applicationId } = t.applications[application];
    const api = apiOf(reader, application);
    const version = (await versionOf(t.db, applicationId)) + 100;
    const isReviewer = reviewerNames.includes(reader);
    const expected = !isReviewer ? "FORBIDDEN" : reviewerReads[application].includes(reader) ? "CONFLICT" : "NOT_FOUND";
    expect(await codeOf(api.review.pass({ applicationId, version }))).toBe(expected);
    expect(await codeOf(api.review.return({ applicationId, version, opinion: "改", modules: ["papers"] }))).toBe(
      expected,
    );
    expect(await codeOf(api.review.terminate({ applicationId, version, reason: "否" }))).toBe(expected);
  });

  it("批量通过: rows outside the caller's scope are reported missing, rows of another stage already handled", async () => {
    const { atDept, atUnit } = t.applications;
    const result = await t.world.otherUnit.api.review.passMany({
      stage: "UNIT_REVIEW",
      applicationIds: [atUnit.applicationId],
    });
    expect(result.results).toEqual([{ applicationId: atUnit.applicationId, ok: false, message: "申报记录不存在" }]);
    const stale = await t.world.unit.api.review.passMany({
      stage: "UNIT_REVIEW",
      applicationIds: [atDept.applicationId],
    });
    expect(stale.results).toEqual([
      { applicationId: atDept.applicationId, ok: false, message: "该申报已被其他人处理，请刷新" },
    ]);
    expect(
      await codeOf(t.world.dept.api.review.passMany({ stage: "UNIT_REVIEW", applicationIds: [atUnit.applicationId] })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(t.stranger.review.passMany({ stage: "UNIT_REVIEW", applicationIds: [atUnit.applicationId] })),
    ).toBe("FORBIDDEN");
  });
});

describe("files and 业务表册 follow the same rule", () => {
  const mayRead = (application: ApplicationName, reader: ReaderName) =>
    reader === "applicant" || reviewerReads[application].includes(reader);

  it.each(cases)("%s's files opened by %s", async (application, reader) => {
    const { applicationId } = t.applications[application];
    const file = await t.db.attachment.findFirstOrThrow({ where: { applicationId } });
    const id = await userIdOf(reader, application);
    const user = (await loadSessionUser(t.db, id))!;
    const code = await codeOf(openAttachment(t.db, storage, user, file.id).then((f) => f.stream.destroy()));
    expect(code).toBe(mayRead(application, reader) ? "OK" : "NOT_FOUND");
  });

  it.each(cases)("%s's 一览表 PDF fetched by %s", async (application, reader) => {
    const { applicationId } = t.applications[application];
    const id = await userIdOf(reader, application);
    const response = await serveBusinessForm(
      { id: applicationId, kind: "summary" },
      new URLSearchParams(),
      async () => ({
        db: t.db,
        user: await loadSessionUser(t.db, id),
      }),
    );
    expect(response.status).toBe(mayRead(application, reader) ? 200 : 404);
  });
});
