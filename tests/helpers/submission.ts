import type { PrismaClient } from "@/generated/prisma/client";
import type { AttachmentSlotCode } from "@/lib/attachments/slots";
import { entrySlotOf, materialSlotCodes } from "@/lib/attachments/slots";
import type { FileStorage } from "@/server/storage/types";
import { fillForm, startDraft, twoExpertsBasicInfo } from "./application-form";
import { sample, upload } from "./attachments";
import type { Org } from "./fixtures";

/**
 * Shared by the submission tests: a draft that passes every 数据验证信息 rule — every module saved
 * (破格 with two recommending experts), two entries per module, the first with the 参评 mark, and every file the
 * rules ask for: the photo, the four materials, each expert's 推荐意见表 and each 参评 entry's proof.
 */
export async function completeDraft(
  db: PrismaClient,
  storage: FileStorage,
  org: Org,
  publisherId: string,
  name = "提交人",
  info = twoExpertsBasicInfo,
) {
  const draft = await startDraft(db, org, publisherId, name);
  const { person, api, applicationId } = draft;
  await fillForm(api, applicationId, 2, info);
  const form = await api.applicationForm.get({ applicationId });
  const file = (slot: AttachmentSlotCode, entryId: string | null, bytes = sample.pdf, fileName = "证明.pdf") =>
    upload(db, storage, person.id, { applicationId, slot, entryId, name: fileName, bytes });
  await file("PHOTO", null, sample.jpeg, "照片.jpg");
  for (const slot of materialSlotCodes) await file(slot, null);
  for (const expert of form.entries.exceptionalExperts) await file("EXPERT_ATTACHMENT", expert.id);
  for (const [module, entries] of Object.entries(form.entries)) {
    for (const entry of entries) {
      if (entry.data.representative === true) await file(entrySlotOf(module as never), entry.id);
    }
  }
  return draft;
}
