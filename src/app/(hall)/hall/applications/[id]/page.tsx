import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicationOverview } from "@/components/application/application-overview";
import { applicationLabels as L } from "@/components/application/labels";
import { PageTitle } from "@/components/page-title";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.pageTitle };

/** One of the applicant's applications; someone else's id is simply not found. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const api = await serverApi();
  const application = await api.application.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div>
      <PageTitle title={L.pageTitle} subtitle={application.notice.title} />
      <ApplicationOverview application={application} />
    </div>
  );
}
