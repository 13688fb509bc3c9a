import "server-only";
import { quorumOf } from "@/lib/committee/meeting";
import { committeeMessages } from "@/lib/committee/messages";
import type { MeetingDetail } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { readUnitSnapshot } from "../application/unit-snapshot";
import { tallySelect } from "../ballot/tally-select";
import { chairedCommitteeIds } from "./committee-scope";
import { dayOf } from "./expert-view";
import { mySeatWhere } from "./meeting-scope";

/**
 * One meeting as its chair runs it (panel, attendance, every 回避, the seed) or as an expert of its
 * panel sees it (the applications and their own 回避). Anyone else: missing.
 */
export async function getMeeting(db: Db, user: SessionUser, meetingId: string): Promise<MeetingDetail> {
  const [meeting, seat] = await Promise.all([
    db.reviewMeeting.findUnique({
      where: { id: meetingId },
      select: {
        id: true,
        committeeId: true,
        noticeId: true,
        name: true,
        date: true,
        place: true,
        status: true,
        version: true,
        panelSize: true,
        specialtySeries: true,
        specialties: true,
        drawSeed: true,
        drawnAt: true,
        votingOpenedAt: true,
        closedAt: true,
        publishedAt: true,
        committee: { select: { name: true } },
        notice: { select: { title: true } },
        experts: {
          orderBy: { drawOrder: "asc" },
          select: {
            id: true,
            drawOrder: true,
            status: true,
            declineReason: true,
            present: true,
            presentMarkedAt: true,
            expert: {
              select: { specialty: true, currentTitle: true, workUnitName: true, user: { select: { name: true } } },
            },
          },
        },
        applications: {
          orderBy: { createdAt: "asc" },
          select: {
            applicationId: true,
            ...tallySelect,
            application: { select: { unitSnapshot: true, applicant: { select: { name: true } } } },
            recusals: {
              orderBy: { createdAt: "asc" },
              select: {
                meetingExpertId: true,
                automatic: true,
                reason: true,
                meetingExpert: { select: { expert: { select: { user: { select: { name: true } } } } } },
              },
            },
          },
        },
      },
    }),
    db.meetingExpert.findFirst({
      where: { AND: [{ meetingId }, mySeatWhere(user)] },
      select: { id: true, present: true },
    }),
  ]);
  const isChair = !!meeting && chairedCommitteeIds(user).includes(meeting.committeeId);
  if (!meeting || (!isChair && !seat)) throw new AppError("NOT_FOUND", committeeMessages.meetingNotFound);

  const seated = meeting.experts.filter((e) => e.status === "DRAWN");
  const present = seated.filter((e) => e.present).length;
  return {
    id: meeting.id,
    committeeId: meeting.committeeId,
    noticeId: meeting.noticeId,
    name: meeting.name,
    date: dayOf(meeting.date),
    place: meeting.place,
    status: meeting.status,
    committeeName: meeting.committee.name,
    noticeTitle: meeting.notice.title,
    applicationCount: meeting.applications.length,
    isChair,
    version: meeting.version,
    panelSize: meeting.panelSize,
    specialtySeries: meeting.specialtySeries,
    specialties: meeting.specialties,
    drawSeed: isChair ? meeting.drawSeed : null,
    drawnAt: meeting.drawnAt,
    votingOpenedAt: meeting.votingOpenedAt,
    closedAt: meeting.closedAt,
    publishedAt: meeting.publishedAt,
    panel: meeting.experts
      .filter((e) => isChair || e.status === "DRAWN")
      .map((e) => ({
        id: e.id,
        drawOrder: e.drawOrder,
        status: e.status,
        declineReason: isChair ? e.declineReason : null,
        present: e.present,
        presentMarkedAt: e.presentMarkedAt,
        name: e.expert.user.name,
        specialty: e.expert.specialty,
        currentTitle: e.expert.currentTitle,
        workUnitName: e.expert.workUnitName,
      })),
    attendance: { seated: seated.length, present, quorum: quorumOf(seated.length) },
    applications: meeting.applications.map((a) => ({
      applicationId: a.applicationId,
      applicantName: a.application.applicant.name,
      unitName: readUnitSnapshot(a.application.unitSnapshot).name,
      result: a.result,
      tally:
        a.result === null
          ? null
          : {
              agree: a.agree ?? 0,
              disagree: a.disagree ?? 0,
              abstain: a.abstain ?? 0,
              presentEligible: a.presentEligible ?? 0,
              threshold: a.threshold ?? 0,
            },
      recusals: a.recusals
        .filter((r) => isChair || r.meetingExpertId === seat?.id)
        .map((r) => ({
          meetingExpertId: r.meetingExpertId,
          expertName: r.meetingExpert.expert.user.name,
          automatic: r.automatic,
          reason: r.reason,
        })),
    })),
    mySeat: seat ? { meetingExpertId: seat.id, present: seat.present } : null,
  };
}
