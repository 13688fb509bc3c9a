"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import { createUnitSchema } from "@/server/domain/admin/units/unit.schema";
import { api } from "@/trpc/react";
import { DepartmentSelect } from "../department-select";
import { commonLabels } from "../messages";
import { useServerErrors } from "../use-server-errors";
import { unitLabels as L } from "./labels";

export type EditableUnit = { id: string; name: string; creditCode: string; departmentId: string };

/** Registers a unit, or edits `unit` when given. */
export function UnitForm({
  unit,
  onSaved,
  onCancel,
}: {
  unit: EditableUnit | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { name: unit?.name ?? "", creditCode: unit?.creditCode ?? "", departmentId: unit?.departmentId ?? "" },
  });
  const { formError, report } = useServerErrors(form);
  const utils = api.useUtils();
  const create = api.admin.units.create.useMutation();
  const update = api.admin.units.update.useMutation();
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = unit ? await update.mutateAsync({ id: unit.id, ...values }) : await create.mutateAsync(values);
      await utils.admin.invalidate();
      onSaved(unit ? L.updated(saved.name) : L.created(saved.name));
    } catch (error) {
      report(error);
    }
  });

  const title = unit ? L.editTitle : L.createTitle;
  return (
    <Panel title={title} labelledBy="unit-form-title">
      <form noValidate onSubmit={onSubmit} aria-label={title} className="space-y-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="unit-name" label={L.name} required error={errors.name?.message}>
            <TextInput {...controlProps("unit-name", errors.name?.message, true)} {...form.register("name")} autoFocus />
          </Field>
          <Field id="unit-credit-code" label={L.creditCode} required error={errors.creditCode?.message} hint={L.creditCodeHint}>
            <TextInput
              {...controlProps("unit-credit-code", errors.creditCode?.message, true)}
              {...form.register("creditCode")}
              maxLength={18}
              autoComplete="off"
              className="font-mono uppercase"
            />
          </Field>
          <Field id="unit-department" label={L.department} required error={errors.departmentId?.message}>
            <DepartmentSelect {...controlProps("unit-department", errors.departmentId?.message, true)} {...form.register("departmentId")} />
          </Field>
        </div>
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
