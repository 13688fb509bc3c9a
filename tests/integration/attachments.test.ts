import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { type AttachmentSlotCode, slotOf } from "@/lib/attachments/slots";
import { nameForType } from "@/server/api/file-headers";
import { loadSessionUser } from "@/server/auth/session-user";
import { ingestUpload } from "@/server/domain/attachment/ingest-upload";
import { openAttachment } from "@/server/domain/attachment/open-attachment";
import { AppError } from "@/server/errors";
import { LocalFileStorage } from "@/server/storage/local";
import type { StagedFile } from "@/server/storage/types";
import { entryData, startDraft } from "../helpers/application-form";
import { chunksOf, defaultQuotaBytes, sample, storedFiles, upload } from "../helpers/attachments";
import { callerFor, grant, makeOrgWithPublisher, makeUser } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(makeOrgWithPublisher);

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The AppError an upload was refused with (code, message, field). */
async function refused(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected the upload to be refused, got ${String(error)}`);
  return { code: error.code, message: error.message, field: error.field };
}

async function freshDraft() {
  const started = await startDraft(t.db, t.org, t.publisherId);
  const storage = testStorage({ fresh: true });
  return { ...started, storage, api: await callerFor(t.db, started.person.id, storage) };
}

const bigPng = (size: number) => Buffer.concat([sample.png, Buffer.alloc(size - sample.png.length, 7)]);
const exe = Buffer.concat([
  Buffer.from("MZ"),
  Buffer.alloc(0x3a),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(0x40),
  Buffer.from("PE\0\0"),
  Buffer.alloc(4000, 1),
]);

describe("slot rules over real sample files", () => {
  type Case = {
    file: string;
    name: string;
    bytes: Buffer;
    slot: AttachmentSlotCode;
    accepted?: string;
    refused?: { code: string; message: RegExp };
  };
  const cases: Case[] = [
    { file: "JPEG", name: "证件照.jpg", bytes: sample.jpeg, slot: "PHOTO", accepted: "image/jpeg" },
    { file: "PNG", name: "证件照.png", bytes: sample.png, slot: "PHOTO", accepted: "image/png" },
    { file: "PDF", name: "公示表.pdf", bytes: sample.pdf, slot: "UNIT_PUBLICITY", accepted: "application/pdf" },
    { file: "JPEG", name: "身份证正面.jpg", bytes: sample.jpeg, slot: "ID_CARD_FRONT", accepted: "image/jpeg" },
    {
      file: "PDF",
      name: "照片.pdf",
      bytes: sample.pdf,
      slot: "PHOTO",
      refused: { code: "UNSUPPORTED_MEDIA_TYPE", message: /^该文件的实际格式是 PDF，个人照片只接受 JPG、PNG 格式$/ },
    },
    {
      file: "PDF renamed .jpg",
      name: "照片.jpg",
      bytes: sample.pdf,
      slot: "PHOTO",
      refused: { code: "UNSUPPORTED_MEDIA_TYPE", message: /实际格式是 PDF/ },
    },
    {
      file: "PDF renamed .jpg",
      name: "公示表.jpg",
      bytes: sample.pdf,
      slot: "UNIT_PUBLICITY",
      accepted: "application/pdf",
    },
    {
      file: "text renamed .pdf",
      name: "报告.pdf",
      bytes: Buffer.from("这不是 PDF，只是一段文字。\n".repeat(50)),
      slot: "CHSI_REPORT",
      refused: {
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: /^无法识别该文件的格式。教育部学籍在线验证报告只接受 PDF、JPG、PNG 格式$/,
      },
    },
    {
      file: "executable renamed .jpg",
      name: "photo.jpg",
      bytes: exe,
      slot: "PHOTO",
      refused: { code: "UNSUPPORTED_MEDIA_TYPE", message: /实际格式是 EXE/ },
    },
    {
      file: "ELF executable renamed .pdf",
      name: "scan.pdf",
      bytes: readFileSync(process.execPath).subarray(0, 200_000),
      slot: "UNIT_PUBLICITY",
      refused: { code: "UNSUPPORTED_MEDIA_TYPE", message: /实际格式是 ELF/ },
    },
    {
      file: "empty",
      name: "空.pdf",
      bytes: Buffer.alloc(0),
      slot: "ID_CARD_BACK",
      refused: { code: "BAD_REQUEST", message: /^「空\.pdf」是空文件，请重新选择$/ },
    },
    {
      file: "oversized (declared)",
      name: "大照片.png",
      bytes: bigPng(2 * 1024 * 1024 + 1),
      slot: "PHOTO",
      refused: { code: "PAYLOAD_TOO_LARGE", message: /^文件大小 2 MB，超过个人照片的大小要求（单个文件不超过 2 MB）$/ },
    },
  ];

  it.each(cases)("$file as $slot ($name)", async ({ name, bytes, slot, accepted, refused: expected }) => {
    const { person, applicationId, storage } = await freshDraft();
    const call = upload(t.db, storage, person.id, { applicationId, slot, name, bytes });
    if (accepted) {
      const view = await call;
      expect(view).toMatchObject({ slot, name, mimeType: accepted, size: bytes.length, entryId: null });
      const row = await t.db.attachment.findUniqueOrThrow({ where: { id: view.id } });
      expect(row).toMatchObject({ ownerId: person.id, applicationId, sha256: sha256(bytes), storageBackend: "local" });
      // The key is the server's, not derived from the name; the stored bytes are the uploaded ones.
      expect(row.storageKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.storageKey).not.toContain(name);
      const files = storedFiles(storage);
      expect(files.staging).toEqual([]);
      expect(files.stored).toHaveLength(1);
      expect(sha256(readFileSync(files.stored[0]))).toBe(sha256(bytes));
    } else if (expected) {
      const error = await refused(call);
      expect(error.code).toBe(expected.code);
      expect(error.message).toMatch(expected.message);
      expect(error.field).toBe("file");
      expect(await t.db.attachment.count({ where: { applicationId } })).toBe(0);
      expect(storedFiles(storage)).toEqual({ stored: [], staging: [] });
    }
  });

  it("a file over the limit whose size was not declared is stopped while streaming, and nothing is kept", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const error = await refused(
      upload(t.db, storage, person.id, {
        applicationId,
        slot: "PHOTO",
        name: "a.png",
        bytes: bigPng(3 * 1024 * 1024),
        declaredSize: null,
      }),
    );
    expect(error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "文件超过个人照片的大小要求（单个文件不超过 2 MB）",
    });
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(0);
    expect(storedFiles(storage)).toEqual({ stored: [], staging: [] });
  });

  it("a declared size over the limit is refused before a byte of the body is read", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const user = await loadSessionUser(t.db, person.id);
    let read = false;
    const body = (async function* () {
      read = true;
      yield sample.png;
    })();
    const request = {
      applicationId,
      slot: "PAPER_PROOF" as const,
      entryId: randomUUID(),
      fileName: "论文.pdf",
      declaredSize: 51 * 1024 * 1024,
    };
    const error = await refused(ingestUpload(t.db, storage, user!, request, body, { quotaBytes: defaultQuotaBytes }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(
      "文件大小 51 MB，超过论文著作证明（封面、目录、正文）的大小要求（单个文件不超过 50 MB）",
    );
    expect(read).toBe(false);
  });

  it("file names are display text only: folders and hidden characters are dropped", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const view = await upload(t.db, storage, person.id, {
      applicationId,
      slot: "UNIT_PUBLICITY",
      name: "../../etc/\u202egpj.exe\u0007.pdf",
      bytes: sample.pdf,
    });
    expect(view.name).toBe("gpj.exe.pdf");
    expect(nameForType("公示表.jpg", "application/pdf")).toBe("公示表.pdf");
    expect(nameForType("照片.JPEG", "image/jpeg")).toBe("照片.JPEG");
  });
});

describe("count limits", () => {
  it("a full slot refuses another file with the slot's 数量要求", async () => {
    const { person, applicationId, storage } = await freshDraft();
    await upload(t.db, storage, person.id, { applicationId, slot: "PHOTO", name: "1.jpg", bytes: sample.jpeg });
    const error = await refused(
      upload(t.db, storage, person.id, { applicationId, slot: "PHOTO", name: "2.jpg", bytes: sample.jpeg }),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "个人照片限 1 个文件，已达上限，请先删除已上传的文件",
      field: "file",
    });
    expect(storedFiles(storage).stored).toHaveLength(1);
  });

  it("parallel uploads into one slot never exceed its count, and the refused ones leave no file behind", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const max = slotOf("CHSI_REPORT").maxCount;
    const results = await Promise.allSettled(
      Array.from({ length: max + 4 }, (_, i) =>
        upload(t.db, storage, person.id, {
          applicationId,
          slot: "CHSI_REPORT",
          name: `报告${i}.pdf`,
          bytes: sample.pdf,
        }),
      ),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    expect(accepted).toHaveLength(max);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await t.db.attachment.count({ where: { applicationId, slot: "CHSI_REPORT" } })).toBe(max);
    expect(storedFiles(storage)).toMatchObject({
      stored: expect.toSatisfy((s: string[]) => s.length === max),
      staging: [],
    });
  });
});

describe("upload quota per application", () => {
  it("is 200 MB unless configured", () => {
    expect(defaultQuotaBytes).toBe(200 * 1024 * 1024);
  });

  it("refuses a file that would take the application's files past the quota, before its bytes travel, naming used and limit", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const quotaBytes = 100 * 1024;
    const pdf = { applicationId, slot: "CHSI_REPORT" as const, name: "报告.pdf", bytes: sample.pdf, quotaBytes };
    await upload(t.db, storage, person.id, pdf);
    await upload(t.db, storage, person.id, { ...pdf, name: "报告2.pdf" });
    const user = await loadSessionUser(t.db, person.id);
    let read = false;
    const body = (async function* () {
      read = true;
      yield sample.pdf;
    })();
    const request = {
      applicationId,
      slot: "CHSI_REPORT" as const,
      fileName: "报告3.pdf",
      declaredSize: sample.pdf.length,
    };
    const error = await refused(ingestUpload(t.db, storage, user!, request, body, { quotaBytes }));
    expect(error).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: "本申报的附件总大小不能超过 100 KB：已上传 78 KB，此文件 39 KB。请先删除不需要的附件或压缩文件后再上传",
      field: "file",
    });
    expect(read).toBe(false);
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(2);
    expect(storedFiles(storage)).toMatchObject({
      stored: expect.toSatisfy((s: string[]) => s.length === 2),
      staging: [],
    });
  });

  it("a file of undeclared size is measured and refused when it does not fit, leaving nothing behind", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const quotaBytes = 60 * 1024;
    const pdf = { applicationId, slot: "CHSI_REPORT" as const, name: "报告.pdf", bytes: sample.pdf, quotaBytes };
    await upload(t.db, storage, person.id, pdf);
    const error = await refused(upload(t.db, storage, person.id, { ...pdf, name: "报告2.pdf", declaredSize: null }));
    expect(error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", field: "file" });
    expect(error.message).toMatch(/^本申报的附件总大小不能超过 60 KB：已上传 39 KB，此文件 39 KB。/);
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(1);
    expect(storedFiles(storage)).toMatchObject({
      stored: expect.toSatisfy((s: string[]) => s.length === 1),
      staging: [],
    });
    expect(await t.db.unclaimedFile.count()).toBe(0);
  });

  it("parallel uploads cannot pass the quota together", async () => {
    const { person, api, applicationId, storage } = await freshDraft();
    const paper = await api.applicationForm.addEntry({ applicationId, module: "papers", data: entryData.papers });
    const fits = 3;
    const quotaBytes = fits * sample.pdf.length + 1000;
    const results = await Promise.allSettled(
      Array.from({ length: fits + 3 }, (_, i) =>
        upload(t.db, storage, person.id, {
          applicationId,
          slot: i % 2 ? "CHSI_REPORT" : "PAPER_PROOF",
          entryId: i % 2 ? null : paper.id,
          name: `文件${i}.pdf`,
          bytes: sample.pdf,
          quotaBytes,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(fits);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    const { _sum } = await t.db.attachment.aggregate({ where: { applicationId }, _sum: { size: true } });
    expect(_sum.size).toBeLessThanOrEqual(quotaBytes);
    expect(storedFiles(storage).stored).toHaveLength(fits);
  });
});

describe("proofs of entries", () => {
  it("a proof names a saved entry of the same application, and deleting the entry deletes its files", async () => {
    const { person, api, applicationId, storage } = await freshDraft();
    const other = await freshDraft();
    const education = await api.applicationForm.addEntry({
      applicationId,
      module: "education",
      data: entryData.education,
    });
    const otherEntry = await other.api.applicationForm.addEntry({
      applicationId: other.applicationId,
      module: "education",
      data: entryData.education,
    });

    expect(
      await refused(
        upload(t.db, storage, person.id, {
          applicationId,
          slot: "EDUCATION_PROOF",
          name: "毕业证.pdf",
          bytes: sample.pdf,
        }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "请先保存该条目，再上传证明附件",
    });
    expect(
      await refused(
        upload(t.db, storage, person.id, {
          applicationId,
          slot: "EDUCATION_PROOF",
          entryId: otherEntry.id,
          name: "毕业证.pdf",
          bytes: sample.pdf,
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "该条目不存在或已删除，请刷新后再上传" });
    // A proof slot of another module does not take this entry either.
    expect(
      await refused(
        upload(t.db, storage, person.id, {
          applicationId,
          slot: "PAPER_PROOF",
          entryId: education.id,
          name: "x.pdf",
          bytes: sample.pdf,
        }),
      ),
    ).toMatchObject({
      code: "NOT_FOUND",
    });

    await upload(t.db, storage, person.id, {
      applicationId,
      slot: "EDUCATION_PROOF",
      entryId: education.id,
      name: "毕业证.pdf",
      bytes: sample.pdf,
    });
    await upload(t.db, storage, person.id, {
      applicationId,
      slot: "EDUCATION_PROOF",
      entryId: education.id,
      name: "学位证.jpg",
      bytes: sample.jpeg,
    });
    await upload(t.db, storage, person.id, { applicationId, slot: "PHOTO", name: "照片.jpg", bytes: sample.jpeg });
    expect(storedFiles(storage).stored).toHaveLength(3);

    await api.applicationForm.deleteEntry({
      applicationId,
      module: "education",
      entryId: education.id,
      version: education.version,
    });
    const left = await api.attachment.list({ applicationId });
    expect(left.map((a) => a.slot)).toEqual(["PHOTO"]);
    expect(storedFiles(storage).stored).toHaveLength(1);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entityId: applicationId, action: "application.entry.delete" },
    });
    expect(audit.detail).toMatchObject({ entryId: education.id, filesDeleted: 2 });
  });
});

describe("an upload that does not finish leaves nothing behind", () => {
  it("a dropped connection mid-body: no row, no stored file, no staged part", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const user = await loadSessionUser(t.db, person.id);
    const body = (async function* () {
      const chunks = chunksOf(bigPng(1_500_000));
      yield chunks[0];
      yield chunks[1];
      throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    })();
    const request = { applicationId, slot: "PHOTO" as const, fileName: "照片.png", declaredSize: 1_500_000 };
    expect(
      await refused(
        ingestUpload(t.db, storage, user!, request, Readable.from(body), { quotaBytes: defaultQuotaBytes }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "上传中断，文件未保存，请重新上传",
    });
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(0);
    expect(storedFiles(storage)).toEqual({ stored: [], staging: [] });
  });

  it("a body that ends before its declared length is an interrupted upload, not a shorter file", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const truncated = sample.pdf.subarray(0, 10_000);
    expect(
      await refused(
        upload(t.db, storage, person.id, {
          applicationId,
          slot: "UNIT_PUBLICITY",
          name: "公示表.pdf",
          bytes: truncated,
          declaredSize: sample.pdf.length,
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: "上传中断，文件未保存，请重新上传" });
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(0);
    expect(storedFiles(storage)).toEqual({ stored: [], staging: [] });
  });

  it("storage failing to take the file: no row and no staged part", async () => {
    const { person, applicationId } = await freshDraft();
    const storage = testStorage({ fresh: true });
    const failing = Object.assign(Object.create(LocalFileStorage.prototype), storage, {
      save: async (_file: StagedFile) => {
        throw new Error("disk full");
      },
    }) as LocalFileStorage;
    await expect(
      upload(t.db, failing, person.id, { applicationId, slot: "PHOTO", name: "照片.jpg", bytes: sample.jpeg }),
    ).rejects.toThrow("disk full");
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(0);
    expect(storedFiles(storage)).toEqual({ stored: [], staging: [] });
  });

  it("the application submitted while the bytes travelled: the stored file is removed again", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const user = await loadSessionUser(t.db, person.id);
    const body = (async function* () {
      yield sample.jpeg.subarray(0, 4096);
      await t.db.application.update({
        where: { id: applicationId },
        data: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
      });
      yield sample.jpeg.subarray(4096);
    })();
    const request = { applicationId, slot: "PHOTO" as const, fileName: "照片.jpg", declaredSize: sample.jpeg.length };
    expect(
      await refused(
        ingestUpload(t.db, storage, user!, request, Readable.from(body), { quotaBytes: defaultQuotaBytes }),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: "申报已提交，不能修改",
    });
    expect(await t.db.attachment.count({ where: { applicationId } })).toBe(0);
    expect(storedFiles(storage)).toEqual({ stored: [], staging: [] });
  });
});

describe("who may read, add and delete files", () => {
  async function draftWithFiles() {
    const draft = await freshDraft();
    const photo = await upload(t.db, draft.storage, draft.person.id, {
      applicationId: draft.applicationId,
      slot: "PHOTO",
      name: "照片.jpg",
      bytes: sample.jpeg,
    });
    return { ...draft, photo };
  }

  const readAs = async (storage: LocalFileStorage, userId: string, attachmentId: string) => {
    const user = await loadSessionUser(t.db, userId);
    const file = await openAttachment(t.db, storage, user!, attachmentId);
    return { ...file, bytes: Buffer.from(await file.stream.toArray().then((c) => Buffer.concat(c))) };
  };

  it("the owner reads, lists and deletes their own files", async () => {
    const { person, api, applicationId, storage, photo } = await draftWithFiles();
    const file = await readAs(storage, person.id, photo.id);
    expect(file).toMatchObject({ name: "照片.jpg", mimeType: "image/jpeg", size: sample.jpeg.length });
    expect(sha256(file.bytes)).toBe(sha256(sample.jpeg));
    expect((await api.attachment.list({ applicationId })).map((a) => a.id)).toEqual([photo.id]);
    await api.attachment.delete({ attachmentId: photo.id });
    expect(await api.attachment.list({ applicationId })).toEqual([]);
    expect(storedFiles(storage).stored).toEqual([]);
    expect(await refusal(api.attachment.delete({ attachmentId: photo.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "附件不存在或已删除",
    });
  });

  it("another applicant gets NOT_FOUND for every file action on someone else's application, and nothing changes", async () => {
    const a = await draftWithFiles();
    const b = await freshDraft();
    const bApi = await callerFor(t.db, b.person.id);
    expect(await refusal(bApi.attachment.list({ applicationId: a.applicationId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(bApi.attachment.delete({ attachmentId: a.photo.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refused(readAs(a.storage, b.person.id, a.photo.id))).toMatchObject({
      code: "NOT_FOUND",
      message: "附件不存在或已删除",
    });
    expect(
      await refused(
        upload(t.db, a.storage, b.person.id, {
          applicationId: a.applicationId,
          slot: "ID_CARD_FRONT",
          name: "x.jpg",
          bytes: sample.jpeg,
        }),
      ),
    ).toMatchObject({
      code: "NOT_FOUND",
      message: "申报记录不存在",
    });
    // Guessed and malformed ids look the same as someone else's.
    for (const id of [randomUUID(), "not-a-uuid", "../../etc/passwd"]) {
      expect(await refused(readAs(a.storage, a.person.id, id))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await t.db.attachment.count({ where: { applicationId: a.applicationId } })).toBe(1);
    expect(storedFiles(a.storage).stored).toHaveLength(1);
  });

  it("once the application is no longer editable the owner can read but not add or delete", async () => {
    const { person, api, applicationId, storage, photo } = await draftWithFiles();
    await t.db.application.update({
      where: { id: applicationId },
      data: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
    });
    expect(
      await refused(
        upload(t.db, storage, person.id, {
          applicationId,
          slot: "ID_CARD_FRONT",
          name: "正面.jpg",
          bytes: sample.jpeg,
        }),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: "申报已提交，不能修改",
    });
    expect(await refusal(api.attachment.delete({ attachmentId: photo.id }))).toMatchObject({
      code: "FORBIDDEN",
      message: "申报已提交，不能修改",
    });
    expect((await readAs(storage, person.id, photo.id)).size).toBe(sample.jpeg.length);
    expect(storedFiles(storage).stored).toHaveLength(1);
  });

  it("reviewers read the files of applications that reached their stage, never drafts, and never delete", async () => {
    const { api, applicationId, storage, photo } = await draftWithFiles();
    const unitReviewer = await makeUser(t.db, "本单位审核人");
    await grant(t.db, unitReviewer.id, "UNIT_REVIEWER", { unitId: t.org.unit.id });
    const deptReviewer = await makeUser(t.db, "主管部门审核人");
    await grant(t.db, deptReviewer.id, "DEPT_REVIEWER", { departmentId: t.org.department.id });
    const committeeMember = await makeUser(t.db, "主任委员");
    await grant(t.db, committeeMember.id, "COMMITTEE_CHAIR", { committeeId: t.org.committee.id });
    // A plain 评委会成员 reads only what a meeting puts before them (committee-meetings.test.ts).
    const offPanelMember = await makeUser(t.db, "评委");
    await grant(t.db, offPanelMember.id, "COMMITTEE_MEMBER", { committeeId: t.org.committee.id });
    const otherOrg = await makeOrgWithPublisher(t.db);
    const strangerReviewer = await makeUser(t.db, "他单位审核人");
    await grant(t.db, strangerReviewer.id, "UNIT_REVIEWER", { unitId: otherOrg.org.unit.id });
    const reviewers = [unitReviewer, deptReviewer, committeeMember];

    for (const r of [...reviewers, strangerReviewer]) {
      expect(await refused(readAs(storage, r.id, photo.id)), `${r.name} on a draft`).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    await t.db.application.update({
      where: { id: applicationId },
      data: { status: "SUBMITTED", stage: "UNIT_REVIEW" },
    });
    // At 推荐单位审核 only the unit reads it; the department and the committee once it reaches them.
    expect(sha256((await readAs(storage, unitReviewer.id, photo.id)).bytes)).toBe(sha256(sample.jpeg));
    for (const r of [deptReviewer, committeeMember]) {
      expect(await refused(readAs(storage, r.id, photo.id)), `${r.name} before its stage`).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    await t.db.application.update({ where: { id: applicationId }, data: { stage: "COMMITTEE_REVIEW" } });
    for (const r of reviewers) {
      expect(sha256((await readAs(storage, r.id, photo.id)).bytes), r.name).toBe(sha256(sample.jpeg));
      const rApi = await callerFor(t.db, r.id, storage);
      expect((await rApi.attachment.list({ applicationId })).map((a) => a.id)).toEqual([photo.id]);
      expect(await refusal(rApi.attachment.delete({ attachmentId: photo.id }))).toMatchObject({ code: "NOT_FOUND" });
    }
    for (const r of [strangerReviewer, offPanelMember]) {
      expect(await refused(readAs(storage, r.id, photo.id)), r.name).toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await api.attachment.list({ applicationId })).length).toBe(1);
  });

  it("signed out, the procedures refuse", async () => {
    const { applicationId, photo } = await draftWithFiles();
    const anonymous = await callerFor(t.db, null);
    expect(await refusal(anonymous.attachment.list({ applicationId }))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await refusal(anonymous.attachment.delete({ attachmentId: photo.id }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("metadata", () => {
  it("records owner, application, slot, entry, name, detected type, size, sha256, key and time, and audits the upload", async () => {
    const { person, applicationId, storage } = await freshDraft();
    const before = new Date();
    const view = await upload(t.db, storage, person.id, {
      applicationId,
      slot: "ID_CARD_BACK",
      name: "反面.png",
      bytes: sample.png,
    });
    const row = await t.db.attachment.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({
      ownerId: person.id,
      applicationId,
      slot: "ID_CARD_BACK",
      entryId: null,
      originalName: "反面.png",
      mimeType: "image/png",
    });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entityId: applicationId, action: "application.attachment.add" },
    });
    expect(audit.detail).toMatchObject({ attachmentId: view.id, slot: "ID_CARD_BACK", sha256: sha256(sample.png) });
    const stream = await storage.open(row.storageKey);
    expect((await text(stream)).length).toBeGreaterThan(0);
  });
});
