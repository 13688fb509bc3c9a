"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field, FieldMessage, RequiredMark } from "@/components/ui/field";
import { Checkbox, Select, TextArea, TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import { createNoticeSchema, type NoticeFormValues } from "@/lib/admin/notices/notice.schema";
import { toShanghaiLocalInput } from "@/lib/datetime";
import { labelOf, type TitleSeriesCode, titleLevels, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { DepartmentSelect } from "../department-select";
import { FormPanel } from "../form-panel";
import { commonLabels } from "../messages";
import { SeriesOptions } from "../series-options";
import type { EditorProps } from "../use-editing";
import { useSaveForm } from "../use-save-form";
import { noticeLabels as L } from "./labels";

const emptyNotice: NoticeFormValues = {
  title: "",
  body: "",
  series: "" as TitleSeriesCode,
  levels: [],
  departmentId: "",
  committeeId: "",
  startsAt: "",
  endsAt: "",
};

/** Drafts a new notice, or edits the draft `noticeId` once it has loaded. */
export function NoticeForm({ noticeId, onSaved, onCancel }: { noticeId: string | null } & EditorProps) {
  const existing = api.admin.notices.get.useQuery({ id: noticeId ?? "" }, { enabled: noticeId !== null });
  if (noticeId && !existing.data) {
    return (
      <Panel title={L.editTitle}>
        {existing.error ? (
          <Alert tone="error">{existing.error.message}</Alert>
        ) : (
          <p className="text-sm text-slate-500">{commonLabels.loading}</p>
        )}
      </Panel>
    );
  }
  const n = existing.data;
  const initial: NoticeFormValues = n
    ? {
        title: n.title,
        body: n.body,
        series: n.series as TitleSeriesCode,
        levels: n.levels,
        departmentId: n.departmentId,
        committeeId: n.committeeId,
        startsAt: toShanghaiLocalInput(n.startsAt),
        endsAt: toShanghaiLocalInput(n.endsAt),
      }
    : emptyNotice;
  return <NoticeFields noticeId={noticeId} initial={initial} onSaved={onSaved} onCancel={onCancel} />;
}

const summaryFields = [
  { name: "title", id: "notice-title", label: L.title },
  { name: "series", id: "notice-series", label: L.series },
  { name: "levels", id: "notice-levels", label: L.levels },
  { name: "committeeId", id: "notice-committee", label: L.committee },
  { name: "departmentId", id: "notice-department", label: L.department },
  { name: "startsAt", id: "notice-starts-at", label: L.startsAt },
  { name: "endsAt", id: "notice-ends-at", label: L.endsAt },
  { name: "body", id: "notice-body", label: L.body },
];

function NoticeFields({
  noticeId,
  initial,
  onSaved,
  onCancel,
}: { noticeId: string | null; initial: NoticeFormValues } & EditorProps) {
  const form = useSummaryForm({ resolver: zodResolver(createNoticeSchema), defaultValues: initial });
  const create = api.admin.notices.create.useMutation();
  const update = api.admin.notices.update.useMutation();
  const submit = useSaveForm(
    form,
    (values) => (noticeId ? update.mutateAsync({ id: noticeId, ...values }) : create.mutateAsync(values)),
    (saved) => onSaved(noticeId ? L.updated(saved.title) : L.created(saved.title)),
    summaryFields,
  );
  const committees = api.admin.committees.options.useQuery();
  const errors = form.formState.errors;
  const series = form.watch("series");
  const matching = committees.data?.filter((c) => c.series === series) ?? [];
  const others = committees.data?.filter((c) => c.series !== series) ?? [];

  return (
    <FormPanel
      title={noticeId ? L.editTitle : L.createTitle}
      titleId="notice-form-title"
      onCancel={onCancel}
      {...submit}
    >
      <Field id="notice-title" label={L.title} required error={errors.title?.message}>
        <TextInput
          {...controlProps("notice-title", errors.title?.message, true)}
          {...form.register("title")}
          autoFocus
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="notice-series" label={L.series} required error={errors.series?.message}>
          <Select {...controlProps("notice-series", errors.series?.message, true)} {...form.register("series")}>
            <SeriesOptions placeholder={commonLabels.pleaseSelect} />
          </Select>
        </Field>
        <fieldset id="notice-levels" aria-describedby={errors.levels ? "notice-levels-error" : undefined}>
          <legend className="mb-1 block text-sm font-medium text-slate-700">
            {L.levels}
            <RequiredMark />
          </legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2 py-1.5">
            {titleLevels.map((level) => (
              <Checkbox key={level.code} label={level.label} value={level.code} {...form.register("levels")} />
            ))}
          </div>
          <FieldMessage id="notice-levels" error={errors.levels?.message} />
        </fieldset>
        <Field id="notice-committee" label={L.committee} required error={errors.committeeId?.message}>
          <Select
            {...controlProps("notice-committee", errors.committeeId?.message, true)}
            {...form.register("committeeId")}
          >
            <option value="">{commonLabels.pleaseSelect}</option>
            {matching.length > 0 && (
              <optgroup label={L.committeeMatching}>
                {matching.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={L.committeeOthers}>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}（{labelOf(titleSeries, c.series)}）
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Field id="notice-department" label={L.department} required error={errors.departmentId?.message}>
          <DepartmentSelect
            {...controlProps("notice-department", errors.departmentId?.message, true)}
            {...form.register("departmentId")}
          />
        </Field>
        <Field id="notice-starts-at" label={L.startsAt} required error={errors.startsAt?.message} hint={L.timeZoneHint}>
          <TextInput
            type="datetime-local"
            {...controlProps("notice-starts-at", errors.startsAt?.message, true)}
            {...form.register("startsAt")}
          />
        </Field>
        <Field id="notice-ends-at" label={L.endsAt} required error={errors.endsAt?.message} hint={L.timeZoneHint}>
          <TextInput
            type="datetime-local"
            {...controlProps("notice-ends-at", errors.endsAt?.message, true)}
            {...form.register("endsAt")}
          />
        </Field>
      </div>
      <Field id="notice-body" label={L.body} required error={errors.body?.message} hint={L.bodyHint}>
        <TextArea rows={8} {...controlProps("notice-body", errors.body?.message, true)} {...form.register("body")} />
      </Field>
    </FormPanel>
  );
}
