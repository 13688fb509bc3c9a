"use client";

import { FileLinks } from "@/components/attachments/attachment-files";
import { type AttachmentView, materialsComplete, useAttachments } from "@/components/attachments/use-attachments";
import { RequiredMark } from "@/components/ui/field";
import type { FieldList } from "@/lib/application-form/field-kinds";
import type { ModuleCompletion, SectionView } from "@/lib/application-form/form.types";
import { type EntryModuleKey, type ModuleKey, modules, textModuleKeys } from "@/lib/application-form/modules";
import {
  annualAssessmentFields,
  basicInfoFields,
  continuingEducationFields,
  isExceptional,
} from "@/lib/application-form/section-fields";
import { type AttachmentSlotCode, entrySlotOf, materialSlotCodes, slotOf } from "@/lib/attachments/slots";
import { EntriesTable } from "./entries/entries-table";
import { ValueList } from "./field-values";
import { type FormView, type ReadableForm, visibleGroups } from "./form-view";
import { formLabels as L } from "./labels";
import { CompletionBadge } from "./module-panel";

/**
 * 「全部信息」: every module with its saved values and files (个人照片 under 基本信息, each entry's
 * proofs in its row, then 材料附件信息), for the applicant to review in one view and for anyone who
 * may only read the application. Dictionary codes read as their labels; a file's name opens its
 * preview.
 */
export function ReadAllView({ form }: { form: FormView }) {
  const { files } = useAttachments(form.application.id);
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{L.allInfo}</h2>
        <p className="mt-1 text-sm text-slate-500">{L.allInfoIntro}</p>
      </div>
      <ApplicationValues form={form} files={files} completion={form.completion} />
    </section>
  );
}

/**
 * The body of 「全部信息」 for any source: the applicant's saved form with its completion marks, or a
 * submitted snapshot (a reviewer's view, no marks) with the files it names.
 */
export function ApplicationValues({
  form,
  files,
  completion,
}: {
  form: ReadableForm;
  files: AttachmentView[];
  completion?: Record<ModuleKey, ModuleCompletion>;
}) {
  const inSlot = (slot: AttachmentSlotCode, entryId: string | null = null) =>
    files.filter((f) => f.slot === slot && f.entryId === entryId);
  const materialsDone = materialsComplete(files);
  return (
    <>
      {visibleGroups(form).map((group) => (
        <div key={group.label} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <p className="border-b border-slate-100 bg-slate-50 px-5 py-2 text-xs font-semibold tracking-wide text-slate-500">
            {group.label}
          </p>
          <div className="divide-y divide-slate-100">
            {group.modules.map((key) => (
              <section key={key} aria-labelledby={`all-${key}`} data-module={key} className="px-5 py-4">
                <header className="mb-3 flex items-center gap-2">
                  <h3 id={`all-${key}`} className="text-sm font-semibold text-slate-900">
                    {modules[key].label}
                    {modules[key].required && <RequiredMark />}
                  </h3>
                  {completion && <CompletionBadge state={completion[key]} />}
                </header>
                <ModuleValues form={form} module={key} inSlot={inSlot} />
              </section>
            ))}
          </div>
        </div>
      ))}
      <section
        aria-labelledby="all-materials"
        data-module="materials"
        className="rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm"
      >
        <header className="mb-3 flex items-center gap-2">
          <h3 id="all-materials" className="text-sm font-semibold text-slate-900">
            {L.materials}
            <RequiredMark />
          </h3>
          {completion && <CompletionBadge state={materialsDone ? "complete" : "incomplete"} />}
        </header>
        <FileRows rows={materialSlotCodes.map((code) => ({ code, files: inSlot(code) }))} />
      </section>
    </>
  );
}

type InSlot = (slot: AttachmentSlotCode, entryId?: string | null) => AttachmentView[];

/** Each slot's name (asterisk when 必传) and its files, or 未上传. */
function FileRows({ rows }: { rows: { code: AttachmentSlotCode; files: AttachmentView[] }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {rows.map(({ code, files }) => (
        // Wrapping: on a phone the files go below a long slot name rather than being cut to 「doc…」.
        <div key={code} data-slot={code} className="flex flex-wrap gap-x-2">
          <dt className="shrink-0 text-slate-500">
            {slotOf(code).label}
            {slotOf(code).required && <RequiredMark />}：
          </dt>
          <dd className="min-w-0 text-slate-900">
            <FileLinks files={files} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One module's saved values (and its files) read-only: in 「全部信息」, and for a module the applicant may not change now. */
export function ModuleValues({ form, module, inSlot }: { form: ReadableForm; module: ModuleKey; inSlot: InSlot }) {
  if (modules[module].kind === "entries") {
    const slot = entrySlotOf(module as EntryModuleKey);
    return (
      <EntriesTable
        module={module as EntryModuleKey}
        entries={form.entries[module as EntryModuleKey]}
        everyField
        proofs={{
          header: L.attachmentsTitle,
          cell: (entry) => <FileLinks files={inSlot(slot, entry.id)} emptyText={L.empty} compact />,
        }}
      />
    );
  }
  if (module === "basicInfo") {
    return (
      <div className="space-y-3">
        <SectionValues form={form} module={module} />
        <FileRows rows={[{ code: "PHOTO", files: inSlot("PHOTO") }]} />
      </div>
    );
  }
  return <SectionValues form={form} module={module} />;
}

function SectionValues({ form, module }: { form: ReadableForm; module: ModuleKey }) {
  const section: SectionView = form.sections[module as keyof ReadableForm["sections"]];
  if (!section) return <p className="text-sm text-slate-500">{L.notFilled}</p>;
  const { data } = section;
  if ((textModuleKeys as ModuleKey[]).includes(module)) {
    const text = typeof data.text === "string" ? data.text : "";
    return text ? (
      <p className="whitespace-pre-wrap text-sm leading-relaxed text-slate-800">{text}</p>
    ) : (
      <p className="text-sm text-slate-500">{L.notFilled}</p>
    );
  }
  if (module === "annualAssessment") {
    const results = (data.results ?? {}) as Record<string, unknown>;
    return <FieldValues fields={annualAssessmentFields(form.assessmentYears)} data={results} />;
  }
  if (module === "continuingEducation") return <FieldValues fields={continuingEducationFields} data={data} />;
  const { exceptionalCategory, ...always } = basicInfoFields;
  return <FieldValues fields={isExceptional(data) ? basicInfoFields : always} data={data} />;
}

/** A section's saved values, field by field in the form's order. */
function FieldValues({ fields, data }: { fields: FieldList; data: Record<string, unknown> }) {
  return <ValueList rows={Object.entries(fields).map(([key, field]) => ({ key, field, value: data[key] }))} />;
}
