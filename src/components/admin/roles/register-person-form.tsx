"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import type { RoleKindCode } from "@/lib/dictionaries";
import { registerPersonSchema } from "@/server/domain/admin/roles/role.schema";
import { api } from "@/trpc/react";
import { commonLabels } from "../messages";
import { useServerErrors } from "../use-server-errors";
import { roleLabels as L } from "./labels";
import { RoleScopeFields } from "./role-scope-fields";

/** Registers someone who has never signed in (by 身份证号) and grants them a role. */
export function RegisterPersonForm({ onRegistered, onCancel }: { onRegistered: (userId: string, message: string) => void; onCancel: () => void }) {
  const form = useForm({
    resolver: zodResolver(registerPersonSchema),
    defaultValues: { name: "", idCardNumber: "", role: "" as RoleKindCode, unitId: "", departmentId: "", committeeId: "" },
  });
  const { formError, report } = useServerErrors(form);
  const utils = api.useUtils();
  const register = api.admin.roles.registerAndGrant.useMutation();
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { person } = await register.mutateAsync(values);
      await utils.admin.invalidate();
      onRegistered(person.id, L.registered(person.name));
    } catch (error) {
      report(error);
    }
  });

  return (
    <Panel title={L.registerTitle} labelledBy="register-person-title">
      <form noValidate onSubmit={onSubmit} aria-label={L.registerTitle} className="space-y-4">
        <p className="text-sm text-slate-500">{L.registerHint}</p>
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid items-start gap-4 md:grid-cols-2">
          <Field id="register-name" label={L.name} required error={errors.name?.message}>
            <TextInput {...controlProps("register-name", errors.name?.message, true)} {...form.register("name")} autoFocus />
          </Field>
          <Field id="register-id-card" label={L.idCard} required error={errors.idCardNumber?.message}>
            <TextInput
              {...controlProps("register-id-card", errors.idCardNumber?.message, true)}
              {...form.register("idCardNumber")}
              maxLength={18}
              autoComplete="off"
              className="font-mono uppercase"
            />
          </Field>
          <RoleScopeFields
            idPrefix="register"
            role={form.watch("role")}
            fields={{
              role: { props: form.register("role"), error: errors.role?.message },
              unitId: { props: form.register("unitId"), error: errors.unitId?.message },
              departmentId: { props: form.register("departmentId"), error: errors.departmentId?.message },
              committeeId: { props: form.register("committeeId"), error: errors.committeeId?.message },
            }}
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit" pending={form.formState.isSubmitting}>
            {L.registerSubmit}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {commonLabels.cancel}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
