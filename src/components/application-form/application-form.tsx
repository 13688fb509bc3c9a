"use client";

import { useEffect, useRef, useState } from "react";
import { type AttachmentView, useAttachments } from "@/components/attachments/use-attachments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type EntryModuleKey, modules, type TextModuleKey } from "@/lib/application-form/modules";
import { applicationStatuses, labelOf } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { AnnualAssessmentForm } from "./annual-assessment-form";
import { BasicInfoForm } from "./basic-info-form";
import { ContinuingEducationForm } from "./continuing-education-form";
import { EntryModulePanel } from "./entries/entry-module-panel";
import { ExpertsGate } from "./experts-gate";
import { expertsApply, type FormPageView, type FormView, viewOrder } from "./form-view";
import { formLabels as L } from "./labels";
import { MaterialsPanel } from "./materials-panel";
import { ModuleNavigator } from "./module-navigator";
import { ReadAllView } from "./read-all-view";
import { TextModuleForm } from "./text-module-form";
import { UnsavedProvider, useUnsavedGuard } from "./unsaved-changes";

/**
 * 信息填报: the module navigator on the left, the chosen module (`?m=` in the address, so a reload
 * stays put) with 「上一步」/「下一步」, 「材料附件信息」 after the last module. An application the
 * caller may not change shows 「全部信息」 alone. `initialAttachments` seeds the one file list every
 * attachment slot on the page reads.
 */
export function ApplicationForm({
  initialForm,
  initialView,
  initialAttachments,
}: {
  initialForm: FormView;
  initialView: FormPageView;
  initialAttachments?: AttachmentView[];
}) {
  const applicationId = initialForm.application.id;
  const { data: form = initialForm } = api.applicationForm.get.useQuery(
    { applicationId },
    { initialData: initialForm },
  );
  useAttachments(applicationId, initialAttachments);
  const [view, setView] = useState<FormPageView>(initialView);
  const guard = useUnsavedGuard(L.leaveConfirm);
  const main = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    main.current?.focus({ preventScroll: true });
    main.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [view]);

  if (!form.application.editable) {
    return (
      <div className="space-y-4">
        <Alert tone="info">{L.readOnlyNotice(labelOf(applicationStatuses, form.application.status))}</Alert>
        <ReadAllView form={form} />
      </div>
    );
  }

  const go = (next: FormPageView) => {
    if (next === view || !guard.confirmLeave()) return;
    const url = new URL(window.location.href);
    url.searchParams.set("m", next);
    window.history.replaceState(window.history.state, "", url);
    moved.current = true;
    setView(next);
  };
  const order = viewOrder(form);
  // 破格推荐专家 opened by address before it applies still sits in its place, after 基本信息.
  if (!order.includes(view)) order.splice(1, 0, view);
  const at = order.indexOf(view);
  const previous = at > 0 ? order[at - 1] : null;
  const next = at < order.length - 1 ? order[at + 1] : null;

  return (
    <UnsavedProvider report={guard.report}>
      <div className="grid items-start gap-6 md:grid-cols-[13rem_1fr]">
        <div className="md:sticky md:top-4">
          <ModuleNavigator form={form} current={view} onSelect={go} />
        </div>
        <div className="min-w-0 space-y-4">
          <div ref={main} tabIndex={-1} className="scroll-mt-4 outline-none">
            <CurrentModule key={view} form={form} view={view} onGoToBasicInfo={() => go("basicInfo")} />
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
    </UnsavedProvider>
  );
}

function CurrentModule({
  form,
  view,
  onGoToBasicInfo,
}: {
  form: FormView;
  view: FormPageView;
  onGoToBasicInfo: () => void;
}) {
  if (view === "all") return <ReadAllView form={form} />;
  if (view === "materials") return <MaterialsPanel form={form} onGoToBasicInfo={onGoToBasicInfo} />;
  if (view === "exceptionalExperts" && !expertsApply(form)) return <ExpertsGate onGoToBasicInfo={onGoToBasicInfo} />;
  if (modules[view].kind === "entries") return <EntryModulePanel form={form} module={view as EntryModuleKey} />;
  if (view === "basicInfo") return <BasicInfoForm form={form} />;
  if (view === "continuingEducation") return <ContinuingEducationForm form={form} />;
  if (view === "annualAssessment") return <AnnualAssessmentForm form={form} />;
  return <TextModuleForm form={form} module={view as TextModuleKey} />;
}
