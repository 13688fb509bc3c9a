import { describe, expect, it } from "vitest";
import { editableScopes } from "@/lib/application/editability";
import { AppError } from "@/server/errors";
import { entryData, textData } from "../helpers/application-form";
import { sample, upload } from "../helpers/attachments";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { readRefusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/** After 提交 the application is frozen: the applicant reads it, and every way of changing it is refused plainly. */
const t = useTestDb(async (db) => {
  const setup = await makeOrgWithPublisher(db);
  const storage = testStorage();
  const draft = await completeDraft(db, storage, setup.org, setup.publisherId);
  const form = await draft.api.applicationForm.get({ applicationId: draft.applicationId });
  const files = await draft.api.attachment.list({ applicationId: draft.applicationId });
  await draft.api.submission.submit({ applicationId: draft.applicationId, promise: true });
  return { ...setup, storage, draft, form, files };
});

const frozen = { code: "FORBIDDEN", message: "申报已提交，不能修改", reason: "NOT_EDITABLE" };

describe("a submitted application cannot be changed", () => {
  it("the form opens read-only: nothing editable, in any module or 材料附件信息", async () => {
    const { api, applicationId } = t.draft;
    const form = await api.applicationForm.get({ applicationId });
    expect(form.application).toMatchObject({ status: "SUBMITTED", editable: false });
    for (const scope of editableScopes) expect(form.application.editableScopes[scope], scope).toBe(false);
  });

  it("every form procedure is refused with NOT_EDITABLE", async () => {
    const { api, applicationId } = t.draft;
    const section = t.form.sections.innovation!;
    const paper = t.form.entries.papers[0];
    // Each called only when awaited, so no refusal goes unhandled meanwhile.
    const calls = {
      saveSection: () =>
        api.applicationForm.saveSection({
          applicationId,
          module: "innovation",
          version: section.version,
          data: textData,
        }),
      addEntry: () => api.applicationForm.addEntry({ applicationId, module: "papers", data: entryData.papers }),
      updateEntry: () =>
        api.applicationForm.updateEntry({
          applicationId,
          module: "papers",
          entryId: paper.id,
          version: paper.version,
          data: { ...paper.data, title: "改过的题目" },
        }),
      deleteEntry: () =>
        api.applicationForm.deleteEntry({
          applicationId,
          module: "papers",
          entryId: paper.id,
          version: paper.version,
        }),
      deleteAttachment: () => api.attachment.delete({ attachmentId: t.files[0].id }),
    };
    for (const [name, call] of Object.entries(calls)) expect(await readRefusal(call()), name).toMatchObject(frozen);
    expect(await t.db.paperEntry.count({ where: { applicationId } })).toBe(2);
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(t.files.length);
  });

  it("an upload is refused before its bytes are stored", async () => {
    const { person, applicationId } = t.draft;
    const error = await upload(t.db, t.storage, person.id, {
      applicationId,
      slot: "CHSI_REPORT",
      name: "补充.pdf",
      bytes: sample.pdf,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject(frozen);
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(t.files.length);
  });

  it("the applicant still reads the form, the files and 进度跟踪", async () => {
    const { api, applicationId } = t.draft;
    expect((await api.applicationForm.get({ applicationId })).entries.papers).toHaveLength(2);
    expect(await api.attachment.list({ applicationId })).toHaveLength(t.files.length);
    expect((await api.progress.mine({ applicationId })).application.status).toBe("SUBMITTED");
  });
});
