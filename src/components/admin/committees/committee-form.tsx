"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import type { TitleSeriesCode } from "@/lib/dictionaries";
import { createCommitteeSchema } from "@/server/domain/admin/committees/committee.schema";
import { api } from "@/trpc/react";
import { DepartmentSelect } from "../department-select";
import { commonLabels } from "../messages";
import { SeriesOptions } from "../series-options";
import { useServerErrors } from "../use-server-errors";
import { committeeLabels as L } from "./labels";

export type EditableCommittee = { id: string; name: string; series: string; departmentId: string };

/** Creates a committee, or edits `committee` when given. */
export function CommitteeForm({
  committee,
  onSaved,
  onCancel,
}: {
  committee: EditableCommittee | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    resolver: zodResolver(createCommitteeSchema),
    defaultValues: {
      name: committee?.name ?? "",
      series: (committee?.series ?? "") as TitleSeriesCode,
      departmentId: committee?.departmentId ?? "",
    },
  });
  const { formError, report } = useServerErrors(form);
  const utils = api.useUtils();
  const create = api.admin.committees.create.useMutation();
  const update = api.admin.committees.update.useMutation();
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = committee ? await update.mutateAsync({ id: committee.id, ...values }) : await create.mutateAsync(values);
      await utils.admin.invalidate();
      onSaved(committee ? L.updated(saved.name) : L.created(saved.name));
    } catch (error) {
      report(error);
    }
  });

  const title = committee ? L.editTitle : L.createTitle;
  return (
    <Panel title={title} labelledBy="committee-form-title">
      <form noValidate onSubmit={onSubmit} aria-label={title} className="space-y-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="committee-name" label={L.name} required error={errors.name?.message}>
            <TextInput {...controlProps("committee-name", errors.name?.message, true)} {...form.register("name")} autoFocus />
          </Field>
          <Field id="committee-series" label={L.series} required error={errors.series?.message}>
            <Select {...controlProps("committee-series", errors.series?.message, true)} {...form.register("series")}>
              <SeriesOptions placeholder={commonLabels.pleaseSelect} />
            </Select>
          </Field>
          <Field id="committee-department" label={L.department} required error={errors.departmentId?.message}>
            <DepartmentSelect
              {...controlProps("committee-department", errors.departmentId?.message, true)}
              {...form.register("departmentId")}
            />
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
