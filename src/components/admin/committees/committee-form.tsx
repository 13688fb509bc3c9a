"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { createCommitteeSchema } from "@/lib/admin/committees/committee.schema";
import type { TitleSeriesCode } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { DepartmentSelect } from "../department-select";
import { FormPanel } from "../form-panel";
import { commonLabels } from "../messages";
import { SeriesOptions } from "../series-options";
import type { EditorProps } from "../use-editing";
import { useSaveForm } from "../use-save-form";
import { committeeLabels as L } from "./labels";

const summaryFields = [
  { name: "name", id: "committee-name", label: L.name },
  { name: "code", id: "committee-code", label: L.code },
  { name: "series", id: "committee-series", label: L.series },
  { name: "departmentId", id: "committee-department", label: L.department },
];

export type EditableCommittee = { id: string; name: string; code: string; series: string; departmentId: string };

/** Creates a committee, or edits `committee` when given. */
export function CommitteeForm({ committee, onSaved, onCancel }: { committee: EditableCommittee | null } & EditorProps) {
  const form = useSummaryForm({
    resolver: zodResolver(createCommitteeSchema),
    defaultValues: {
      name: committee?.name ?? "",
      series: (committee?.series ?? "") as TitleSeriesCode,
      departmentId: committee?.departmentId ?? "",
      code: committee?.code ?? "",
    },
  });
  const create = api.admin.committees.create.useMutation();
  const update = api.admin.committees.update.useMutation();
  const submit = useSaveForm(
    form,
    (values) => (committee ? update.mutateAsync({ id: committee.id, ...values }) : create.mutateAsync(values)),
    (saved) => onSaved(committee ? L.updated(saved.name) : L.created(saved.name)),
    summaryFields,
  );
  const errors = form.formState.errors;

  return (
    <FormPanel
      title={committee ? L.editTitle : L.createTitle}
      titleId="committee-form-title"
      onCancel={onCancel}
      {...submit}
    >
      <div className="grid gap-4 md:grid-cols-4">
        <Field id="committee-name" label={L.name} required error={errors.name?.message}>
          <TextInput
            {...controlProps("committee-name", errors.name?.message, true)}
            {...form.register("name")}
            autoFocus
          />
        </Field>
        <Field id="committee-code" label={L.code} hint={L.codeHint} error={errors.code?.message}>
          <TextInput {...controlProps("committee-code", errors.code?.message)} {...form.register("code")} />
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
    </FormPanel>
  );
}
