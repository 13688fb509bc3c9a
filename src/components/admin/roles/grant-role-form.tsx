"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { labelOf, type RoleKindCode, roleKinds } from "@/lib/dictionaries";
import { grantRoleSchema } from "@/server/domain/admin/roles/role.schema";
import { api } from "@/trpc/react";
import { useServerErrors } from "../use-server-errors";
import { roleLabels as L } from "./labels";
import { RoleScopeFields } from "./role-scope-fields";

/** Grants one more role to the person `userId`. */
export function GrantRoleForm({ userId, personName, onGranted }: { userId: string; personName: string; onGranted: (message: string) => void }) {
  const form = useForm({
    resolver: zodResolver(grantRoleSchema),
    defaultValues: { userId, role: "" as RoleKindCode, unitId: "", departmentId: "", committeeId: "" },
  });
  const { formError, report } = useServerErrors(form);
  const utils = api.useUtils();
  const grant = api.admin.roles.grant.useMutation();
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const granted = await grant.mutateAsync(values);
      await utils.admin.invalidate();
      form.reset();
      onGranted(L.granted(personName, labelOf(roleKinds, granted.role)));
    } catch (error) {
      report(error);
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label={L.grantTitle} className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{L.grantTitle}</h3>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid items-start gap-4 md:grid-cols-2">
        <RoleScopeFields
          idPrefix="grant"
          role={form.watch("role")}
          fields={{
            role: { props: form.register("role"), error: errors.role?.message },
            unitId: { props: form.register("unitId"), error: errors.unitId?.message },
            departmentId: { props: form.register("departmentId"), error: errors.departmentId?.message },
            committeeId: { props: form.register("committeeId"), error: errors.committeeId?.message },
          }}
        />
      </div>
      <Button type="submit" pending={form.formState.isSubmitting}>
        {L.grant}
      </Button>
    </form>
  );
}
