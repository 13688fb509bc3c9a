import type { Metadata } from "next";
import { committeeLabels as L } from "@/components/committee/labels";
import { loadOrNotFound } from "@/components/committee/load-meeting";
import { MeetingApplicationView } from "@/components/committee/meeting-application-view";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { requireRole } from "@/server/auth/guards";

export const metadata: Metadata = { title: L.read };

/** 查阅申报材料 of one application of a meeting, for its chair and the experts of its panel. */
export default async function MeetingApplicationPage({
  params,
}: {
  params: Promise<{ id: string; applicationId: string }>;
}) {
  await requireRole(COMMITTEE_ROLES);
  const { id, applicationId } = await params;
  const detail = await loadOrNotFound((api) => api.committee.meetings.application({ meetingId: id, applicationId }));
  return <MeetingApplicationView detail={detail} meetingId={id} />;
}
