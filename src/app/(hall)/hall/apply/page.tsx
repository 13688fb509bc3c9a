import type { Metadata } from "next";
import Link from "next/link";
import { ApplyWizard } from "@/components/application/apply-wizard";
import { applyLabels as L } from "@/components/application/labels";
import { hallRoutes } from "@/components/hall/routes";
import { PageTitle } from "@/components/page-title";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.pageTitle };

/** 专业技术职称评审申报: 条件自检, then the notice to apply under. */
export default async function ApplyPage() {
  await requireUser();
  const api = await serverApi();
  const [notices, recommending] = await Promise.all([api.notice.listOpen(), api.application.recommendingUnit()]);
  return (
    <div>
      <PageTitle title={L.pageTitle} subtitle={L.pageSubtitle}>
        <Link href={hallRoutes.hall} className="text-sm font-medium text-brand-700 hover:underline">
          {L.backToHall}
        </Link>
      </PageTitle>
      <ApplyWizard notices={notices} recommending={recommending} />
    </div>
  );
}
