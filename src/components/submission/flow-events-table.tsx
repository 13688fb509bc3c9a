import { Table, TBody, Td, THead, Th } from "@/components/ui/table";
import { scopeLabel } from "@/lib/application/scope-label";
import { formatDateTime } from "@/lib/datetime";
import { type FlowEventView, flowActions } from "@/lib/review/application-transitions";
import { progressNodeLabels } from "@/lib/review/progress";
import { roleLabel } from "./progress-nodes";
import { submissionLabels as L } from "./submission-labels";

const [atColumn, nodeColumn, actionColumn, actorColumn, opinionColumn] = L.historyColumns;

const actionLabel = (code: string) => flowActions.find((a) => a.code === code)?.label ?? code;

/** 流转记录: every flow event, oldest first — when, at which node, what, in which role, the opinion. */
export function FlowEventsTable({ events }: { events: FlowEventView[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">{L.historyEmpty}</p>;
  return (
    <Table label={L.historyTable}>
      <THead>
        {L.historyColumns.map((label) => (
          <Th key={label}>{label}</Th>
        ))}
      </THead>
      <TBody>
        {events.map((e) => (
          <tr key={e.sequence}>
            <Td label={atColumn} className="whitespace-nowrap">
              {formatDateTime(e.at)}
            </Td>
            <Td label={nodeColumn} className="whitespace-nowrap">
              {e.stage ? progressNodeLabels[e.stage] : L.applicantNode}
            </Td>
            <Td label={actionColumn} className="whitespace-nowrap">
              {actionLabel(e.action)}
            </Td>
            <Td label={actorColumn} className="whitespace-nowrap">
              {roleLabel(e.actorRole)}
            </Td>
            <Td label={opinionColumn}>
              <span className="whitespace-pre-wrap break-words">{e.opinion ?? "—"}</span>
              {e.returnedModules.length > 0 && (
                <span className="mt-0.5 block text-xs text-amber-700">
                  {L.returnedModules}
                  {e.returnedModules.map(scopeLabel).join("、")}
                </span>
              )}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
