import type { Metadata } from "next";
import { Card, PageTitle } from "@/components/page-title";
import { ReviewQueue } from "@/components/review-queue/review-queue";
import { unitLabels as L } from "@/components/unit/labels";
import { UnitWorkspace } from "@/components/unit/unit-workspace";
import { queueLabels } from "@/lib/review-queue/labels";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.pageTitle };

/** 单位工作台 */
export default async function UnitWorkspacePage() {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  await requireRole("UNIT_REVIEWER");
  const units = await (await serverApi()).workspace.unit();
  return (
    <div>
      <PageTitle title={L.pageTitle} subtitle={L.pageSubtitle} />
      <div className="space-y-8">
        <Card title={queueLabels.section}>
          <ReviewQueue stage="UNIT_REVIEW" />
        </Card>
        <UnitWorkspace units={units} />
      </div>
    </div>
  );
}
