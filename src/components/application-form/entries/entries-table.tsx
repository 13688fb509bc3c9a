import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import type { EntryView } from "@/server/domain/application-form/contract";
import { displayValue } from "../field-labels";
import { type EntryColumn, entryFormFields, entryModuleConfigs } from "./entry-fields";
import { entryName, periodText, REPRESENTATIVE } from "./entry-schema";
import { entryLabels as L } from "./labels";

/**
 * The saved entries of a module, with 编辑 and 删除 per row when `actions` are given, and the
 * entries' proof files (附件) when `proofs` is: a cell per row, and optionally a full-width row
 * under an entry (its upload slot).
 */
export function EntriesTable({
  module,
  entries,
  actions,
  proofs,
}: {
  module: EntryModuleKey;
  entries: EntryView[];
  actions?: { disabled: boolean; onEdit: (entry: EntryView) => void; onDelete: (entry: EntryView) => void };
  proofs?: {
    header: string;
    cell: (entry: EntryView, name: string) => React.ReactNode;
    detail?: (entry: EntryView, name: string) => React.ReactNode;
  };
}) {
  const definition = modules[module];
  const config = entryModuleConfigs[module];
  const fields = entryFormFields(module);
  const field = (key: string) => fields.find((f) => f.key === key)!;
  const header = (c: EntryColumn) => (typeof c === "string" ? field(c).label : L.period);
  const cell = (c: EntryColumn, data: Record<string, unknown>) =>
    typeof c === "string" ? displayValue(field(c), data[c]) : periodText(field(c[0]), field(c[1]), data);
  const colSpan = config.columns.length + (actions ? 1 : 0) + (proofs ? 1 : 0);

  return (
    <Table label={L.table(definition.label)}>
      <THead>
        {config.columns.map((c) => (
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
                  {config.columns.map((c) => (
                    <Td key={header(c)} className={c === config.titleField ? "font-medium text-slate-900" : ""}>
                      {cell(c, entry.data)}
                      {c === config.titleField && entry.data[REPRESENTATIVE] === true && (
                        <span className="ml-2">
                          <Badge tone="blue">{L.representativeBadge}</Badge>
                        </span>
                      )}
                    </Td>
                  ))}
                  {proofs && <Td>{proofs.cell(entry, name)}</Td>}
                  {actions && (
                    <Td>
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
