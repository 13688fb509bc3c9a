import Link from "next/link";
import { hallRoutes } from "@/components/hall/routes";
import { Badge } from "@/components/ui/badge";
import type { RouterOutputs } from "@/trpc/react";
import { applyLabels as L } from "./labels";

export type RecommendingUnitView = RouterOutputs["application"]["recommendingUnit"];

/**
 * 推荐单位 as it stands: the approved unit that will recommend the application, or why there is
 * none yet with the way to 去绑定. Used at the bottom of 条件自检 and in the hall.
 */
export function RecommendingUnit({ recommending }: { recommending: RecommendingUnitView }) {
  if (!recommending?.approved) {
    return (
      <div className="space-y-2 text-sm" data-testid="recommending-unit">
        <p className="text-slate-700">{L.noUnit}</p>
        {recommending && (
          <p className="flex flex-wrap items-center gap-2 text-slate-600">
            <Badge tone="amber">{L.unitPending}</Badge>
            {L.pendingHint(recommending.unit.name)}
          </p>
        )}
        <Link href={hallRoutes.binding} className="inline-block font-medium text-brand-700 hover:underline">
          {L.goBind}
        </Link>
      </div>
    );
  }
  const { unit } = recommending;
  return (
    <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm" data-testid="recommending-unit">
      <dt className="text-slate-500">{L.unitName}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{unit.name}</span>
        <Badge tone="green">{L.unitApproved}</Badge>
      </dd>
      <dt className="text-slate-500">{L.creditCode}</dt>
      <dd className="font-mono">{unit.creditCode}</dd>
      <dt className="text-slate-500">{L.unitDepartment}</dt>
      <dd>{unit.departmentName}</dd>
    </dl>
  );
}
