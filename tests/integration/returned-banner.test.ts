import { describe, expect, it } from "vitest";
import { makeReviewWorld, submittedApplication, versionOf } from "../helpers/review";
import { testStorage } from "../helpers/storage";
import { useTestDb } from "../helpers/use-test-db";

/**
 * The banner above a returned application's form: applicationForm.get says who returned it, when,
 * with which opinion and for which modules — the latest 退回 — and nothing once it is resubmitted.
 */
const storage = testStorage();
const t = useTestDb(makeReviewWorld);

async function returnBy(
  reviewer: typeof t.unit.api,
  applicationId: string,
  opinion: string,
  modules: ("papers" | "materials" | "innovation")[],
) {
  await reviewer.review.return({ applicationId, version: await versionOf(t.db, applicationId), opinion, modules });
}

describe("the return banner of the form", () => {
  it("is absent on a submitted application never returned", async () => {
    const { api, applicationId } = await submittedApplication(t.db, storage, t, "未退回");
    expect((await api.applicationForm.get({ applicationId })).application.returned).toBeNull();
  });

  it("names the returning stage, its time, its opinion and the returned modules; resubmission clears it", async () => {
    const { api, applicationId } = await submittedApplication(t.db, storage, t, "看退回意见");
    const before = new Date();
    await returnBy(t.unit.api, applicationId, "请补充论文", ["papers", "materials"]);
    const { returned } = (await api.applicationForm.get({ applicationId })).application;
    expect(returned).toMatchObject({ opinion: "请补充论文", stage: "UNIT_REVIEW", modules: ["papers", "materials"] });
    expect(returned!.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    await api.submission.submit({ applicationId, promise: true });
    expect((await api.applicationForm.get({ applicationId })).application.returned).toBeNull();
  });

  it("shows the latest return when a later stage returns it again", async () => {
    const { api, applicationId } = await submittedApplication(t.db, storage, t, "二次退回");
    await returnBy(t.unit.api, applicationId, "单位意见", ["papers"]);
    await api.submission.submit({ applicationId, promise: true });
    await t.unit.api.review.pass({ applicationId, version: await versionOf(t.db, applicationId) });
    await returnBy(t.dept.api, applicationId, "部门意见", ["innovation"]);
    expect((await api.applicationForm.get({ applicationId })).application.returned).toMatchObject({
      opinion: "部门意见",
      stage: "DEPT_REVIEW",
      modules: ["innovation"],
    });
  });
});
