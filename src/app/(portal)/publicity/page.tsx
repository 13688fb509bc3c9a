import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { PublicityList } from "@/components/publicity/publicity-list";
import { publicityLabels as L } from "@/lib/publicity/labels";
import { getCurrentUser } from "@/server/auth/current-user";

export const metadata: Metadata = { title: L.pageTitle };

/** 评审结果公示: public, no sign-in needed to read; objections need one. */
export default async function PublicityPage() {
  const user = await getCurrentUser();
  return (
    <div>
      <PageTitle title={L.pageTitle} subtitle={L.pageIntro} />
      <PublicityList signedIn={user !== null} />
    </div>
  );
}
