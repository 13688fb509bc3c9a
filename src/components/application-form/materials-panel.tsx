"use client";

import { AttachmentSlot } from "@/components/attachments/attachment-slot";
import { materialsComplete, useAttachments } from "@/components/attachments/use-attachments";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RequiredMark } from "@/components/ui/field";
import { materialSlotCodes, slotOf } from "@/lib/attachments/slots";
import type { FormView } from "./form-view";
import { formLabels as L } from "./labels";

/**
 * 材料附件信息, on the 提交 page after the last module of 信息填报. The four materials the manual
 * names (身份证正面、反面, 学籍在线验证报告, 单位公示表), each with its rules and files, and whether
 * 个人照片 (uploaded in 基本信息) is there.
 */
export function MaterialsPanel({ form, onGoToBasicInfo }: { form: FormView; onGoToBasicInfo: () => void }) {
  const applicationId = form.application.id;
  const editable = form.application.editableScopes.materials;
  const { files, inSlot } = useAttachments(applicationId);
  const complete = materialsComplete(files);
  const photos = inSlot("PHOTO");
  const photo = slotOf("PHOTO");

  return (
    <section aria-labelledby="materials-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex items-center justify-between gap-4 border-b border-slate-100 px-5 py-3">
        <h2 id="materials-title" className="text-base font-semibold text-slate-900">
          {L.materials}
          <RequiredMark />
        </h2>
        <Badge tone={complete ? "green" : "gray"}>{complete ? L.complete : L.incomplete}</Badge>
      </header>
      <div className="space-y-3 p-5">
        <p className="text-sm text-slate-500">{L.materialsIntro}</p>
        {materialSlotCodes.map((code) => (
          <AttachmentSlot key={code} applicationId={applicationId} slot={code} editable={editable} />
        ))}
        <div
          data-testid="photo-state"
          className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 py-3 text-sm"
        >
          <p>
            <span className="font-medium text-slate-900">
              {L.photoState}
              {photo.required && <RequiredMark />}
            </span>
            <span className="ml-3">
              {photos.length > 0 ? (
                <span className="text-green-700">
                  <span aria-hidden="true">✓ </span>
                  {L.photoUploaded(photos.map((p) => p.name).join("、"))}
                </span>
              ) : (
                <span className="text-amber-700">{L.photoMissing}</span>
              )}
            </span>
          </p>
          {photos.length === 0 && form.application.editableScopes.basicInfo && (
            <Button variant="secondary" size="sm" onClick={onGoToBasicInfo}>
              {L.goToPhoto}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
