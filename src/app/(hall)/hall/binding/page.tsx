import type { Metadata } from "next";
import Link from "next/link";
import { BindingCenter } from "@/components/binding/binding-center";
import { bindingLabels as L } from "@/components/binding/labels";
import { PageTitle } from "@/components/page-title";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.pageTitle };

/** 个人绑定单位 (manual 3.1): binding to a recommending unit is the precondition for applying. */
export default async function BindingPage() {
  await requireUser();
  const current = await (await serverApi()).binding.current();
  return (
    <div>
      <PageTitle title={L.pageTitle} subtitle={L.pageSubtitle}>
        <Link href="/hall" className="text-sm text-brand-700 hover:underline">
          {L.backToHall}
        </Link>
      </PageTitle>
      <BindingCenter initialCurrent={current} />
    </div>
  );
}
