"use client";

import { useState } from "react";
import { readFromAddress } from "@/components/ui/address-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FoldingFilters } from "@/components/ui/folding-filters";
import { Select, TextInput } from "@/components/ui/inputs";
import { titleLevels, titleSeries } from "@/lib/dictionaries";
import { queueLabels as l } from "@/lib/review-queue/labels";
import { categoryFilters, type QueueFiltersInput, queueFiltersSchema } from "@/lib/review-queue/queue.schema";

/** The filter form's values: each one a string, "" when not chosen (the schema reads "" as none). */
export type FilterValues = { [K in keyof QueueFiltersInput]-?: NonNullable<QueueFiltersInput[K]> };

export const emptyFilters: FilterValues = {
  noticeId: "",
  series: "",
  level: "",
  category: "",
  submittedFrom: "",
  submittedTo: "",
  q: "",
};

const filterKeys = Object.keys(emptyFilters) as (keyof FilterValues)[];

/**
 * The filters a reload, Back from a review page or a shared link carries in the address: all of
 * them if together they pass the queue's own check (the server checks again), else none.
 */
export function filtersFromAddress(params: URLSearchParams): FilterValues {
  const parsed = queueFiltersSchema.safeParse(readFromAddress(params, filterKeys));
  if (!parsed.success) return emptyFilters;
  const f = parsed.data;
  return {
    noticeId: f.noticeId ?? "",
    series: f.series ?? "",
    level: f.level ?? "",
    category: f.category ?? "",
    submittedFrom: f.submittedFrom ?? "",
    submittedTo: f.submittedTo ?? "",
    q: f.q ?? "",
  };
}

type Option = { code: string; label: string };

function Choice(props: { id: string; label: string; value: string; options: Option[]; onChange: (v: string) => void }) {
  return (
    <Field id={props.id} label={props.label}>
      <Select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{l.filters.all}</option>
        {props.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The queue's filters: applied together on 查询 (or Enter in the search box), cleared by 重置. */
export function QueueFilters({
  notices,
  applied,
  error,
  onApply,
}: {
  notices: { id: string; title: string }[];
  /**
   * What the queue is filtered by now. The form starts from it (the filters the address opened the
   * queue with); the phone's toggle counts it, not what is typed but not yet applied.
   */
  applied: FilterValues;
  error?: string;
  onApply: (filters: FilterValues) => void;
}) {
  const [values, setValues] = useState<FilterValues>(applied);
  // Every value comes from an option of its own list (or a date/text box), so the cast only names it.
  const set = (key: keyof FilterValues) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }) as FilterValues);
  return (
    // On a phone the seven filters would stand 450 px above the queue: they fold behind one button.
    <FoldingFilters id="queue-filters" applied={Object.values(applied).filter(Boolean).length}>
      <form
        className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label="筛选"
        onSubmit={(e) => {
          e.preventDefault();
          onApply(values);
        }}
      >
        <Choice
          id="queue-notice"
          label={l.filters.notice}
          value={values.noticeId}
          options={notices.map((n) => ({ code: n.id, label: n.title }))}
          onChange={set("noticeId")}
        />
        <Choice
          id="queue-series"
          label={l.filters.series}
          value={values.series}
          options={[...titleSeries]}
          onChange={set("series")}
        />
        <Choice
          id="queue-level"
          label={l.filters.level}
          value={values.level}
          options={[...titleLevels]}
          onChange={set("level")}
        />
        <Choice
          id="queue-category"
          label={l.filters.category}
          value={values.category}
          options={categoryFilters}
          onChange={set("category")}
        />
        <Field id="queue-from" label={l.filters.submittedFrom}>
          <TextInput
            id="queue-from"
            type="date"
            value={values.submittedFrom}
            onChange={(e) => set("submittedFrom")(e.target.value)}
          />
        </Field>
        <Field id="queue-to" label={l.filters.submittedTo} error={error}>
          <TextInput
            id="queue-to"
            type="date"
            value={values.submittedTo}
            onChange={(e) => set("submittedTo")(e.target.value)}
          />
        </Field>
        <Field id="queue-q" label={l.filters.q} className="sm:col-span-2">
          <TextInput
            id="queue-q"
            type="search"
            value={values.q}
            placeholder={l.filters.qPlaceholder}
            maxLength={100}
            onChange={(e) => set("q")(e.target.value)}
          />
        </Field>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{l.filters.apply}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setValues(emptyFilters);
              onApply(emptyFilters);
            }}
          >
            {l.filters.reset}
          </Button>
        </div>
      </form>
    </FoldingFilters>
  );
}
