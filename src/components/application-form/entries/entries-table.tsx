import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { entryModuleOf, REPRESENTATIVE, type TableColumn, tableColumns } from "@/lib/application-form/entry-fields";
import { shownLabel } from "@/lib/application-form/field-kinds";
import type { EntryView } from "@/lib/application-form/form.types";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { displayValue, ValueList } from "../field-values";
import { entryName, periodText } from "./entry-schema";
import { entryLabels as L } from "./labels";

/**
 * The saved entries of a module, with 编辑 and 删除 per row when `actions` are given, and the
 * entries' proof files (附件) when `proofs` is: a cell per row, and optionally a full-width row
 * under an entry (its upload slot). With `everyField` («全部信息»), the fields that are not
 * columns are listed under each entry.
 */
export function EntriesTable({
  module,
  entries,
  actions,
  proofs,
  everyField,
}: {
  module: EntryModuleKey;
  entries: EntryView[];
  actions?: { disabled: boolean; onEdit: (entry: EntryView) => void; onDelete: (entry: EntryView) => void };
  proofs?: {
    header: string;
    cell: (entry: EntryView, name: string) => React.ReactNode;
    detail?: (entry: EntryView, name: string) => React.ReactNode;
  };
  everyField?: boolean;
}) {
  const definition = modules[module];
  const { fields, titleField, period } = entryModuleOf(module);
  const columns = tableColumns(module);
  const header = (c: TableColumn) => ("key" in c ? shownLabel(fields[c.key]) : L.period);
  const cell = (c: TableColumn, data: Record<string, unknown>) =>
    "key" in c ? displayValue(fields[c.key], data[c.key]) : periodText(module, c.period, data);
  const isTitle = (c: TableColumn) => "key" in c && c.key === titleField;
  const shown = new Set([...columns.flatMap((c) => ("key" in c ? [c.key] : [])), ...(period ?? [])]);
  const rest = Object.keys(fields).filter((key) => !shown.has(key));
  const colSpan = columns.length + (actions ? 1 : 0) + (proofs ? 1 : 0);

  return (
    <Table label={L.table(definition.label)}>
      <THead>
        {columns.map((c) => (
          <Th key={header(c)}>{header(c)}</Th>
        ))}
        {proofs && <Th>{proofs.header}</Th>}
        {actions && <Th className="w-28">{L.actions}</Th>}
      </THead>
      <TBody>
        {entries.length === 0 ? (
          <TableMessage colSpan={colSpan}>{definition.required ? L.emptyRequired : L.empty}</TableMessage>
        ) : (
          entries.map((entry) => {
            const name = entryName(module, entry.data);
            const detail = proofs?.detail?.(entry, name);
            return (
              <Fragment key={entry.id}>
                <tr className="hover:bg-slate-50">
                  {columns.map((c) => (
                    <Td
                      key={header(c)}
                      kind={isTitle(c) ? "title" : undefined}
                      label={isTitle(c) ? undefined : header(c)}
                      className={isTitle(c) ? "font-medium text-slate-900" : ""}
                    >
                      {cell(c, entry.data)}
                      {isTitle(c) && entry.data[REPRESENTATIVE] === true && (
                        <span className="ml-2">
                          <Badge tone="blue">{L.representativeBadge}</Badge>
                        </span>
                      )}
                    </Td>
                  ))}
                  {proofs && <Td label={proofs.header}>{proofs.cell(entry, name)}</Td>}
                  {actions && (
                    <Td kind="actions">
                      <span className="flex gap-3">
                        <Button
                          variant="link"
                          disabled={actions.disabled}
                          aria-label={L.rowAction(L.edit, name)}
                          onClick={() => actions.onEdit(entry)}
                        >
                          {L.edit}
                        </Button>
                        <Button
                          variant="link"
                          disabled={actions.disabled}
                          aria-label={L.rowAction(L.delete, name)}
                          onClick={() => actions.onDelete(entry)}
                        >
                          {L.delete}
                        </Button>
                      </span>
                    </Td>
                  )}
                </tr>
                {everyField && rest.length > 0 && (
                  <tr>
                    <td colSpan={colSpan} className="px-3 pb-3">
                      <ValueList rows={rest.map((key) => ({ key, field: fields[key], value: entry.data[key] }))} />
                    </td>
                  </tr>
                )}
                {detail && (
                  <tr>
                    <td colSpan={colSpan} className="bg-slate-50 px-3 py-3">
                      {detail}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })
        )}
      </TBody>
    </Table>
  );
}
