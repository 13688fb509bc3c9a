import { describe, expect, it } from "vitest";
import { editableScopes } from "@/lib/application/editability";
import { entryData } from "../helpers/application-form";
import { sample, upload } from "../helpers/attachments";
import { makeNotice } from "../helpers/fixtures";
import { makeReviewWorld, submittedApplication, versionOf } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 被退回: the applicant may change exactly the modules the reviewer returned the application for —
 * the server refuses every other change, whatever its kind (saves, entries, 参评 marks, uploads,
 * deletions of files) — then 提交 again sends it back to the stage that returned it with a new
 * snapshot, and the reviewer sees what changed.
 */
const storage = testStorage();
const t = useTestDb(makeReviewWorld);

/** A submitted application returned by `stage`'s reviewer for 论文著作, 创新技术改革方法 and 材料附件信息. */
async function returnedApplication(name: string, stage: "UNIT_REVIEW" | "DEPT_REVIEW" = "UNIT_REVIEW") {
  const application = await submittedApplication(t.db, storage, t, name);
  const { applicationId } = application;
  if (stage === "DEPT_REVIEW")
    await t.unit.api.review.pass({ applicationId, version: await versionOf(t.db, applicationId) });
  const reviewer = stage === "UNIT_REVIEW" ? t.unit.api : t.dept.api;
  await reviewer.review.return({
    applicationId,
    version: await versionOf(t.db, applicationId),
    opinion: "请补充论文检索证明，并更换清晰的身份证扫描件",
    modules: ["papers", "innovation", "materials"],
  });
  const form = await application.api.applicationForm.get({ applicationId });
  const files = await application.api.attachment.list({ applicationId });
  return { ...application, form, files };
}

describe("a returned application is open in its returned modules only", () => {
  it("the form offers exactly the returned modules; the application keeps them while returned", async () => {
    const { form, applicationId } = await returnedApplication("只改退回");
    expect(form.application).toMatchObject({ status: "RETURNED", editable: true });
    expect(editableScopes.filter((s) => form.application.editableScopes[s]).sort()).toEqual([
      "innovation",
      "materials",
      "papers",
    ]);
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      stage: "UNIT_REVIEW",
      returnedModules: ["papers", "innovation", "materials"],
    });
  });

  it("every kind of change outside them is refused, and changes nothing", async () => {
    const { api, person, applicationId, form, files } = await returnedApplication("改了别处");
    const project = form.entries.projects[0];
    const otherProject = form.entries.projects[1];
    const photo = files.find((f) => f.slot === "PHOTO")!;
    const before = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    // Each call runs on its own, one after another: a promise made before the one ahead settles
    // could reject unobserved.
    const refusals = {
      saveSection: () =>
        api.applicationForm.saveSection({
          applicationId,
          module: "continuingEducation",
          version: form.sections.continuingEducation?.version ?? null,
          data: { hours: 10 },
        }),
      addEntry: () => api.applicationForm.addEntry({ applicationId, module: "projects", data: entryData.projects }),
      updateEntry: () =>
        api.applicationForm.updateEntry({
          applicationId,
          module: "projects",
          entryId: project.id,
          version: project.version,
          data: { ...project.data, name: "改名的项目" },
        }),
      representativeMark: () =>
        api.applicationForm.updateEntry({
          applicationId,
          module: "projects",
          entryId: otherProject.id,
          version: otherProject.version,
          data: { ...otherProject.data, representative: true },
          representativeReplaces: project.id,
        }),
      deleteEntry: () =>
        api.applicationForm.deleteEntry({
          applicationId,
          module: "projects",
          entryId: project.id,
          version: project.version,
        }),
      deleteFile: () => api.attachment.delete({ attachmentId: photo.id }),
    };
    for (const [kind, call] of Object.entries(refusals)) {
      expect(await refusal(call()), kind).toMatchObject({ code: "FORBIDDEN", message: "该部分未被退回修改，不能修改" });
    }
    await expect(
      upload(t.db, storage, person.id, {
        applicationId,
        slot: "PROJECT_PROOF",
        entryId: project.id,
        name: "项目.pdf",
        bytes: sample.pdf,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", reason: "NOT_EDITABLE" });

    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toEqual(before);
    expect(await t.db.projectEntry.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } })).toMatchObject(
      form.entries.projects.map((p) => ({ id: p.id, version: p.version })),
    );
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(files.length);
  });

  it("every kind of change inside them goes through", async () => {
    const { api, person, applicationId, form, files } = await returnedApplication("改了退回的");
    const [first, second] = form.entries.papers;
    await api.applicationForm.saveSection({
      applicationId,
      module: "innovation",
      version: form.sections.innovation?.version ?? null,
      data: { text: "补充说明的创新方法" },
    });
    const added = await api.applicationForm.addEntry({
      applicationId,
      module: "papers",
      data: { ...entryData.papers, title: "新增论文" },
    });
    await api.applicationForm.updateEntry({
      applicationId,
      module: "papers",
      entryId: second.id,
      version: second.version,
      data: { ...second.data, representative: true },
      representativeReplaces: first.id,
    });
    await api.applicationForm.deleteEntry({
      applicationId,
      module: "papers",
      entryId: added.id,
      version: added.version,
    });
    await upload(t.db, storage, person.id, {
      applicationId,
      slot: "PAPER_PROOF",
      entryId: second.id,
      name: "检索证明.pdf",
      bytes: sample.pdf,
    });
    const idFront = files.find((f) => f.slot === "ID_CARD_FRONT")!;
    await api.attachment.delete({ attachmentId: idFront.id });
    await upload(t.db, storage, person.id, {
      applicationId,
      slot: "ID_CARD_FRONT",
      name: "身份证正面（清晰）.pdf",
      bytes: sample.pdf,
    });
    const papers = await t.db.paperEntry.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } });
    expect(papers.map((p) => [p.id, p.isRepresentative])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
  });
});

describe("重新提交", () => {
  it("goes back to the stage that returned it, with a new snapshot and the validation run again; the reviewer sees the diff", async () => {
    for (const stage of ["UNIT_REVIEW", "DEPT_REVIEW"] as const) {
      const { api, person, applicationId, form } = await returnedApplication(`重新提交${stage}`, stage);
      const paper = form.entries.papers[1];
      await api.applicationForm.updateEntry({
        applicationId,
        module: "papers",
        entryId: paper.id,
        version: paper.version,
        data: { ...paper.data, title: "修改后的论文题目" },
      });
      await upload(t.db, storage, person.id, {
        applicationId,
        slot: "CHSI_REPORT",
        name: "学籍报告（补充）.pdf",
        bytes: sample.png,
      });
      const result = await api.submission.submit({ applicationId, promise: true });
      expect(result.sequence).toBe(2);

      const application = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
      expect(application).toMatchObject({ status: "SUBMITTED", stage, returnedModules: [] });
      const last = await t.db.flowEvent.findFirstOrThrow({ where: { applicationId }, orderBy: { sequence: "desc" } });
      expect(last).toMatchObject({
        action: "RESUBMIT",
        actorRole: "APPLICANT",
        fromStatus: "RETURNED",
        fromStage: stage,
        toStage: stage,
        submissionId: result.submissionId,
      });
      const form2 = await api.applicationForm.get({ applicationId });
      expect(Object.values(form2.application.editableScopes).some(Boolean)).toBe(false);

      const reviewer = stage === "UNIT_REVIEW" ? t.unit.api : t.dept.api;
      const detail = await reviewer.review.get({ applicationId });
      expect(detail.snapshot.sequence).toBe(2);
      expect(detail.can).toEqual({ pass: true, return: true, terminate: true });
      expect(detail.changes?.modules.map((m) => m.scope)).toEqual(["papers", "materials"]);
      expect(detail.changes?.modules[0].entriesChanged).toMatchObject([
        { entryId: paper.id, fields: [{ key: "title", after: "修改后的论文题目" }] },
      ]);
      expect(detail.changes?.modules[1].filesAdded).toMatchObject([{ name: "学籍报告（补充）.pdf" }]);
    }
  });

  it("is refused while a rule fails, and the application stays returned", async () => {
    const { api, applicationId, files } = await returnedApplication("删了必传");
    for (const file of files.filter((f) => f.slot === "ID_CARD_FRONT"))
      await api.attachment.delete({ attachmentId: file.id });
    expect(await refusal(api.submission.submit({ applicationId, promise: true }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "RETURNED",
      returnedModules: ["papers", "innovation", "materials"],
    });
    expect(await t.db.applicationSubmission.count({ where: { applicationId } })).toBe(1);
  });

  it("is not bound by the notice's window: the review runs after it", async () => {
    const { api, applicationId, notice } = await returnedApplication("截止后");
    await t.db.notice.update({
      where: { id: notice.id },
      data: { startsAt: new Date(Date.now() - 20 * 86400_000), endsAt: new Date(Date.now() - 86400_000) },
    });
    expect(await api.submission.validation({ applicationId })).toMatchObject({ problems: [] });
    await api.submission.submit({ applicationId, promise: true });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "SUBMITTED",
    });
  });
});

describe("终止审核", () => {
  it("leaves the application read-only for everyone; its applicant may apply to a later notice", async () => {
    const application = await submittedApplication(t.db, storage, t, "被终止");
    const { api, applicationId } = application;
    await t.unit.api.review.terminate({
      applicationId,
      version: await versionOf(t.db, applicationId),
      reason: "不符合破格条件",
    });
    const form = await api.applicationForm.get({ applicationId });
    expect(form.application).toMatchObject({ status: "TERMINATED", editable: false });
    expect(Object.values(form.application.editableScopes).some(Boolean)).toBe(false);
    expect(
      await refusal(api.applicationForm.saveSection({ applicationId, module: "innovation", version: 1, data: {} })),
    ).toMatchObject({ code: "FORBIDDEN", message: "申报已提交，不能修改" });
    expect(await refusal(api.submission.submit({ applicationId, promise: true }))).toMatchObject({ code: "CONFLICT" });
    for (const reviewer of [t.unit.api, t.dept.api]) {
      const refused = await refusal(
        reviewer.review.pass({ applicationId, version: await versionOf(t.db, applicationId) }),
      );
      expect(["CONFLICT", "NOT_FOUND"]).toContain(refused.code);
    }
    expect((await api.progress.mine({ applicationId })).nodes.find((n) => n.key === "UNIT_REVIEW")).toMatchObject({
      state: "terminated",
      opinion: "不符合破格条件",
    });

    const later = await makeNotice(t.db, t.org, t.publisherId, { title: "下一批职称评审" });
    const started = await api.application.start({ noticeId: later.id, conditionsConfirmed: true });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({ status: "DRAFT" });
  });
});
