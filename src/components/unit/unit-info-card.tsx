import { Card } from "@/components/page-title";
import type { RouterOutputs } from "@/trpc/react";
import { unitLabels as L } from "./labels";

export type ReviewerUnit = RouterOutputs["workspace"]["unit"][number];

export function UnitInfoCard({ unit }: { unit: ReviewerUnit }) {
  return (
    <Card title={unit.name}>
      <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-slate-500">{L.creditCode}</dt>
        <dd className="font-mono">{unit.creditCode}</dd>
        <dt className="text-slate-500">{L.department}</dt>
        <dd>{unit.department.name}</dd>
        <dt className="text-slate-500">{L.reviewers}</dt>
        <dd>{unit.roles.map((r) => r.user.name).join("、")}</dd>
      </dl>
    </Card>
  );
}
