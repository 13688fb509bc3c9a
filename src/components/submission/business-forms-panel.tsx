"use client";

import { useState } from "react";
import { Modal } from "@/components/attachments/modal";
import { PdfViewer } from "@/components/pdf/pdf-viewer";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  type BusinessFormKind,
  businessFormLabel,
  businessForms,
  businessFormUrl,
} from "@/lib/business-forms/business-forms";
import { businessFormLabels as L } from "./labels";

const linkButton =
  "inline-flex items-center justify-center whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

/**
 * 业务表册信息: 职称评审一览表 and 公示表 of one application, each with 预览 (the app's own PDF viewer,
 * which runs no document scripts) and 下载. `draft` marks them as following the current draft.
 */
export function BusinessFormsPanel({
  applicationId,
  draft,
  intro,
}: {
  applicationId: string;
  draft: boolean;
  /** The sentence above the list, when the reader is not the applicant (a reviewer). */
  intro?: string;
}) {
  const [open, setOpen] = useState<BusinessFormKind | null>(null);
  return (
    <section aria-labelledby="business-forms-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-5 py-3">
        <h2 id="business-forms-title" className="text-base font-semibold text-slate-900">
          {L.title}
        </h2>
      </header>
      <div className="space-y-3 p-5">
        <p className="text-sm text-slate-600">{intro ?? (draft ? L.draftHint : L.intro)}</p>
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {businessForms.map(({ kind, label }) => (
            <li
              key={kind}
              data-business-form={kind}
              className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
            >
              <span className="flex items-center gap-2 text-sm font-medium text-slate-900">
                {label}
                <Badge tone={draft ? "amber" : "green"}>{draft ? L.draft : L.submitted}</Badge>
              </span>
              <span className="flex gap-2">
                <Button variant="secondary" size="sm" onClick={() => setOpen(kind)}>
                  {L.preview}
                </Button>
                <a href={businessFormUrl(applicationId, kind, true)} className={linkButton}>
                  {L.download}
                </a>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <Modal
        open={open !== null}
        onClose={() => setOpen(null)}
        width="xl"
        title={open ? L.previewTitle(businessFormLabel(open)) : ""}
        footer={
          open && (
            <>
              <a href={businessFormUrl(applicationId, open, true)} className={linkButton}>
                {L.download}
              </a>
              <Button onClick={() => setOpen(null)}>{L.close}</Button>
            </>
          )
        }
      >
        {open && <PdfViewer key={open} url={businessFormUrl(applicationId, open)} title={businessFormLabel(open)} />}
      </Modal>
    </section>
  );
}
