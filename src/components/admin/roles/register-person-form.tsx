"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { registerPersonSchema } from "@/lib/admin/roles/role.schema";
import type { RoleKindCode } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { FormPanel } from "../form-panel";
import { useSaveForm } from "../use-save-form";
import { roleLabels as L } from "./labels";
import { RoleScopeFields, roleScopeControls } from "./role-scope-fields";

const summaryFields = [
  { name: "name", id: "register-name", label: L.name },
  { name: "idCardNumber", id: "register-id-card", label: L.idCard },
  { name: "role", id: "register-role", label: L.role },
  { name: "unitId", id: "register-unit", label: L.unit },
  { name: "departmentId", id: "register-department", label: L.department },
  { name: "committeeId", id: "register-committee", label: L.committee },
];

/** Registers someone who has never signed in (by 身份证号) and grants them a role. */
export function RegisterPersonForm({
  onRegistered,
  onCancel,
}: {
  onRegistered: (userId: string, message: string) => void;
  onCancel: () => void;
}) {
  const form = useSummaryForm({
    resolver: zodResolver(registerPersonSchema),
    defaultValues: {
      name: "",
      idCardNumber: "",
      role: "" as RoleKindCode,
      unitId: "",
      departmentId: "",
      committeeId: "",
    },
  });
  const register = api.admin.roles.registerAndGrant.useMutation();
  const submit = useSaveForm(
    form,
    (values) => register.mutateAsync(values),
    ({ person }) => onRegistered(person.id, L.registered(person.name)),
    summaryFields,
  );
  const errors = form.formState.errors;

  return (
    <FormPanel
      title={L.registerTitle}
      titleId="register-person-title"
      intro={<p className="text-sm text-slate-500">{L.registerHint}</p>}
      submitLabel={L.registerSubmit}
      onCancel={onCancel}
      {...submit}
    >
      <div className="grid items-start gap-4 md:grid-cols-2">
        <Field id="register-name" label={L.name} required error={errors.name?.message}>
          <TextInput
            {...controlProps("register-name", errors.name?.message, true)}
            {...form.register("name")}
            autoFocus
          />
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
          fields={roleScopeControls(form.register, errors)}
        />
      </div>
    </FormPanel>
  );
}
