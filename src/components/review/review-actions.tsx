"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Modal } from "@/components/attachments/modal";
import { Button } from "@/components/ui/button";
import { ErrorSummary, useErrorSummary, useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field, FieldMessage, RequiredMark } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import { fieldErrorOf, readServerError, SERVER_FAULT } from "@/components/ui/server-error";
import { type EditableScope, editableScopes } from "@/lib/application/editability";
import { scopeLabel } from "@/lib/application/scope-label";
import {
  OPINION_MAX_LENGTH,
  type ReviewDetail,
  reviewPassInput,
  reviewReturnInput,
  reviewTerminateInput,
} from "@/lib/review/review-actions";
import { api } from "@/trpc/react";
import { reviewLabels as L } from "./labels";

export type ReviewAction = "PASS" | "RETURN" | "TERMINATE";

/** A refusal the dialog cannot fix: someone else acted first (with 刷新), or any other message. */
export type ActionRefusal = { message: string; alreadyHandled: boolean };

const passForm = reviewPassInput.pick({ opinion: true });
const returnForm = reviewReturnInput.pick({ opinion: true, modules: true });
const terminateForm = reviewTerminateInput.pick({ reason: true });

/** Each dialog's fields in their order on screen, as its error summary names them. */
const passFields = [{ name: "opinion", id: "pass-opinion", label: L.passOpinion }];
const returnFields = [
  { name: "opinion", id: "return-opinion", label: L.returnOpinion },
  { name: "modules", id: "return-modules", label: L.returnModules },
];
const terminateFields = [{ name: "reason", id: "terminate-reason", label: L.terminateReason }];

/**
 * 审核操作: 「通过」 (optional opinion), 「退回」 (opinion and at least one module), 「终止审核」 (a
 * reason, and a confirmation naming the applicant), each in its dialog and each only when the
 * server says the caller may (`detail.can`). The application's version goes with every action, so
 * one taken by someone else meanwhile is refused as already handled. A confirmation refused for its
 * fields lists them in the dialog's error summary, which takes focus (inside the dialog).
 */
export function ReviewActions({
  detail,
  nextStage,
  onDone,
  onRefused,
}: {
  detail: ReviewDetail;
  nextStage: string;
  onDone: (action: ReviewAction) => void;
  onRefused: (refusal: ActionRefusal) => void;
}) {
  const [open, setOpen] = useState<ReviewAction | null>(null);
  const { can } = detail;
  const close = () => setOpen(null);
  const finish = (action: ReviewAction) => {
    setOpen(null);
    onDone(action);
  };
  /** A refusal that belongs to no field closes the dialog and shows on the page. */
  const refuse = (error: unknown) => {
    const { reason, message } = readServerError(error);
    setOpen(null);
    onRefused({ message: message ?? SERVER_FAULT, alreadyHandled: reason === "ALREADY_HANDLED" });
  };
  const props = { detail, onClose: close, onDone: finish, onRefused: refuse };

  if (!can.pass && !can.return && !can.terminate) {
    const { status } = detail.application;
    const reason = status === "RETURNED" || status === "TERMINATED" ? L.noActions[status] : L.noActions.other;
    return <p className="text-sm text-slate-500">{reason}</p>;
  }
  return (
    <>
      <div className="grid gap-2">
        {can.pass && (
          <Button className="w-full" onClick={() => setOpen("PASS")}>
            {L.pass}
          </Button>
        )}
        {can.return && (
          <Button variant="secondary" className="w-full" onClick={() => setOpen("RETURN")}>
            {L.return}
          </Button>
        )}
        {can.terminate && (
          <Button variant="danger" className="w-full" onClick={() => setOpen("TERMINATE")}>
            {L.terminate}
          </Button>
        )}
      </div>
      <PassDialog open={open === "PASS"} nextStage={nextStage} {...props} />
      <ReturnDialog open={open === "RETURN"} {...props} />
      <TerminateDialog open={open === "TERMINATE"} {...props} />
    </>
  );
}

type DialogProps = {
  open: boolean;
  detail: ReviewDetail;
  onClose: () => void;
  onDone: (action: ReviewAction) => void;
  onRefused: (error: unknown) => void;
};

/**
 * The messages a refusal gives `fields`: they stay in the dialog, at each field and in its error
 * summary. A refusal naming none of them closes the dialog and shows on the page.
 */
function fieldMessages<F extends string>(error: unknown, fields: readonly F[]): [F, string][] {
  return fields.flatMap((field) => {
    const message = fieldErrorOf(error, field);
    return message ? [[field, message] as [F, string]] : [];
  });
}

function PassDialog({ open, detail, nextStage, onClose, onDone, onRefused }: DialogProps & { nextStage: string }) {
  const { id: applicationId, version, applicantName } = detail.application;
  const form = useSummaryForm({ resolver: zodResolver(passForm), defaultValues: { opinion: "" } });
  const { summary, show, showInvalid, clear } = useErrorSummary(passFields);
  const pass = api.review.pass.useMutation();
  const error = form.formState.errors.opinion?.message;
  const submit = form.handleSubmit(async ({ opinion }) => {
    try {
      await pass.mutateAsync({ applicationId, version, opinion });
      form.reset();
      clear();
      onDone("PASS");
    } catch (e) {
      const placed = fieldMessages(e, ["opinion"]);
      for (const [field, message] of placed) form.setError(field, { type: "server", message });
      show(placed);
      if (placed.length === 0) onRefused(e);
    }
  }, showInvalid);
  return (
    <Modal
      open={open}
      onClose={() => !pass.isPending && onClose()}
      title={L.passTitle}
      footer={
        <>
          <Button variant="secondary" disabled={pass.isPending} onClick={onClose}>
            {L.cancel}
          </Button>
          <Button type="submit" form="review-pass" pending={pass.isPending}>
            {L.passConfirm}
          </Button>
        </>
      }
    >
      <form id="review-pass" noValidate onSubmit={submit} className="space-y-4">
        <ErrorSummary {...summary} action={L.summaryAction} />
        <p className="font-medium text-slate-900">{L.passText(applicantName, nextStage)}</p>
        <Field id="pass-opinion" label={L.passOpinion} error={error} hint={L.passOpinionHint}>
          <TextArea
            {...controlProps("pass-opinion", error)}
            {...form.register("opinion")}
            rows={4}
            maxLength={OPINION_MAX_LENGTH}
          />
        </Field>
      </form>
    </Modal>
  );
}

function ReturnDialog({ open, detail, onClose, onDone, onRefused }: DialogProps) {
  const { id: applicationId, version, applicantName } = detail.application;
  const form = useSummaryForm({
    resolver: zodResolver(returnForm),
    defaultValues: { opinion: "", modules: [] as EditableScope[] },
  });
  const { summary, show, showInvalid, clear } = useErrorSummary(returnFields);
  const back = api.review.return.useMutation();
  const opinionError = form.formState.errors.opinion?.message;
  const modulesError = form.formState.errors.modules?.message;
  const submit = form.handleSubmit(async ({ opinion, modules }) => {
    try {
      await back.mutateAsync({ applicationId, version, opinion, modules });
      form.reset();
      clear();
      onDone("RETURN");
    } catch (e) {
      const placed = fieldMessages(e, ["opinion", "modules"]);
      for (const [field, message] of placed) form.setError(field, { type: "server", message });
      show(placed);
      if (placed.length === 0) onRefused(e);
    }
  }, showInvalid);
  return (
    <Modal
      open={open}
      onClose={() => !back.isPending && onClose()}
      title={L.returnTitle}
      width="xl"
      footer={
        <>
          <Button variant="secondary" disabled={back.isPending} onClick={onClose}>
            {L.cancel}
          </Button>
          <Button type="submit" form="review-return" pending={back.isPending}>
            {L.returnConfirm}
          </Button>
        </>
      }
    >
      <form id="review-return" noValidate onSubmit={submit} className="space-y-4">
        <ErrorSummary {...summary} action={L.summaryAction} />
        <p className="font-medium text-slate-900">{L.returnText(applicantName)}</p>
        <Field id="return-opinion" label={L.returnOpinion} required error={opinionError} hint={L.returnOpinionHint}>
          <TextArea
            {...controlProps("return-opinion", opinionError, true)}
            {...form.register("opinion")}
            rows={4}
            maxLength={OPINION_MAX_LENGTH}
          />
        </Field>
        <fieldset
          id="return-modules"
          aria-describedby={modulesError ? "return-modules-error" : "return-modules-hint"}
          aria-invalid={modulesError ? true : undefined}
        >
          <legend className="mb-1 text-sm font-medium text-slate-700">
            {L.returnModules}
            <RequiredMark />
          </legend>
          <p id="return-modules-hint" className="mb-2 text-xs text-slate-500">
            {L.returnModulesHint}
          </p>
          <div
            className={`grid gap-x-4 gap-y-2 rounded-md border p-3 sm:grid-cols-3 ${modulesError ? "border-red-400" : "border-slate-200"}`}
          >
            {editableScopes.map((scope) => (
              <label key={scope} className="flex cursor-pointer items-center gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  value={scope}
                  {...form.register("modules")}
                  className="size-4 rounded border-slate-300 accent-brand-600"
                />
                {scopeLabel(scope)}
              </label>
            ))}
          </div>
          <FieldMessage id="return-modules" error={modulesError} />
        </fieldset>
      </form>
    </Modal>
  );
}

function TerminateDialog({ open, detail, onClose, onDone, onRefused }: DialogProps) {
  const { id: applicationId, version, applicantName } = detail.application;
  const form = useSummaryForm({ resolver: zodResolver(terminateForm), defaultValues: { reason: "" } });
  const { summary, show, showInvalid, clear } = useErrorSummary(terminateFields);
  const terminate = api.review.terminate.useMutation();
  const error = form.formState.errors.reason?.message;
  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      await terminate.mutateAsync({ applicationId, version, reason });
      form.reset();
      clear();
      onDone("TERMINATE");
    } catch (e) {
      const placed = fieldMessages(e, ["reason"]);
      for (const [field, message] of placed) form.setError(field, { type: "server", message });
      show(placed);
      if (placed.length === 0) onRefused(e);
    }
  }, showInvalid);
  return (
    <Modal
      open={open}
      onClose={() => !terminate.isPending && onClose()}
      title={L.terminateTitle}
      footer={
        <>
          <Button variant="secondary" disabled={terminate.isPending} onClick={onClose}>
            {L.cancel}
          </Button>
          <Button type="submit" form="review-terminate" variant="destructive" pending={terminate.isPending}>
            {L.terminateConfirm}
          </Button>
        </>
      }
    >
      <form id="review-terminate" noValidate onSubmit={submit} className="space-y-4">
        <ErrorSummary {...summary} action={L.summaryAction} />
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 font-medium text-red-800">
          {L.terminateText(applicantName)}
        </p>
        <Field id="terminate-reason" label={L.terminateReason} required error={error} hint={L.terminateReasonHint}>
          <TextArea
            {...controlProps("terminate-reason", error, true)}
            {...form.register("reason")}
            rows={4}
            maxLength={OPINION_MAX_LENGTH}
          />
        </Field>
      </form>
    </Modal>
  );
}
