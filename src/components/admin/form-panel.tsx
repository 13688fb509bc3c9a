import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { Panel } from "@/components/ui/panel";
import { commonLabels } from "./messages";

/**
 * A titled panel holding one form: the error summary of a failed save, an optional `intro`, the
 * server's refusal banner, the fields, then 保存 (or `submitLabel`) and 取消. The form is named by `title` for assistive technology.
 */
export function FormPanel({
  title,
  titleId,
  intro,
  formError,
  summary = { errors: [], attempt: 0 },
  onSubmit,
  pending,
  submitLabel = commonLabels.save,
  onCancel,
  children,
}: {
  title: string;
  titleId: string;
  intro?: React.ReactNode;
  formError: string | null;
  summary?: { errors: readonly SummaryError[]; attempt: number };
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  pending: boolean;
  submitLabel?: string;
  onCancel: () => void;
  children: React.ReactNode;
}) {
  return (
    <Panel title={title} labelledBy={titleId}>
      <form noValidate onSubmit={onSubmit} aria-label={title} className="space-y-4">
        <ErrorSummary {...summary} />
        {intro}
        {formError && <Alert tone="error">{formError}</Alert>}
        {children}
        <div className="flex gap-2">
          <Button type="submit" pending={pending}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {commonLabels.cancel}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
