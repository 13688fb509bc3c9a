"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary, useSummaryForm } from "@/components/ui/error-summary";
import { grantRoleSchema } from "@/lib/admin/roles/role.schema";
import { labelOf, type RoleKindCode, roleKinds } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { useSaveForm } from "../use-save-form";
import { roleLabels as L } from "./labels";
import { RoleScopeFields, roleScopeControls } from "./role-scope-fields";

const summaryFields = [
  { name: "role", id: "grant-role", label: L.role },
  { name: "unitId", id: "grant-unit", label: L.unit },
  { name: "departmentId", id: "grant-department", label: L.department },
  { name: "committeeId", id: "grant-committee", label: L.committee },
];

/** Grants one more role to the person `userId`; a failed grant lists its errors in the error summary. */
export function GrantRoleForm({
  userId,
  personName,
  onGranted,
}: {
  userId: string;
  personName: string;
  onGranted: (message: string) => void;
}) {
  const form = useSummaryForm({
    resolver: zodResolver(grantRoleSchema),
    defaultValues: { userId, role: "" as RoleKindCode, unitId: "", departmentId: "", committeeId: "" },
  });
  const grant = api.admin.roles.grant.useMutation();
  const { formError, summary, onSubmit, pending } = useSaveForm(
    form,
    (values) => grant.mutateAsync(values),
    (granted) => {
      form.reset();
      onGranted(L.granted(personName, labelOf(roleKinds, granted.role)));
    },
    summaryFields,
  );
  const errors = form.formState.errors;

  return (
    <form noValidate onSubmit={onSubmit} aria-label={L.grantTitle} className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{L.grantTitle}</h3>
      <ErrorSummary {...summary} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid items-start gap-4 md:grid-cols-2">
        <RoleScopeFields idPrefix="grant" role={form.watch("role")} fields={roleScopeControls(form.register, errors)} />
      </div>
      <Button type="submit" pending={pending}>
        {L.grant}
      </Button>
    </form>
  );
}
