"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { createDepartmentSchema } from "@/lib/admin/departments/department.schema";
import { api } from "@/trpc/react";
import { FormPanel } from "../form-panel";
import type { EditorProps } from "../use-editing";
import { useSaveForm } from "../use-save-form";
import { departmentLabels as L } from "./labels";

export type EditableDepartment = { id: string; name: string };

/** Creates a department, or renames `department` when given. */
export function DepartmentForm({
  department,
  onSaved,
  onCancel,
}: { department: EditableDepartment | null } & EditorProps) {
  const form = useSummaryForm({
    resolver: zodResolver(createDepartmentSchema),
    defaultValues: { name: department?.name ?? "" },
  });
  const create = api.admin.departments.create.useMutation();
  const rename = api.admin.departments.rename.useMutation();
  const submit = useSaveForm(
    form,
    (values) => (department ? rename.mutateAsync({ id: department.id, ...values }) : create.mutateAsync(values)),
    (saved) => onSaved(department ? L.renamed(saved.name) : L.created(saved.name)),
    [{ name: "name", id: "department-name", label: L.name }],
  );
  const errors = form.formState.errors;

  return (
    <FormPanel
      title={department ? L.renameTitle : L.createTitle}
      titleId="department-form-title"
      onCancel={onCancel}
      {...submit}
    >
      <Field id="department-name" label={L.name} required error={errors.name?.message} className="max-w-md">
        <TextInput
          {...controlProps("department-name", errors.name?.message, true)}
          {...form.register("name")}
          autoFocus
        />
      </Field>
    </FormPanel>
  );
}
