"use client";

import Link from "next/link";
import { ValueList } from "@/components/application-form/field-values";
import { PageTitle } from "@/components/page-title";
import { BusinessFormsPanel } from "@/components/submission/business-forms-panel";
import { ProgressNodes } from "@/components/submission/progress-nodes";
import { entryModules } from "@/lib/application-form/entry-fields";
import type { FieldList } from "@/lib/application-form/field-kinds";
import { entryModuleKeys, modules } from "@/lib/application-form/modules";
import { basicInfoFields } from "@/lib/application-form/section-fields";
import { slotOf } from "@/lib/attachments/slots";
import { formatDateTime } from "@/lib/datetime";
import { progressNodes } from "@/lib/review/progress";
import type { ReviewDetail } from "@/lib/review/review-actions";
import { committeeLabels as L } from "./labels";

const rowsOf = (fields: FieldList, data: Record<string, unknown> | null | undefined) =>
  Object.entries(fields).map(([key, field]) => ({ key, field, value: data?.[key] }));

/**
 * 查阅申报材料 in a meeting, read only: the submitted snapshot (基本信息 and every entry), its files
 * (each opens in the browser), both 业务表册 PDFs, and the flow so far.
 */
export function MeetingApplicationView({ detail, meetingId }: { detail: ReviewDetail; meetingId: string }) {
  const { application, snapshot } = detail;
  const nodes = progressNodes(detail.flow, { status: application.status, stage: application.stage });
  const content = snapshot.content;
  return (
    <div className="space-y-6">
      <PageTitle title={application.applicantName} subtitle={`${application.unitName} · ${application.noticeTitle}`}>
        <Link href={`/committee/meetings/${meetingId}`} className="text-sm text-brand-700 hover:underline">
          {L.back}
        </Link>
      </PageTitle>
      <p className="text-sm text-slate-500">
        {L.readOnly}（{L.submittedAt}：{formatDateTime(snapshot.submittedAt)}）
      </p>
      <section className="rounded-lg border bg-white p-5 shadow-sm">
        <h2 className="mb-3 font-semibold text-slate-900">{L.flowTitle}</h2>
        <ProgressNodes nodes={nodes} />
      </section>
      <section className="rounded-lg border bg-white p-5 shadow-sm">
        <h2 className="mb-3 font-semibold text-slate-900">{L.basicInfo}</h2>
        <ValueList rows={rowsOf(basicInfoFields, content.sections.basicInfo)} />
      </section>
      {entryModuleKeys
        .filter((key) => content.entries[key].length > 0)
        .map((key) => (
          <section key={key} className="rounded-lg border bg-white p-5 shadow-sm">
            <h2 className="mb-3 font-semibold text-slate-900">{modules[key].label}</h2>
            <div className="space-y-4 divide-y divide-slate-100">
              {content.entries[key].map((entry) => (
                <div key={entry.id} className="pt-3 first:pt-0">
                  <ValueList rows={rowsOf(entryModules[key].fields, entry.data)} />
                </div>
              ))}
            </div>
          </section>
        ))}
      <section className="rounded-lg border bg-white p-5 shadow-sm">
        <h2 className="mb-3 font-semibold text-slate-900">{L.attachmentsTitle}</h2>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {snapshot.attachments.map((file) => (
            <li key={file.id}>
              <span className="text-slate-500">{slotOf(file.slot).label}：</span>
              <a
                href={`/api/files/${file.id}`}
                target="_blank"
                rel="noreferrer"
                className="text-brand-700 hover:underline"
              >
                {file.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <BusinessFormsPanel applicationId={application.id} draft={false} />
    </div>
  );
}
