import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadSessionUser } from "@/server/auth/session-user";
import { loadApplicationContent } from "@/server/domain/application/load-application-content";
import { loadLatestSubmission } from "@/server/domain/submission/load-latest-submission";
import { submissionDigest } from "@/server/domain/submission/submission-digest";
import { submitApplication } from "@/server/domain/submission/submit-application";
import { RULE_SET_VERSION } from "@/server/domain/submission/validation-rules";
import { assessmentData, expectOnlyConflicts, startDraft } from "../helpers/application-form";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { readRefusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);
const storage = testStorage();

const complete = (name?: string) => completeDraft(t.db, storage, t.org, t.publisherId, name);

async function submitAt(applicantId: string, applicationId: string, now: Date) {
  const user = await loadSessionUser(t.db, applicantId);
  return submitApplication(t.db, user!, { applicationId, promise: true }, now);
}

async function errorOf(call: Promise<unknown>) {
  return call.then(
    () => null,
    (e: { code?: string; message?: string; reason?: string }) => ({
      code: e.code,
      message: e.message,
      reason: e.reason,
    }),
  );
}

const historyOf = (db: PrismaClient, applicationId: string) =>
  Promise.all([
    db.applicationSubmission.count({ where: { applicationId } }),
    db.flowEvent.count({ where: { applicationId } }),
  ]);

describe("提交", () => {
  it("a complete application passes 数据验证信息 and is submitted: snapshot, first flow event, 已申报 at 推荐单位审核", async () => {
    const { api, applicationId, person, notice } = await complete();
    expect((await api.submission.validation({ applicationId })).problems).toEqual([]);

    const result = await api.submission.submit({ applicationId, promise: true });
    expect(result).toMatchObject({ sequence: 1, noticeTitle: notice.title });

    const application = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application).toMatchObject({ status: "SUBMITTED", stage: "UNIT_REVIEW", submittedAt: result.submittedAt });

    const snapshot = await t.db.applicationSubmission.findUniqueOrThrow({ where: { id: result.submissionId } });
    expect(snapshot).toMatchObject({
      applicationId,
      sequence: 1,
      submittedById: person.id,
      ruleSetVersion: RULE_SET_VERSION,
    });
    const content = snapshot.content as { applicant: { name: string }; attachments: { sha256: string }[] };
    expect(content.applicant.name).toBe("提交人");
    expect(content.attachments.length).toBe(await t.db.attachment.count({ where: { applicationId } }));
    expect(content.attachments.every((a) => /^[0-9a-f]{64}$/.test(a.sha256))).toBe(true);
    // The digest covers what was frozen, as read back from the database.
    expect(
      submissionDigest({
        content: snapshot.content,
        ruleSetVersion: snapshot.ruleSetVersion,
        validation: snapshot.validation,
      }),
    ).toBe(snapshot.digest);

    // The snapshot reads back as the application's content when it was submitted.
    const latest = await loadLatestSubmission(t.db, { id: applicationId, applicantId: person.id });
    const live = await loadApplicationContent(t.db, { id: applicationId });
    expect(latest).toMatchObject({ id: result.submissionId, sequence: 1, digest: snapshot.digest });
    expect(latest?.content).toEqual(live);
    expect(await loadLatestSubmission(t.db, { id: applicationId, applicantId: notice.createdById })).toBeNull();

    const events = await t.db.flowEvent.findMany({ where: { applicationId } });
    expect(events).toEqual([
      expect.objectContaining({
        sequence: 1,
        action: "SUBMIT",
        stage: null,
        actorId: person.id,
        actorRole: "APPLICANT",
        fromStatus: "DRAFT",
        toStatus: "SUBMITTED",
        fromStage: null,
        toStage: "UNIT_REVIEW",
        submissionId: result.submissionId,
      }),
    ]);
    expect(
      await t.db.auditLog.findFirst({ where: { entityId: applicationId, action: "application.submit" } }),
    ).toMatchObject({ actorId: person.id, fromStatus: "DRAFT", toStatus: "SUBMITTED" });

    const progress = await api.progress.mine({ applicationId });
    expect(progress.nodes.map((n) => n.state)).toEqual(["done", "current", "pending", "pending", "pending", "pending"]);
    expect(progress.nodes[0].at).toEqual(result.submittedAt);
    expect((await api.application.mine({ page: 1 })).items[0]).toMatchObject({ status: "SUBMITTED" });
  });

  it("is refused without the 承诺, and with problems left in 数据验证信息", async () => {
    const { api, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    expect(await readRefusal(api.submission.submit({ applicationId, promise: false as true }))).toMatchObject({
      message: expect.stringContaining("请先勾选承诺"),
    });
    expect((await api.submission.validation({ applicationId })).problems.length).toBeGreaterThan(5);
    expect(await readRefusal(api.submission.submit({ applicationId, promise: true }))).toMatchObject({
      message: "数据验证未通过，请按「数据验证信息」的提示修改后再提交",
      reason: "VALIDATION_FAILED",
    });
    expect(await historyOf(t.db, applicationId)).toEqual([0, 0]);
  });

  /** Each way the saved application can come to break a rule; the database is changed behind the form's back where the form would refuse. */
  const breakers: [string, (db: PrismaClient, a: Awaited<ReturnType<typeof complete>>) => Promise<unknown>][] = [
    ["noticeAccepting", (db, a) => db.notice.update({ where: { id: a.notice.id }, data: { status: "CLOSED" } })],
    [
      "bindingToUnit",
      (db, a) =>
        db.unitBinding.updateMany({ where: { userId: a.person.id }, data: { status: "UNBOUND", isActive: false } }),
    ],
    ["requiredModules", (db, a) => db.workExperienceEntry.deleteMany({ where: { applicationId: a.applicationId } })],
    ["appliedLevel", (db, a) => db.notice.update({ where: { id: a.notice.id }, data: { levels: ["INTERMEDIATE"] } })],
    [
      "evaluationEducation",
      (db, a) =>
        db.educationEntry.updateMany({ where: { applicationId: a.applicationId }, data: { evaluationSlot: null } }),
    ],
    [
      "annualAssessmentYears",
      (db, a) =>
        db.applicationSection.update({
          where: { applicationId_module: { applicationId: a.applicationId, module: "annualAssessment" } },
          data: { data: { results: {} } },
        }),
    ],
    [
      "continuingEducationHours",
      (db, a) =>
        db.applicationSection.delete({
          where: { applicationId_module: { applicationId: a.applicationId, module: "continuingEducation" } },
        }),
    ],
    [
      "exceptionalExperts",
      (db, a) => db.attachment.deleteMany({ where: { applicationId: a.applicationId, slot: "EXPERT_ATTACHMENT" } }),
    ],
    [
      "datesInOrder",
      (db, a) =>
        db.paperEntry.updateMany({
          where: { applicationId: a.applicationId },
          data: { publishedOn: new Date(Date.now() + 3 * 86400_000) },
        }),
    ],
    [
      "textLimits",
      (db, a) =>
        db.applicationSection.update({
          where: { applicationId_module: { applicationId: a.applicationId, module: "innovation" } },
          data: { data: { text: "创".repeat(600) } },
        }),
    ],
    [
      "requiredFiles",
      (db, a) => db.attachment.deleteMany({ where: { applicationId: a.applicationId, slot: "UNIT_PUBLICITY" } }),
    ],
    [
      "representativeProofs",
      (db, a) => db.attachment.deleteMany({ where: { applicationId: a.applicationId, slot: "PAPER_PROOF" } }),
    ],
    [
      "moduleFields",
      (db, a) => db.workExperienceEntry.updateMany({ where: { applicationId: a.applicationId }, data: { post: "" } }),
    ],
  ];

  it.each(breakers)("%s blocks it: refused, listed, nothing written", async (rule, breakIt) => {
    const draft = await complete();
    await breakIt(t.db, draft);
    const { api, applicationId } = draft;
    const problems = (await api.submission.validation({ applicationId })).problems;
    expect(problems.map((p) => p.rule)).toContain(rule);
    const refused = await readRefusal(api.submission.submit({ applicationId, promise: true }));
    expect(refused.reason).toBe(rule === "noticeAccepting" ? "WINDOW_CLOSED" : "VALIDATION_FAILED");
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "DRAFT",
      stage: null,
    });
    expect(await historyOf(t.db, applicationId)).toEqual([0, 0]);
  });

  it("年度考核 saved with a year left out is kept as saved; 提交 is refused naming that year until it is filled in", async () => {
    const { api, applicationId } = await complete();
    const { assessmentYears } = await api.applicationForm.get({ applicationId });
    const [latest, ...earlier] = assessmentYears;
    const section = async () =>
      t.db.applicationSection.findUniqueOrThrow({
        where: { applicationId_module: { applicationId, module: "annualAssessment" } },
      });
    const partly = await api.applicationForm.saveSection({
      applicationId,
      module: "annualAssessment",
      version: (await section()).version,
      data: { results: { ...assessmentData(earlier).results, [latest]: "" } },
    });
    expect((await section()).data).toEqual(assessmentData(earlier));
    expect((await api.applicationForm.get({ applicationId })).completion.annualAssessment).toBe("incomplete");

    const { problems } = await api.submission.validation({ applicationId });
    expect(problems).toEqual([
      {
        rule: "annualAssessmentYears",
        module: "annualAssessment",
        field: `results.${latest}`,
        message: `请选择${latest}年度考核结果`,
      },
    ]);
    expect(await readRefusal(api.submission.submit({ applicationId, promise: true }))).toMatchObject({
      reason: "VALIDATION_FAILED",
    });
    expect(await historyOf(t.db, applicationId)).toEqual([0, 0]);

    await api.applicationForm.saveSection({
      applicationId,
      module: "annualAssessment",
      version: partly.version,
      data: assessmentData(assessmentYears),
    });
    expect((await api.applicationForm.get({ applicationId })).completion.annualAssessment).toBe("complete");
    expect((await api.submission.validation({ applicationId })).problems).toEqual([]);
    await api.submission.submit({ applicationId, promise: true });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("the window is the server's: one second before the deadline succeeds, one second after is refused naming it", async () => {
    const before = await complete();
    const after = await complete();
    const endsAt = new Date("2027-01-28T09:00:00Z");
    await t.db.notice.updateMany({ where: { id: { in: [before.notice.id, after.notice.id] } }, data: { endsAt } });

    const late = await errorOf(submitAt(after.person.id, after.applicationId, new Date(endsAt.getTime() + 1000)));
    expect(late).toEqual({ code: "BAD_REQUEST", message: "申报已于2027年1月28日 17:00截止", reason: "WINDOW_CLOSED" });
    const atDeadline = await errorOf(submitAt(after.person.id, after.applicationId, endsAt));
    expect(atDeadline?.reason).toBe("WINDOW_CLOSED");
    expect(await historyOf(t.db, after.applicationId)).toEqual([0, 0]);

    const inTime = await submitAt(before.person.id, before.applicationId, new Date(endsAt.getTime() - 1000));
    expect(inTime.submittedAt).toEqual(new Date(endsAt.getTime() - 1000));
  });

  it("20 parallel 提交 of one application: exactly one submission, the others are told it is already submitted", async () => {
    const { api, applicationId } = await complete();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => api.submission.submit({ applicationId, promise: true })),
    );
    const { fulfilled, rejected } = expectOnlyConflicts(results);
    expect(fulfilled).toBe(1);
    for (const error of rejected) expect(error.message).toBe("该申报已提交，请勿重复提交");
    expect(await historyOf(t.db, applicationId)).toEqual([1, 1]);
  });

  it("a second 提交 later is refused, and nothing is added", async () => {
    const { api, applicationId } = await complete();
    await api.submission.submit({ applicationId, promise: true });
    expect(await readRefusal(api.submission.submit({ applicationId, promise: true }))).toMatchObject({
      message: "该申报已提交，请勿重复提交",
      reason: "ALREADY_HANDLED",
    });
    expect(await historyOf(t.db, applicationId)).toEqual([1, 1]);
  });
});

describe("submitted snapshots and flow events are append-only in the database", () => {
  it("UPDATE and DELETE are refused on both tables", async () => {
    const { api, applicationId } = await complete();
    const { submissionId } = await api.submission.submit({ applicationId, promise: true });
    const refusedBy = async (sql: Promise<unknown>) =>
      String(
        await sql.then(
          () => "accepted",
          (e: Error) => e.message,
        ),
      );
    expect(
      await refusedBy(
        t.db.$executeRaw`UPDATE "ApplicationSubmission" SET "ruleSetVersion" = 99 WHERE "id" = ${submissionId}`,
      ),
    ).toContain("append-only");
    expect(
      await refusedBy(t.db.$executeRaw`DELETE FROM "ApplicationSubmission" WHERE "id" = ${submissionId}`),
    ).toContain("append-only");
    expect(
      await refusedBy(t.db.flowEvent.updateMany({ where: { applicationId }, data: { opinion: "改写历史" } })),
    ).toContain("append-only");
    expect(await refusedBy(t.db.flowEvent.deleteMany({ where: { applicationId } }))).toContain("append-only");
    expect(await historyOf(t.db, applicationId)).toEqual([1, 1]);
    expect(await t.db.flowEvent.findFirstOrThrow({ where: { applicationId } })).toMatchObject({ opinion: null });
  });

  it("a draft cannot hold a stage, nor a submitted application lack one", async () => {
    const { applicationId } = await startDraft(t.db, t.org, t.publisherId);
    const refusedBy = async (write: Promise<unknown>) =>
      String(
        await write.then(
          () => "accepted",
          (e: Error) => e.message,
        ),
      );
    expect(
      await refusedBy(t.db.application.update({ where: { id: applicationId }, data: { stage: "UNIT_REVIEW" } })),
    ).toContain("application_stage_matches_status");
    expect(
      await refusedBy(t.db.application.update({ where: { id: applicationId }, data: { status: "SUBMITTED" } })),
    ).toContain("application_stage_matches_status");
  });
});
