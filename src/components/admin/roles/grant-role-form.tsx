"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { grantRoleSchema } from "@/lib/admin/roles/role.schema";
import { labelOf, type RoleKindCode, roleKinds } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { useSaveForm } from "../use-save-form";
import { roleLabels as L } from "./labels";
import { RoleScopeFields, roleScopeControls } from "./role-scope-fields";

/** Grants one more role to the person `userId`. */
export function GrantRoleForm({
  userId,
  personName,
  onGranted,
}: {
  userId: string;
  personName: string;
  onGranted: (message: string) => void;
}) {
  const form = useForm({
    resolver: zodResolver(grantRoleSchema),
    defaultValues: { userId, role: "" as RoleKindCode, unitId: "", departmentId: "", committeeId: "" },
  });
  const grant = api.admin.roles.grant.useMutation();
  const { formError, onSubmit, pending } = useSaveForm(
    form,
    (values) => grant.mutateAsync(values),
    (granted) => {
      form.reset();
      onGranted(L.granted(personName, labelOf(roleKinds, granted.role)));
    },
  );
  const errors = form.formState.errors;

  return (
    <form noValidate onSubmit={onSubmit} aria-label={L.grantTitle} className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{L.grantTitle}</h3>
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
