"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { keepPreviousData } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { readFromAddress, writeToAddress } from "@/components/ui/address-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { FoldingFilters } from "@/components/ui/folding-filters";
import { Select, TextInput } from "@/components/ui/inputs";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { type AuditFilters, auditFiltersSchema } from "@/lib/admin/audit/audit.schema";
import { formatDateTime } from "@/lib/datetime";
import { labelOf } from "@/lib/dictionaries";
import { auditActions, auditEntityTypes, auditStatusLabel } from "@/lib/dictionaries/audit";
import { api } from "@/trpc/react";
import { commonLabels } from "../messages";
import { AuditDetail } from "./audit-detail";
import { auditLabels as L } from "./labels";

const PAGE_SIZE = 30;

const noFilters = { action: "", entityType: "", from: "", to: "" };
type FilterKey = keyof typeof noFilters;
const filterKeys = Object.keys(noFilters) as FilterKey[];

/**
 * The filters a link or a reload carries in the address (?action=…&from=…): each value kept only
 * if the form could have chosen it, and none at all if together they fail the form's own check.
 */
function filtersFrom(params: URLSearchParams): Required<AuditFilters> {
  const known = (list: readonly { code: string }[], code: string) => list.some((o) => o.code === code);
  const read = readFromAddress(params, filterKeys);
  const filters = {
    action: known(auditActions, read.action) ? read.action : "",
    entityType: known(auditEntityTypes, read.entityType) ? read.entityType : "",
    from: read.from,
    to: read.to,
  };
  return auditFiltersSchema.safeParse(filters).success ? filters : noFilters;
}

export function AuditLogBrowser() {
  const searchParams = useSearchParams();
  const [initial] = useState(() => filtersFrom(searchParams));
  const list = useListState<AuditFilters>(PAGE_SIZE, initial);
  const log = api.admin.audit.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  const form = useForm<AuditFilters, unknown, AuditFilters>({
    resolver: zodResolver(auditFiltersSchema),
    defaultValues: initial,
  });
  const errors = form.formState.errors;

  const filterBy = (filters: AuditFilters) => {
    list.filterBy(filters);
    writeToAddress(filters);
  };
  const apply = form.handleSubmit(filterBy);

  return (
    <div className="space-y-4">
      <FoldingFilters id="audit-filters" applied={filterKeys.filter((key) => list.filters[key]).length}>
        <form
          noValidate
          onSubmit={apply}
          aria-label={L.filters}
          className="grid items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_10rem_auto]"
        >
          <Field id="audit-action" label={L.action}>
            <Select id="audit-action" {...form.register("action")}>
              <option value="">{L.allActions}</option>
              {auditActions.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="audit-entity-type" label={L.entityType}>
            <Select id="audit-entity-type" {...form.register("entityType")}>
              <option value="">{L.allEntityTypes}</option>
              {auditEntityTypes.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="audit-from" label={L.from} error={errors.from?.message}>
            <TextInput type="date" {...controlProps("audit-from", errors.from?.message)} {...form.register("from")} />
          </Field>
          <Field id="audit-to" label={L.to} error={errors.to?.message}>
            <TextInput type="date" {...controlProps("audit-to", errors.to?.message)} {...form.register("to")} />
          </Field>
          <div className="flex gap-2 sm:pt-6">
            <Button type="submit">{L.filter}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                form.reset(noFilters);
                filterBy(noFilters);
              }}
            >
              {L.reset}
            </Button>
          </div>
        </form>
      </FoldingFilters>
      <PagedTable
        label={L.table}
        columns={[
          { label: L.at },
          { label: L.actor },
          { label: L.action },
          { label: L.entity },
          { label: L.statusChange },
          { label: L.detail },
        ]}
        data={log.data}
        loadingText={log.error ? log.error.message : commonLabels.loading}
        emptyText={L.empty}
        paging={list}
        renderRow={(e) => (
          <tr key={e.id}>
            <Td label={L.at} className="whitespace-nowrap tabular-nums text-slate-500">
              {formatDateTime(e.at)}
            </Td>
            <Td label={L.actor} className="whitespace-nowrap">
              {e.actorName ?? L.system}
            </Td>
            <Td label={L.action} className="whitespace-nowrap">
              {labelOf(auditActions, e.action)}
            </Td>
            <Td label={L.entity}>
              <p className="text-xs text-slate-500">{labelOf(auditEntityTypes, e.entityType)}</p>
              <p className="break-all">
                {e.entityName ?? <span className="text-xs text-slate-500">{L.deletedEntity}</span>}
              </p>
            </Td>
            <Td label={L.statusChange} className="whitespace-nowrap max-md:whitespace-normal">
              {e.fromStatus || e.toStatus ? (
                <span className="inline-flex flex-wrap items-center gap-1">
                  {e.fromStatus && <Badge>{auditStatusLabel(e.entityType, e.fromStatus)}</Badge>}
                  {e.fromStatus && "→"}
                  {e.toStatus && <Badge tone="blue">{auditStatusLabel(e.entityType, e.toStatus)}</Badge>}
                </span>
              ) : (
                <span className="text-slate-500">—</span>
              )}
            </Td>
            <Td label={L.detail} className="max-w-xs">
              <AuditDetail detail={e.detail} names={e.names} />
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
