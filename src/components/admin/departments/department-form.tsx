"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import { createDepartmentSchema } from "@/server/domain/admin/departments/department.schema";
import { api } from "@/trpc/react";
import { commonLabels } from "../messages";
import { useServerErrors } from "../use-server-errors";
import { departmentLabels as L } from "./labels";

type Department = { id: string; name: string };

/** Creates a department, or renames `department` when given. */
export function DepartmentForm({
  department,
  onSaved,
  onCancel,
}: {
  department: Department | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useForm({ resolver: zodResolver(createDepartmentSchema), defaultValues: { name: department?.name ?? "" } });
  const { formError, report } = useServerErrors(form);
  const utils = api.useUtils();
  const create = api.admin.departments.create.useMutation();
  const rename = api.admin.departments.rename.useMutation();
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = department ? await rename.mutateAsync({ id: department.id, ...values }) : await create.mutateAsync(values);
      await utils.admin.invalidate();
      onSaved(department ? L.renamed(saved.name) : L.created(saved.name));
    } catch (error) {
      report(error);
    }
  });

  const title = department ? L.renameTitle : L.createTitle;
  return (
    <Panel title={title} labelledBy="department-form-title">
      <form noValidate onSubmit={onSubmit} aria-label={title} className="space-y-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <Field id="department-name" label={L.name} required error={errors.name?.message} className="max-w-md">
          <TextInput {...controlProps("department-name", errors.name?.message, true)} {...form.register("name")} autoFocus />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" pending={form.formState.isSubmitting}>
            {commonLabels.save}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {commonLabels.cancel}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
