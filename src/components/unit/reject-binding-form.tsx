"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import { actionErrorMessage, fieldErrorOf } from "@/components/ui/server-error";
import { rejectReasonFormSchema } from "@/lib/binding/binding.schema";
import { unitLabels as L } from "./labels";

/**
 * 驳回 opens this under the request's row: the reason is required and shown to the applicant.
 * `onReject` handles refusals about the request itself; what it rethrows belongs at the field.
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
  const form = useForm({ resolver: zodResolver(rejectReasonFormSchema), defaultValues: { reason: "" } });
  const id = `reject-reason-${bindingId}`;
  const error = form.formState.errors.reason?.message;

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    try {
      await onReject(reason);
    } catch (e) {
      form.setError(
        "reason",
        { type: "server", message: fieldErrorOf(e, "reason") ?? actionErrorMessage(e) },
        { shouldFocus: true },
      );
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label={L.rejectTitle(applicantName)} className="space-y-3">
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
