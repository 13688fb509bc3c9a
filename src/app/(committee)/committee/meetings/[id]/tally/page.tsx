import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CloseVotePanel } from "@/components/ballot/close-vote-panel";
import { ballotLabels as L } from "@/components/ballot/labels";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.tallyTitle };

/** 投票进度与结果: the chair's view of a meeting's ballot and 结束投票; another committee's meeting is not found. */
export default async function TallyPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("COMMITTEE_CHAIR");
  const { id } = await params;
  const progress = await (await serverApi()).ballot.progress({ meetingId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  return (
    <div>
      <PageTitle
        title={L.tallyTitle}
        subtitle={`${progress.meeting.name}　${L.meetingFacts(progress.meeting.date, progress.meeting.place)}`}
      />
      <CloseVotePanel initial={progress} />
    </div>
  );
}
