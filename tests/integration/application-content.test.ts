import { describe, expect, it } from "vitest";
import { moduleKeys } from "@/lib/application-form/modules";
import { loadApplicationContent } from "@/server/domain/application/load-application-content";
import { basicInfo, entryData, fillForm, startDraft } from "../helpers/application-form";
import { sample, upload } from "../helpers/attachments";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher, { countQueries: true });

describe("an application's content, the one value the 业务表册, the submission and the reviewers read", () => {
  it("holds every saved module, every entry in order, every file with its sha256, and who applied where", async () => {
    const { person, api, notice, applicationId } = await startDraft(t.db, t.org, t.publisherId);
    await fillForm(api, applicationId, 2);
    const [firstEducation] = (await api.applicationForm.get({ applicationId })).entries.education;
    const proof = await upload(t.db, testStorage(), person.id, {
      applicationId,
      slot: "EDUCATION_PROOF",
      entryId: firstEducation.id,
      name: "学位证.pdf",
      bytes: sample.pdf,
    });

    const content = await loadApplicationContent(t.db, { id: applicationId, applicantId: person.id });

    expect(content?.application).toMatchObject({
      id: applicationId,
      status: "DRAFT",
      notice: { id: notice.id, title: notice.title, committeeName: t.org.committee.name },
      unit: { id: t.org.unit.id, name: t.org.unit.name, creditCode: t.org.unit.creditCode },
    });
    expect(content?.applicant).toEqual({
      id: person.id,
      name: person.name,
      idCardNumber: person.idCardNumber,
      mobile: person.mobile,
    });
    expect(content?.assessmentYears).toHaveLength(5);
    expect(content?.sections.basicInfo).toMatchObject({ name: basicInfo.name, appliedLevel: basicInfo.appliedLevel });
    expect(content?.sections.continuingEducation).toEqual({ hours: 120 });
    for (const module of moduleKeys) {
      if (module in entryData) expect(content?.entries[module as keyof typeof entryData].length).toBeGreaterThan(0);
    }
    expect(content?.entries.papers.map((e) => e.data.title)).toEqual([entryData.papers.title, entryData.papers.title]);
    expect(content?.entries.papers[0].data.representative).toBe(true);
    expect(content?.entries.education[0].data.startDate).toBe(entryData.education.startDate);
    expect(content?.attachments).toEqual([
      expect.objectContaining({
        id: proof.id,
        slot: "EDUCATION_PROOF",
        entryId: firstEducation.id,
        name: "学位证.pdf",
        mimeType: "application/pdf",
        size: sample.pdf.length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    // Plain JSON: what is frozen at 提交 reads back the same.
    expect(JSON.parse(JSON.stringify(content))).toEqual(content);
  });

  it("is one SQL statement, and finds nothing outside the caller's access rule", async () => {
    const { applicationId } = await startDraft(t.db, t.org, t.publisherId, "另一人");
    const statements = await t.countQueries(() => loadApplicationContent(t.db, { id: applicationId }));
    expect(statements).toBe(1);
    expect(await loadApplicationContent(t.db, { id: applicationId, applicantId: t.publisherId })).toBeNull();
  });
});
