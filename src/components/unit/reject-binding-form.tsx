"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, useErrorSummary, useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import { actionErrorMessage, fieldErrorOf } from "@/components/ui/server-error";
import { rejectReasonFormSchema } from "@/lib/binding/binding.schema";
import { unitLabels as L } from "./labels";

/**
 * 驳回 opens this under the request's row: the reason is required and shown to the applicant.
 * `onReject` handles refusals about the request itself; what it rethrows belongs at the field, and
 * in the error summary above it, which takes focus, as a reason left empty or too short does.
 */
export function RejectBindingForm({
  bindingId,
  applicantName,
  onReject,
  onCancel,
}: {
  bindingId: string;
  applicantName: string;
  onReject: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useSummaryForm({ resolver: zodResolver(rejectReasonFormSchema), defaultValues: { reason: "" } });
  const id = `reject-reason-${bindingId}`;
  const summaryFields = useMemo(() => [{ name: "reason", id, label: L.rejectReason }], [id]);
  const { summary, show, showInvalid, clear } = useErrorSummary(summaryFields);
  const error = form.formState.errors.reason?.message;

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    try {
      await onReject(reason);
      clear();
    } catch (e) {
      const message = fieldErrorOf(e, "reason") ?? actionErrorMessage(e);
      form.setError("reason", { type: "server", message });
      show([["reason", message]]);
    }
  }, showInvalid);

  return (
    <form noValidate onSubmit={onSubmit} aria-label={L.rejectTitle(applicantName)} className="space-y-3">
      <ErrorSummary {...summary} action={L.rejectSummaryAction} />
      <Field id={id} label={L.rejectReason} required error={error} hint={L.rejectReasonHint}>
        <TextArea {...controlProps(id, error, true)} {...form.register("reason")} rows={3} maxLength={400} autoFocus />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" pending={form.formState.isSubmitting}>
          {L.rejectConfirm}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {L.cancel}
        </Button>
      </div>
    </form>
  );
}
