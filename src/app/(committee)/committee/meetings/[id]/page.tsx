import type { Metadata } from "next";
import { committeeLabels as L } from "@/components/committee/labels";
import { loadOrNotFound } from "@/components/committee/load-meeting";
import { MeetingPage } from "@/components/committee/meeting-page";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { requireRole } from "@/server/auth/guards";

export const metadata: Metadata = { title: L.meetingsTitle };

/** 评审会议: its chair runs it, the experts of its panel read it; anyone else finds nothing. */
export default async function CommitteeMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  await requireRole(COMMITTEE_ROLES);
  const { id } = await params;
  const meeting = await loadOrNotFound((api) => api.committee.meetings.get({ meetingId: id }));
  return <MeetingPage initial={meeting} />;
}
