import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { unitLabels as L } from "@/components/unit/labels";
import { UnitWorkspace } from "@/components/unit/unit-workspace";
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
      <UnitWorkspace units={units} />
    </div>
  );
}
