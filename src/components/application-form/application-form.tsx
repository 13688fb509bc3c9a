"use client";

import { useEffect, useRef, useState } from "react";
import { type AttachmentView, useAttachments } from "@/components/attachments/use-attachments";
import { BusinessFormsPanel } from "@/components/submission/business-forms-panel";
import { SubmitPage } from "@/components/submission/submit-page";
import { SubmittedSummary } from "@/components/submission/submitted-summary";
import { useValidationRefresh } from "@/components/submission/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type EntryModuleKey, type ModuleKey, modules, type TextModuleKey } from "@/lib/application-form/modules";
import { applicationStatuses, labelOf } from "@/lib/dictionaries";
import type { Problem } from "@/lib/submission/problem";
import type { SubmitResult } from "@/lib/submission/submission.schema";
import { api } from "@/trpc/react";
import { AnnualAssessmentForm } from "./annual-assessment-form";
import { BasicInfoForm } from "./basic-info-form";
import { ContinuingEducationForm } from "./continuing-education-form";
import { EntryModulePanel } from "./entries/entry-module-panel";
import { ExpertsGate } from "./experts-gate";
import { FormHeader } from "./form-header";
import { expertsApply, type FormPageView, type FormTarget, type FormView, viewOrder } from "./form-view";
import { formLabels as L } from "./labels";
import { ModuleNavigator } from "./module-navigator";
import { ModulePanel } from "./module-panel";
import { ModuleValues, ReadAllView } from "./read-all-view";
import { ReturnedBanner } from "./returned-banner";
import { TextModuleForm } from "./text-module-form";
import { UnsavedProvider, useUnsavedGuard } from "./unsaved-changes";

/** The control a target names inside `root`: an attachment slot's first button, or a field's control. */
function targetElement(root: HTMLElement, view: FormPageView, field?: string): HTMLElement | null {
  if (view === "materials" && !field) return root.querySelector<HTMLElement>("#materials");
  if (!field) return null;
  const name = CSS.escape(field);
  const slot = root.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  if (slot) return slot.querySelector<HTMLElement>("button") ?? slot;
  return (
    root.querySelector<HTMLElement>(`[name="${name}"]`) ?? root.querySelector<HTMLElement>(`[id$="-${name}"]`) ?? null
  );
}

/**
 * 信息填报: the module navigator on the left, the chosen module (`?m=` in the address, so a reload
 * stays put; `&entry=` and `&field=` open an entry's form and focus a field) with 「上一步」/「下一步」,
 * and after the last module the 提交 page. An application the caller may not change shows its
 * 流程推送节点, its 业务表册 and 「全部信息」. `initialAttachments` seeds the one file list every
 * attachment slot on the page reads.
 */
export function ApplicationForm({
  initialForm,
  initialView,
  initialTarget = {},
  initialAttachments,
}: {
  initialForm: FormView;
  initialView: FormPageView;
  initialTarget?: FormTarget;
  initialAttachments?: AttachmentView[];
}) {
  const applicationId = initialForm.application.id;
  const { data: form = initialForm } = api.applicationForm.get.useQuery(
    { applicationId },
    { initialData: initialForm },
  );
  useAttachments(applicationId, initialAttachments);
  const [view, setView] = useState<FormPageView>(initialView);
  const [target, setTarget] = useState<FormTarget>(initialTarget);
  const [justSubmitted, setJustSubmitted] = useState<SubmitResult | null>(null);
  const guard = useUnsavedGuard();
  const main = useRef<HTMLDivElement>(null);
  const moved = useRef(initialView === "materials" || initialTarget.field !== undefined);
  useValidationRefresh(form);

  useEffect(() => {
    if (!moved.current || !main.current) return;
    const element = targetElement(main.current, view, target.field);
    if (element) {
      element.scrollIntoView({ block: "center", behavior: "smooth" });
      element.focus({ preventScroll: true });
      return;
    }
    main.current.focus({ preventScroll: true });
    main.current.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [view, target]);

  // The header follows the live form: after 提交 it reads 申报信息 and 已申报 without a reload.
  const header = <FormHeader application={form.application} />;
  if (!form.application.editable) {
    const submitted = form.application.status !== "DRAFT";
    return (
      <div className="space-y-4">
        {header}
        {!justSubmitted && (
          <Alert tone="info">{L.readOnlyNotice(labelOf(applicationStatuses, form.application.status))}</Alert>
        )}
        {submitted && <SubmittedSummary applicationId={applicationId} justSubmitted={justSubmitted} />}
        {submitted && <BusinessFormsPanel applicationId={applicationId} draft={false} />}
        <ReadAllView form={form} />
      </div>
    );
  }

  const go = (next: FormPageView, nextTarget: FormTarget = {}) => {
    if (next === view && !nextTarget.field && !nextTarget.entryId) return;
    guard.leave(() => open(next, nextTarget));
  };
  const open = (next: FormPageView, nextTarget: FormTarget) => {
    const url = new URL(window.location.href);
    url.searchParams.set("m", next);
    for (const [key, value] of [
      ["entry", nextTarget.entryId],
      ["field", nextTarget.field],
    ] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    window.history.replaceState(window.history.state, "", url);
    moved.current = true;
    setView(next);
    setTarget(nextTarget);
  };
  const openProblem = (problem: Problem) => {
    const place = problem.module === "materials" ? "submit" : problem.module;
    if (place === "application") return;
    go(place, { entryId: problem.entryId, field: problem.field });
  };
  const order = viewOrder(form);
  const place = view === "materials" ? "submit" : view;
  // 破格推荐专家 opened by address before it applies still sits in its place, after 基本信息.
  if (!order.includes(place)) order.splice(1, 0, place);
  const at = order.indexOf(place);
  const previous = at > 0 ? order[at - 1] : null;
  const next = at < order.length - 1 ? order[at + 1] : null;

  return (
    <UnsavedProvider report={guard.report}>
      {header}
      {form.application.returned && <ReturnedBanner returned={form.application.returned} />}
      <div className="grid items-start gap-6 md:grid-cols-[13rem_1fr]">
        <div className="md:sticky md:top-4">
          <ModuleNavigator form={form} current={view} unsaved={guard.dirty} onSelect={(v) => go(v)} />
        </div>
        <div className="min-w-0 space-y-4">
          <div ref={main} tabIndex={-1} className="scroll-mt-4 outline-none">
            {place === "submit" ? (
              <SubmitPage
                form={form}
                onOpenProblem={openProblem}
                onGoToBasicInfo={() => go("basicInfo", { field: "PHOTO" })}
                onSubmitted={setJustSubmitted}
              />
            ) : (
              <CurrentModule
                key={`${view}:${target.entryId ?? ""}:${target.field ?? ""}`}
                form={form}
                view={view as Exclude<FormPageView, "submit" | "materials">}
                target={target}
                onGoToBasicInfo={() => go("basicInfo")}
              />
            )}
          </div>
          <div className="flex justify-between gap-3">
            {previous ? (
              <Button variant="secondary" onClick={() => go(previous)}>
                {L.previous}
              </Button>
            ) : (
              <span />
            )}
            {next && <Button onClick={() => go(next)}>{L.next}</Button>}
          </div>
        </div>
      </div>
      {guard.dialog}
    </UnsavedProvider>
  );
}

/** A module the applicant may not change now (a returned application's other modules): its values, read-only. */
function ReadOnlyModule({ form, module }: { form: FormView; module: ModuleKey }) {
  const { inSlot } = useAttachments(form.application.id);
  return (
    <ModulePanel module={module}>
      <div className="space-y-4">
        <NotReturnedNotice module={module} />
        <ModuleValues form={form} module={module} inSlot={inSlot} />
      </div>
    </ModulePanel>
  );
}

function NotReturnedNotice({ module }: { module: ModuleKey }) {
  return (
    <p data-testid="read-only-module" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
      {L.notReturnedNotice(modules[module].label)}
    </p>
  );
}

function CurrentModule({
  form,
  view,
  target,
  onGoToBasicInfo,
}: {
  form: FormView;
  view: Exclude<FormPageView, "submit" | "materials">;
  target: FormTarget;
  onGoToBasicInfo: () => void;
}) {
  if (view === "all") return <ReadAllView form={form} />;
  if (!form.application.editableScopes[view]) {
    if (modules[view].kind !== "entries") return <ReadOnlyModule form={form} module={view} />;
    return (
      <div className="space-y-3">
        <NotReturnedNotice module={view} />
        <EntryModulePanel form={form} module={view as EntryModuleKey} target={target} />
      </div>
    );
  }
  if (view === "exceptionalExperts" && !expertsApply(form) && form.entries.exceptionalExperts.length === 0)
    return <ExpertsGate onGoToBasicInfo={onGoToBasicInfo} />;
  if (modules[view].kind === "entries")
    return <EntryModulePanel form={form} module={view as EntryModuleKey} target={target} />;
  if (view === "basicInfo") return <BasicInfoForm form={form} />;
  if (view === "continuingEducation") return <ContinuingEducationForm form={form} />;
  if (view === "annualAssessment") return <AnnualAssessmentForm form={form} />;
  return <TextModuleForm form={form} module={view as TextModuleKey} />;
}
