import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgressView } from "@/components/submission/progress-view";
import { submissionLabels as L } from "@/components/submission/submission-labels";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.progressTitle };

/** 进度跟踪 of one of the applicant's applications; someone else's (or a malformed) id is not found. */
export default async function ProgressPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const api = await serverApi();
  const progress = await api.progress.mine({ applicationId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  return <ProgressView progress={progress} />;
}
