import "server-only";
import {
  assignApplicationsInput,
  committeeIdInput,
  createExpertInput,
  createMeetingInput,
  declareRecusalInput,
  declineExpertInput,
  drawPanelInput,
  markAttendanceInput,
  meetingApplicationInput,
  meetingIdInput,
  setExpertActiveInput,
  updateExpertInput,
} from "@/lib/committee/committee.schema";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { assignApplications, unassignApplication } from "@/server/domain/committee/assign-applications";
import { listAssignableApplications } from "@/server/domain/committee/assignable-applications";
import { markAttendance, openVoting } from "@/server/domain/committee/attendance";
import { createExpert } from "@/server/domain/committee/create-expert";
import { createMeeting, listMeetingNotices } from "@/server/domain/committee/create-meeting";
import { declareRecusal } from "@/server/domain/committee/declare-recusal";
import { declineExpert } from "@/server/domain/committee/decline-expert";
import { drawPanel } from "@/server/domain/committee/draw-panel";
import { getMeeting } from "@/server/domain/committee/get-meeting";
import { getMeetingApplication } from "@/server/domain/committee/get-meeting-application";
import { listExpertCandidates } from "@/server/domain/committee/list-expert-candidates";
import { listExperts } from "@/server/domain/committee/list-experts";
import { listManagedCommittees } from "@/server/domain/committee/list-managed-committees";
import { listMeetings } from "@/server/domain/committee/list-meetings";
import { listUnitOptions } from "@/server/domain/committee/list-unit-options";
import { setExpertActive, updateExpert } from "@/server/domain/committee/update-expert";
import { createTRPCRouter, roleProcedure } from "../trpc";

/** 评审专家库: the admin for every committee, a 主任委员 for their own (the domain narrows it). */
const poolKeeper = roleProcedure(["ADMIN", "COMMITTEE_CHAIR"]);
/** 评审会议 are run by the committee's 主任委员. */
const chair = roleProcedure("COMMITTEE_CHAIR");
/** Reading a meeting: its chair or an expert of its panel (the domain decides which meeting). */
const committeeMember = roleProcedure(COMMITTEE_ROLES);
/** What only a panel expert does (申请回避). */
const expert = roleProcedure("COMMITTEE_MEMBER");

/** 评委会: the expert pool and the review meetings (draw, 回避, attendance, quorum). */
export const committeeRouter = createTRPCRouter({
  pool: createTRPCRouter({
    committees: poolKeeper.query(({ ctx }) => listManagedCommittees(ctx.db, ctx.user)),
    list: poolKeeper
      .input(committeeIdInput)
      .query(({ ctx, input }) => listExperts(ctx.db, ctx.user, input.committeeId)),
    candidates: poolKeeper
      .input(committeeIdInput)
      .query(({ ctx, input }) => listExpertCandidates(ctx.db, ctx.user, input.committeeId)),
    units: poolKeeper.query(({ ctx }) => listUnitOptions(ctx.db)),
    create: poolKeeper.input(createExpertInput).mutation(({ ctx, input }) => createExpert(ctx.db, ctx.user, input)),
    update: poolKeeper.input(updateExpertInput).mutation(({ ctx, input }) => updateExpert(ctx.db, ctx.user, input)),
    setActive: poolKeeper
      .input(setExpertActiveInput)
      .mutation(({ ctx, input }) => setExpertActive(ctx.db, ctx.user, input)),
  }),
  meetings: createTRPCRouter({
    list: committeeMember.query(({ ctx }) => listMeetings(ctx.db, ctx.user)),
    get: committeeMember.input(meetingIdInput).query(({ ctx, input }) => getMeeting(ctx.db, ctx.user, input.meetingId)),
    application: committeeMember
      .input(meetingApplicationInput)
      .query(({ ctx, input }) => getMeetingApplication(ctx.db, ctx.user, input)),
    notices: chair.query(({ ctx }) => listMeetingNotices(ctx.db, ctx.user)),
    create: chair.input(createMeetingInput).mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.user, input)),
    assignable: chair
      .input(meetingIdInput)
      .query(({ ctx, input }) => listAssignableApplications(ctx.db, ctx.user, input.meetingId)),
    assign: chair
      .input(assignApplicationsInput)
      .mutation(({ ctx, input }) => assignApplications(ctx.db, ctx.user, input)),
    unassign: chair
      .input(meetingApplicationInput)
      .mutation(({ ctx, input }) => unassignApplication(ctx.db, ctx.user, input)),
    draw: chair.input(drawPanelInput).mutation(({ ctx, input }) => drawPanel(ctx.db, ctx.user, input)),
    decline: chair.input(declineExpertInput).mutation(({ ctx, input }) => declineExpert(ctx.db, ctx.user, input)),
    markAttendance: chair
      .input(markAttendanceInput)
      .mutation(({ ctx, input }) => markAttendance(ctx.db, ctx.user, input)),
    openVoting: chair.input(meetingIdInput).mutation(({ ctx, input }) => openVoting(ctx.db, ctx.user, input.meetingId)),
    declareRecusal: expert
      .input(declareRecusalInput)
      .mutation(({ ctx, input }) => declareRecusal(ctx.db, ctx.user, input)),
  }),
});
