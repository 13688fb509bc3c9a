import { Badge, type BadgeTone } from "@/components/ui/badge";
import { scopeLabel } from "@/lib/application/scope-label";
import { formatDateTime } from "@/lib/datetime";
import { flowActorRoles } from "@/lib/review/application-transitions";
import type { ProgressNode, ProgressNodeState } from "@/lib/review/progress";
import { submissionLabels as L } from "./submission-labels";

const dot: Record<ProgressNodeState, string> = {
  done: "bg-green-600 text-white",
  current: "bg-brand-600 text-white ring-4 ring-brand-100",
  pending: "border-2 border-slate-300 bg-white text-slate-500",
  returned: "bg-amber-500 text-white",
  terminated: "bg-red-600 text-white",
};

const mark: Record<ProgressNodeState, string> = {
  done: "✓",
  current: "…",
  pending: "",
  returned: "↩",
  terminated: "×",
};

const tone: Record<ProgressNodeState, BadgeTone> = {
  done: "green",
  current: "blue",
  pending: "gray",
  returned: "amber",
  terminated: "red",
};

export const roleLabel = (role: string | null) => flowActorRoles.find((r) => r.code === role)?.label ?? "";

/**
 * 流程推送节点: 个人申报 → 推荐单位审核 → 主管部门审核 → 评委会评审 → 公示 → 终审通过, each with its
 * state, and for a node that was acted on: when, in which role, and the opinion. A row of six on
 * wide screens (a wrapped row would draw its connector from the page edge), a list below that.
 */
export function ProgressNodes({ nodes }: { nodes: ProgressNode[] }) {
  return (
    <ol aria-label={L.flowTitle} className="grid gap-3 lg:grid-cols-6">
      {nodes.map((node, index) => (
        <li
          key={node.key}
          data-node={node.key}
          data-state={node.state}
          aria-current={node.state === "current" ? "step" : undefined}
          className="relative flex gap-3 lg:flex-col lg:items-center lg:text-center"
        >
          {index > 0 && (
            <span
              aria-hidden="true"
              className={`absolute top-4 hidden h-0.5 lg:right-1/2 lg:block lg:w-full ${node.state === "pending" ? "bg-slate-200" : "bg-green-500"} -z-0`}
            />
          )}
          <span
            aria-hidden="true"
            className={`relative z-10 grid size-8 shrink-0 place-items-center rounded-full text-sm font-semibold ${dot[node.state]}`}
          >
            {mark[node.state]}
          </span>
          <div className="min-w-0 space-y-1">
            <p className="text-sm font-semibold text-slate-900">{node.label}</p>
            <Badge tone={tone[node.state]}>{L.nodeStates[node.state]}</Badge>
            {node.at && (
              <p className="text-xs text-slate-600">
                <time dateTime={new Date(node.at).toISOString()}>{formatDateTime(node.at)}</time>
              </p>
            )}
            {node.actorRole && <p className="text-xs text-slate-500">{roleLabel(node.actorRole)}</p>}
            {node.opinion && <p className="break-words text-xs text-slate-700">「{node.opinion}」</p>}
            {node.returnedModules.length > 0 && (
              <p className="text-xs text-amber-700">
                {L.returnedModules}
                {node.returnedModules.map(scopeLabel).join("、")}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
