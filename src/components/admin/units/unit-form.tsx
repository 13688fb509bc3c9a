"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { createUnitSchema } from "@/lib/admin/units/unit.schema";
import { api } from "@/trpc/react";
import { DepartmentSelect } from "../department-select";
import { FormPanel } from "../form-panel";
import type { EditorProps } from "../use-editing";
import { useSaveForm } from "../use-save-form";
import { unitLabels as L } from "./labels";

const summaryFields = [
  { name: "name", id: "unit-name", label: L.name },
  { name: "creditCode", id: "unit-credit-code", label: L.creditCode },
  { name: "departmentId", id: "unit-department", label: L.department },
];

export type EditableUnit = { id: string; name: string; creditCode: string; departmentId: string };

/** Registers a unit, or edits `unit` when given. */
export function UnitForm({ unit, onSaved, onCancel }: { unit: EditableUnit | null } & EditorProps) {
  const form = useSummaryForm({
    resolver: zodResolver(createUnitSchema),
    defaultValues: {
      name: unit?.name ?? "",
      creditCode: unit?.creditCode ?? "",
      departmentId: unit?.departmentId ?? "",
    },
  });
  const create = api.admin.units.create.useMutation();
  const update = api.admin.units.update.useMutation();
  const submit = useSaveForm(
    form,
    (values) => (unit ? update.mutateAsync({ id: unit.id, ...values }) : create.mutateAsync(values)),
    (saved) => onSaved(unit ? L.updated(saved.name) : L.created(saved.name)),
    summaryFields,
  );
  const errors = form.formState.errors;

  return (
    <FormPanel title={unit ? L.editTitle : L.createTitle} titleId="unit-form-title" onCancel={onCancel} {...submit}>
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="unit-name" label={L.name} required error={errors.name?.message}>
          <TextInput {...controlProps("unit-name", errors.name?.message, true)} {...form.register("name")} autoFocus />
        </Field>
        <Field
          id="unit-credit-code"
          label={L.creditCode}
          required
          error={errors.creditCode?.message}
          hint={L.creditCodeHint}
        >
          <TextInput
            {...controlProps("unit-credit-code", errors.creditCode?.message, true)}
            {...form.register("creditCode")}
            maxLength={18}
            autoComplete="off"
            className="font-mono uppercase"
          />
        </Field>
        <Field id="unit-department" label={L.department} required error={errors.departmentId?.message}>
          <DepartmentSelect
            {...controlProps("unit-department", errors.departmentId?.message, true)}
            {...form.register("departmentId")}
          />
        </Field>
      </div>
    </FormPanel>
  );
}
