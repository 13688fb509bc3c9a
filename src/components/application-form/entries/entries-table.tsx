import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import type { EntryView } from "@/server/domain/application-form/contract";
import { type EntryColumn, entryFormFields, entryModuleConfigs } from "./entry-fields";
import { displayValue } from "../field-labels";
import { entryName, periodText, REPRESENTATIVE } from "./entry-schema";
import { entryLabels as L } from "./labels";

/** The saved entries of a module, with 编辑 and 删除 per row when `actions` are given. */
export function EntriesTable({
  module,
  entries,
  actions,
}: {
  module: EntryModuleKey;
  entries: EntryView[];
  actions?: { disabled: boolean; onEdit: (entry: EntryView) => void; onDelete: (entry: EntryView) => void };
}) {
  const definition = modules[module];
  const config = entryModuleConfigs[module];
  const fields = entryFormFields(module);
  const field = (key: string) => fields.find((f) => f.key === key)!;
  const header = (c: EntryColumn) => (typeof c === "string" ? field(c).label : L.period);
  const cell = (c: EntryColumn, data: Record<string, unknown>) =>
    typeof c === "string" ? displayValue(field(c), data[c]) : periodText(field(c[0]), field(c[1]), data);
  const colSpan = config.columns.length + (actions ? 1 : 0);

  return (
    <Table label={L.table(definition.label)}>
      <THead>
        {config.columns.map((c) => (
          <Th key={header(c)}>{header(c)}</Th>
        ))}
        {actions && <Th className="w-28">{L.actions}</Th>}
      </THead>
      <TBody>
        {entries.length === 0 ? (
          <TableMessage colSpan={colSpan}>{definition.required ? L.emptyRequired : L.empty}</TableMessage>
        ) : (
          entries.map((entry) => {
            const name = entryName(module, entry.data);
            return (
              <tr key={entry.id} className="hover:bg-slate-50">
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
                {actions && (
                  <Td>
                    <span className="flex gap-3">
                      <Button variant="link" disabled={actions.disabled} aria-label={L.rowAction(L.edit, name)} onClick={() => actions.onEdit(entry)}>
                        {L.edit}
                      </Button>
                      <Button variant="link" disabled={actions.disabled} aria-label={L.rowAction(L.delete, name)} onClick={() => actions.onDelete(entry)}>
                        {L.delete}
                      </Button>
                    </span>
                  </Td>
                )}
              </tr>
            );
          })
        )}
      </TBody>
    </Table>
  );
}
