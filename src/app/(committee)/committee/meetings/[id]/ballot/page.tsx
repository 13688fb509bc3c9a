import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ballotLabels as L } from "@/components/ballot/labels";
import { MyBallot } from "@/components/ballot/my-ballot";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.myBallotTitle };

/** 无记名投票: an expert's own ballot in one meeting; a meeting they do not sit on is not found. */
export default async function BallotPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("COMMITTEE_MEMBER");
  const { id } = await params;
  const ballot = await (await serverApi()).ballot.myBallot({ meetingId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  return (
    <div>
      <PageTitle title={L.myBallotTitle} subtitle={ballot.meeting.name} />
      <MyBallot initial={ballot} />
    </div>
  );
}
