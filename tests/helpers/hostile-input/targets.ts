import { randomUUID } from "node:crypto";
import { env } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { entryModules } from "@/lib/application-form/entry-fields";
import type { FieldList } from "@/lib/application-form/field-kinds";
import { type SectionModuleKey, sectionModuleKeys } from "@/lib/application-form/form.types";
import { type EntryModuleKey, entryModuleKeys } from "@/lib/application-form/modules";
import {
  annualAssessmentFields,
  basicInfoFields,
  continuingEducationFields,
} from "@/lib/application-form/section-fields";
import { captchaAnswer } from "@/lib/captcha/captcha-answer";
import { entryDelegate } from "@/server/domain/application-form/entry-tables";
import { assessmentData, entryData, startDraft, textData, twoExpertsBasicInfo } from "../application-form";
import { callerFor, grant, makeAdmin, makeCreditCode, makeIdCard, makeNotice, makeOrg, makeUser } from "../fixtures";
import { hostilePublicity } from "../publicity";

/**
 * The hostile-input table's one place to extend: every procedure of the app router whose input
 * takes text has a target here — who calls it, a valid input, and where accepted free text is
 * stored. tests/integration/hostile-input.test.ts finds the text fields of each input schema by
 * itself and refuses to run while a procedure with text input has no target, so a new procedure
 * (or a new field of an existing one) cannot skip the table. A new module field needs nothing
 * here: the application form's targets take their fields from the module definitions.
 */

export type Role = "applicant" | "stranger" | "unitReviewer" | "admin" | "chair" | "expert";

/** A field of module data: its path within `data`, whether it is stored as typed, whether the server ignores it. */
export type DataField = { path: string[]; freeText: boolean; ignored?: boolean };

type Caller = Awaited<ReturnType<typeof callerFor>>;
type Input = Record<string, unknown>;

export type HostileTarget = {
  /** The procedure's path in the app router. */
  procedure: string;
  /** Which of several targets of one procedure (the form's module). */
  variant?: string;
  /** Who calls it: its rightful user, so only the text decides the outcome. */
  as: Role;
  /** A valid input as things stand (it may prepare what the call consumes, e.g. a pending binding). */
  input(world: World): Promise<Input> | Input;
  /** The fields of the input's `data` (module data, z.unknown() in the schema), as dotted paths within it. */
  dataFields?(world: World): DataField[];
  /** Input paths (dotted) of free text that is stored when accepted; `readBack` returns it. */
  freeText?: string[];
  /** After an accepted call: what is stored now, shaped like the input. */
  readBack?(world: World, result: unknown, input: Input): Promise<Input>;
  /** After an accepted call: undo what it created, so the next call starts from the same state. */
  cleanup?(world: World, result: unknown): Promise<void>;
};

/** The people, organisations and records the targets call with: one draft application, reused by every call. */
export type World = Awaited<ReturnType<typeof createWorld>>;

export async function createWorld(db: PrismaClient) {
  const org = await makeOrg(db);
  const { adminId, admin } = await makeAdmin(db);
  const draft = await startDraft(db, org, adminId, "填报人");
  const applicationId = draft.applicationId;
  const { api } = draft;
  const form = await api.applicationForm.get({ applicationId });
  await api.applicationForm.saveSection({
    applicationId,
    module: "basicInfo",
    version: null,
    data: twoExpertsBasicInfo,
  });
  // One saved entry per module for the edits (破格推荐专家: the first of two, so an add still fits).
  const entries = {} as Record<EntryModuleKey, string>;
  for (const module of entryModuleKeys)
    entries[module] = (await api.applicationForm.addEntry({ applicationId, module, data: entryData[module] })).id;

  const stranger = await callerFor(db, (await makeUser(db, "未绑定者")).id);
  const reviewer = await makeUser(db, "单位审核人");
  await grant(db, reviewer.id, "UNIT_REVIEWER", { unitId: org.unit.id });
  const publicity = await hostilePublicity(db, org, adminId);
  const callers: Record<Role, Caller> = {
    applicant: api,
    stranger,
    unitReviewer: await callerFor(db, reviewer.id),
    admin,
  } as Record<Role, Caller>;
  const chair = await makeUser(db, "主任委员");
  await grant(db, chair.id, "COMMITTEE_CHAIR", { committeeId: org.committee.id });
  const expertPerson = await makeUser(db, "评审专家");
  await grant(db, expertPerson.id, "COMMITTEE_MEMBER", { committeeId: org.committee.id });
  const expert = await db.expertProfile.create({
    data: {
      userId: expertPerson.id,
      committeeId: org.committee.id,
      specialtySeries: "ENGINEERING",
      specialty: "电气工程",
      currentTitle: "正高级工程师",
      workUnitName: "某研究院",
      termStart: new Date("2025-01-01T00:00:00Z"),
      termEnd: new Date("2029-12-31T00:00:00Z"),
    },
  });
  callers.chair = await callerFor(db, chair.id);
  callers.expert = await callerFor(db, expertPerson.id);
  const renamed = await db.department.create({ data: { name: `改名部门${randomUUID()}` } });
  const draftNotice = await makeNotice(db, org, adminId, { status: "DRAFT" });

  return {
    db,
    org,
    adminId,
    applicationId,
    assessmentYears: form.assessmentYears,
    entries,
    callers,
    renamedDepartmentId: renamed.id,
    draftNoticeId: draftNotice.id,
    publishedNoticeId: draft.notice.id,
    publicity,
    chairId: chair.id,
    expertId: expert.id,
    /** A member of the committee not yet in its pool: one per 新增专家. */
    async freshMember() {
      const person = await makeUser(db, "评委会成员");
      await grant(db, person.id, "COMMITTEE_MEMBER", { committeeId: org.committee.id });
      return person.id;
    },
    /** An application at 评委会评审 of the published notice, in no meeting. */
    async committeeApplication() {
      const person = await makeUser(db, "评审申报人");
      const application = await db.application.create({
        data: {
          applicantId: person.id,
          noticeId: draft.notice.id,
          unitId: org.unit.id,
          unitSnapshot: {
            id: org.unit.id,
            name: org.unit.name,
            creditCode: org.unit.creditCode,
            departmentName: "部门",
          },
          status: "SUBMITTED",
          stage: "COMMITTEE_REVIEW",
          submittedAt: new Date(),
        },
      });
      return application.id;
    },
    /**
     * A meeting of the committee: DRAFT, or with the world's expert drawn (PANEL_DRAWN) and one
     * application assigned. One per call, since 谢绝, 回避 and 开始投票 each use one up.
     */
    async meeting(drawn: boolean) {
      const meeting = await db.reviewMeeting.create({
        data: {
          committeeId: org.committee.id,
          noticeId: draft.notice.id,
          name: "评审会",
          date: new Date("2026-12-15T00:00:00Z"),
          place: "会议室",
          createdById: chair.id,
          ...(drawn ? { status: "PANEL_DRAWN", drawSeed: "00", panelSize: 1 } : {}),
        },
      });
      const seat = drawn
        ? await db.meetingExpert.create({ data: { meetingId: meeting.id, expertId: expert.id, drawOrder: 1 } })
        : null;
      const applicationId = await this.committeeApplication();
      if (drawn) await db.meetingApplication.create({ data: { meetingId: meeting.id, applicationId } });
      return { meetingId: meeting.id, meetingExpertId: seat?.id ?? randomUUID(), applicationId };
    },
    /** A request to join the unit, waiting for its reviewer: one per rejection, since a rejection ends it. */
    async pendingBinding() {
      const person = await makeUser(db, "待审核申请人");
      return (await db.unitBinding.create({ data: { userId: person.id, unitId: org.unit.id, status: "PENDING" } })).id;
    },
    /** An application of another applicant waiting at 推荐单位审核: one per decision, since a decision moves it on. */
    async applicationAtUnitReview() {
      const person = await makeUser(db, "待审核申报人");
      const { unitSnapshot, noticeId } = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
      const application = await db.application.create({
        data: {
          applicantId: person.id,
          noticeId,
          unitId: org.unit.id,
          unitSnapshot: unitSnapshot as object,
          status: "SUBMITTED",
          stage: "UNIT_REVIEW",
          submittedAt: new Date(),
        },
      });
      return application.id;
    },
    async sectionVersion(module: SectionModuleKey) {
      const section = await db.applicationSection.findUnique({
        where: { applicationId_module: { applicationId, module } },
        select: { version: true },
      });
      return section?.version ?? null;
    },
    async entryVersion(module: EntryModuleKey) {
      return (await entryDelegate(db, module).findUniqueOrThrow({ where: { id: entries[module] } })).version;
    },
  };
}

/**
 * A module's fields as data paths. Free text is what a text field stores as typed; 基本信息's
 * 身份证号 is ignored, whatever is sent: the server takes it from the sign-in identity.
 */
const fieldsOf = (fields: FieldList): DataField[] =>
  Object.entries(fields)
    .filter(([, field]) => field.kind !== "boolean")
    .map(([key, field]) => {
      const ignored = key === "idCardNumber";
      return { path: [key], freeText: field.kind === "text" && !ignored, ignored };
    });

function sectionData(world: World, module: SectionModuleKey): Input {
  if (module === "basicInfo") return twoExpertsBasicInfo;
  if (module === "continuingEducation") return { hours: 120 };
  if (module === "annualAssessment") return assessmentData(world.assessmentYears);
  return textData;
}

function sectionFields(world: World, module: SectionModuleKey) {
  if (module === "basicInfo") return fieldsOf(basicInfoFields);
  if (module === "continuingEducation") return fieldsOf(continuingEducationFields);
  if (module === "annualAssessment")
    return Object.keys(annualAssessmentFields(world.assessmentYears)).map((year) => ({
      path: ["results", year],
      freeText: false,
    }));
  return [{ path: ["text"], freeText: true }];
}

const form = (world: World) => world.callers.applicant.applicationForm.get({ applicationId: world.applicationId });

const sectionTargets: HostileTarget[] = sectionModuleKeys.map((module) => ({
  procedure: "applicationForm.saveSection",
  variant: module,
  as: "applicant",
  input: async (world) => ({
    applicationId: world.applicationId,
    module,
    version: await world.sectionVersion(module),
    data: sectionData(world, module),
  }),
  dataFields: (world) => sectionFields(world, module),
  readBack: async (world) => ({ data: (await form(world)).sections[module]?.data ?? {} }),
}));

const entryTargets: HostileTarget[] = entryModuleKeys.flatMap((module): HostileTarget[] => [
  {
    procedure: "applicationForm.addEntry",
    variant: module,
    as: "applicant",
    input: (world) => ({ applicationId: world.applicationId, module, data: entryData[module] }),
    dataFields: () => fieldsOf(entryModules[module].fields),
    readBack: async (world, result) => {
      const id = (result as { id: string }).id;
      return { data: (await form(world)).entries[module].find((e) => e.id === id)?.data ?? {} };
    },
    cleanup: async (world, result) => {
      const { id, version } = result as { id: string; version: number };
      const { applicationId } = world;
      await world.callers.applicant.applicationForm.deleteEntry({ applicationId, module, entryId: id, version });
    },
  },
  {
    procedure: "applicationForm.updateEntry",
    variant: module,
    as: "applicant",
    input: async (world) => ({
      applicationId: world.applicationId,
      module,
      entryId: world.entries[module],
      version: await world.entryVersion(module),
      data: entryData[module],
    }),
    dataFields: () => fieldsOf(entryModules[module].fields),
    readBack: async (world) => ({
      data: (await form(world)).entries[module].find((e) => e.id === world.entries[module])?.data ?? {},
    }),
  },
]);

/** A reviewer's decision as stored: the opinion (or reason) of the flow event it wrote. */
async function decisionStored(world: World, input: Input, field: "opinion" | "reason"): Promise<Input> {
  const event = await world.db.flowEvent.findFirst({ where: { applicationId: input.applicationId as string } });
  return { [field]: event?.opinion ?? "" };
}

const searchOf = (procedure: string, as: Role, extra: Input = {}): HostileTarget => ({
  procedure,
  as,
  input: () => ({ q: "测试", ...extra }),
});

/**
 * A certificate of the world's application, VALID again before every call that revokes it; its
 * number and holder name are what 证书查询 looks up.
 */
async function worldCertificate(w: World) {
  const found = await w.db.certificate.findUnique({ where: { applicationId: w.applicationId } });
  const fields = { status: "VALID" as const, revokedAt: null, revokedReason: null, revokedById: null };
  if (found) return w.db.certificate.update({ where: { id: found.id }, data: fields });
  const application = await w.db.application.findUniqueOrThrow({
    where: { id: w.applicationId },
    select: { applicantId: true, applicant: { select: { name: true, idCardNumber: true } } },
  });
  return w.db.certificate.create({
    data: {
      number: "HOST-2026-000001",
      applicationId: w.applicationId,
      holderId: application.applicantId,
      holderName: application.applicant.name,
      holderIdCardNumber: application.applicant.idCardNumber ?? "",
      seriesName: "工程系列",
      specialty: "电气工程",
      levelName: "副高级",
      titleName: "高级工程师",
      committeeId: w.org.committee.id,
      committeeName: w.org.committee.name,
      issuingAuthority: "吉林省人力资源和社会保障厅",
      approvedOn: new Date("2026-10-08T00:00:00Z"),
      issuedAt: new Date(),
      verificationCode: "ABCD-EFGH",
      keyId: "hostile",
      signature: "AAAA",
    },
  });
}

/** 电子职称证书: the public 证书查询 (a fresh captcha, the limits reset: only the text decides) and 撤销. */
const certificateTargets: HostileTarget[] = [
  {
    procedure: "certificate.lookup",
    as: "stranger",
    input: async (w) => {
      const certificate = await worldCertificate(w);
      await w.db.rateLimit.deleteMany();
      const { captchaId } = await w.callers.stranger.certificate.captcha();
      return {
        number: certificate.number,
        holderName: certificate.holderName,
        captchaId,
        captcha: await captchaAnswer(env().NEXTAUTH_SECRET, captchaId),
      };
    },
  },
  searchOf("admin.certificates.list", "admin"),
  {
    procedure: "admin.certificates.revoke",
    as: "admin",
    input: async (w) => ({ certificateId: (await worldCertificate(w)).id, reason: "经查申报材料不实" }),
    freeText: ["reason"],
    readBack: async (w) => ({
      reason: (await w.db.certificate.findUniqueOrThrow({ where: { applicationId: w.applicationId } })).revokedReason,
    }),
  },
];

const committeeInput = (world: World) => ({
  name: `评委会${randomUUID().slice(0, 8)}`,
  series: "ENGINEERING",
  departmentId: world.org.department.id,
});

const noticeInput = (world: World) => ({
  title: "2026年度工程系列职称评审申报通知",
  body: "一、申报条件：……\n二、申报注意事项：……",
  series: "ENGINEERING",
  levels: ["INTERMEDIATE"],
  departmentId: world.org.department.id,
  committeeId: world.org.committee.id,
  startsAt: "2026-12-01T09:00",
  endsAt: "2026-12-31T17:00",
});

const noticeStored = async (world: World, id: string) => {
  const notice = await world.db.notice.findUniqueOrThrow({ where: { id } });
  return { title: notice.title, body: notice.body };
};

const noScope = { unitId: "", departmentId: "", committeeId: "" };

const expertFields = {
  specialtySeries: "ENGINEERING",
  specialty: "机械工程",
  currentTitle: "正高级工程师",
  workUnitId: "",
  workUnitName: "吉林大学",
  termStart: "2026-01-01",
  termEnd: "2028-12-31",
};
const expertStored = async (world: World, id: string) => {
  const expert = await world.db.expertProfile.findUniqueOrThrow({ where: { id } });
  return { specialty: expert.specialty, currentTitle: expert.currentTitle, workUnitName: expert.workUnitName };
};

/** 评审专家库 and 评审会议 (src/server/api/routers/committee.ts). */
const committeeTargets: HostileTarget[] = [
  { procedure: "committee.pool.list", as: "chair", input: (w) => ({ committeeId: w.org.committee.id }) },
  { procedure: "committee.pool.candidates", as: "chair", input: (w) => ({ committeeId: w.org.committee.id }) },
  {
    procedure: "committee.pool.create",
    as: "chair",
    input: async (w) => ({ committeeId: w.org.committee.id, userId: await w.freshMember(), ...expertFields }),
    freeText: ["specialty", "currentTitle", "workUnitName"],
    readBack: (w, result) => expertStored(w, (result as { id: string }).id),
  },
  {
    procedure: "committee.pool.update",
    as: "chair",
    input: (w) => ({ expertId: w.expertId, ...expertFields }),
    freeText: ["specialty", "currentTitle", "workUnitName"],
    readBack: (w) => expertStored(w, w.expertId),
  },
  { procedure: "committee.pool.setActive", as: "chair", input: (w) => ({ expertId: w.expertId, active: true }) },
  {
    procedure: "committee.meetings.get",
    as: "chair",
    input: async (w) => ({ meetingId: (await w.meeting(true)).meetingId }),
  },
  {
    procedure: "committee.meetings.application",
    as: "expert",
    input: async (w) => {
      const { meetingId, applicationId } = await w.meeting(true);
      return { meetingId, applicationId };
    },
  },
  {
    procedure: "committee.meetings.create",
    as: "chair",
    input: (w) => ({
      committeeId: w.org.committee.id,
      noticeId: w.publishedNoticeId,
      name: "2026年度评审会",
      date: "2026-12-15",
      place: "第一会议室",
    }),
    freeText: ["name", "place"],
    readBack: async (w, result) => {
      const meeting = await w.db.reviewMeeting.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
      return { name: meeting.name, place: meeting.place };
    },
  },
  {
    procedure: "committee.meetings.assignable",
    as: "chair",
    input: async (w) => ({ meetingId: (await w.meeting(false)).meetingId }),
  },
  {
    procedure: "committee.meetings.assign",
    as: "chair",
    input: async (w) => {
      const { meetingId, applicationId } = await w.meeting(false);
      return { meetingId, applicationIds: [applicationId] };
    },
  },
  {
    procedure: "committee.meetings.unassign",
    as: "chair",
    input: async (w) => {
      const { meetingId, applicationId } = await w.meeting(true);
      return { meetingId, applicationId };
    },
  },
  {
    procedure: "committee.meetings.draw",
    as: "chair",
    input: async (w) => ({
      meetingId: (await w.meeting(false)).meetingId,
      panelSize: 1,
      specialtySeries: "ENGINEERING",
      // No 专业 filter: the world's expert is drawn whatever 专业 committee.pool.update left it with.
      specialties: [],
    }),
  },
  {
    procedure: "committee.meetings.decline",
    as: "chair",
    input: async (w) => {
      const { meetingId, meetingExpertId } = await w.meeting(true);
      return { meetingId, meetingExpertId, reason: "出差" };
    },
    freeText: ["reason"],
    readBack: async (w, _result, input) => ({
      reason: (await w.db.meetingExpert.findUniqueOrThrow({ where: { id: input.meetingExpertId as string } }))
        .declineReason,
    }),
  },
  {
    procedure: "committee.meetings.markAttendance",
    as: "chair",
    input: async (w) => {
      const { meetingId, meetingExpertId } = await w.meeting(true);
      return { meetingId, meetingExpertId, present: true };
    },
  },
  {
    procedure: "committee.meetings.openVoting",
    as: "chair",
    input: async (w) => ({ meetingId: (await w.meeting(true)).meetingId }),
  },
  {
    procedure: "committee.meetings.declareRecusal",
    as: "expert",
    input: async (w) => {
      const { meetingId, applicationId } = await w.meeting(true);
      return { meetingId, applicationId, reason: "曾与申报人合作" };
    },
    freeText: ["reason"],
    readBack: async (w, _result, input) => {
      const recusal = await w.db.recusal.findFirstOrThrow({
        where: {
          meetingApplication: { meetingId: input.meetingId as string, applicationId: input.applicationId as string },
        },
      });
      return { reason: recusal.reason };
    },
  },
];

/** A meeting of the world's expert that is voting, the expert present (the committee's meeting(), then opened). */
async function votingMeeting(w: World) {
  const { meetingId, meetingExpertId, applicationId } = await w.meeting(true);
  await w.db.meetingExpert.update({ where: { id: meetingExpertId }, data: { present: true } });
  await w.db.reviewMeeting.update({ where: { id: meetingId }, data: { status: "VOTING", votingOpenedAt: new Date() } });
  const item = await w.db.meetingApplication.findUniqueOrThrow({ where: { applicationId } });
  return { meetingId, meetingApplicationId: item.id };
}

/** 无记名投票 (src/server/api/routers/ballot.ts): ids and a choice only, no free text. */
const ballotTargets: HostileTarget[] = [
  {
    procedure: "ballot.myBallot",
    as: "expert",
    input: async (w) => ({ meetingId: (await votingMeeting(w)).meetingId }),
  },
  {
    procedure: "ballot.cast",
    as: "expert",
    input: async (w) => ({ meetingApplicationId: (await votingMeeting(w)).meetingApplicationId, choice: "AGREE" }),
  },
  {
    procedure: "ballot.progress",
    as: "chair",
    input: async (w) => ({ meetingId: (await votingMeeting(w)).meetingId }),
  },
  { procedure: "ballot.close", as: "chair", input: async (w) => ({ meetingId: (await votingMeeting(w)).meetingId }) },
];

export const hostileTargets: HostileTarget[] = [
  ...certificateTargets,
  { procedure: "notice.get", as: "applicant", input: (w) => ({ id: w.publishedNoticeId }) },
  { procedure: "binding.lookup", as: "stranger", input: (w) => ({ creditCode: w.org.unit.creditCode }) },
  { procedure: "binding.findByName", as: "stranger", input: (w) => ({ name: w.org.unit.name }) },
  { procedure: "binding.request", as: "stranger", input: (w) => ({ creditCode: w.org.unit.creditCode }) },
  { procedure: "binding.withdraw", as: "stranger", input: () => ({ bindingId: randomUUID() }) },
  { procedure: "binding.unbind", as: "stranger", input: () => ({ bindingId: randomUUID() }) },
  {
    procedure: "application.start",
    as: "applicant",
    input: (w) => ({ noticeId: w.publishedNoticeId, conditionsConfirmed: true }),
  },
  { procedure: "application.get", as: "applicant", input: (w) => ({ id: w.applicationId }) },
  { procedure: "applicationForm.get", as: "applicant", input: (w) => ({ applicationId: w.applicationId }) },
  ...sectionTargets,
  ...entryTargets,
  {
    procedure: "applicationForm.deleteEntry",
    as: "applicant",
    input: async (w) => ({
      applicationId: w.applicationId,
      module: "papers",
      entryId: w.entries.papers,
      version: await w.entryVersion("papers"),
    }),
  },
  { procedure: "attachment.list", as: "applicant", input: (w) => ({ applicationId: w.applicationId }) },

  { procedure: "submission.validation", as: "applicant", input: (w) => ({ applicationId: w.applicationId }) },
  {
    procedure: "submission.submit",
    as: "applicant",
    input: (w) => ({ applicationId: w.applicationId, promise: true }),
  },
  { procedure: "progress.mine", as: "applicant", input: (w) => ({ applicationId: w.applicationId }) },
  {
    procedure: "notification.list",
    as: "applicant",
    input: () => ({ cursor: { createdAt: new Date(), id: randomUUID() } }),
  },
  { procedure: "notification.markRead", as: "applicant", input: () => ({ id: randomUUID() }) },

  { procedure: "review.get", as: "unitReviewer", input: () => ({ applicationId: randomUUID() }) },
  {
    procedure: "review.pass",
    as: "unitReviewer",
    input: async (w) => ({ applicationId: await w.applicationAtUnitReview(), version: 0, opinion: "同意推荐" }),
    freeText: ["opinion"],
    readBack: (w, _result, input) => decisionStored(w, input, "opinion"),
  },
  {
    procedure: "review.return",
    as: "unitReviewer",
    input: async (w) => ({
      applicationId: await w.applicationAtUnitReview(),
      version: 0,
      opinion: "请补充论文检索证明",
      modules: ["papers"],
    }),
    freeText: ["opinion"],
    readBack: (w, _result, input) => decisionStored(w, input, "opinion"),
  },
  {
    procedure: "review.terminate",
    as: "unitReviewer",
    input: async (w) => ({ applicationId: await w.applicationAtUnitReview(), version: 0, reason: "不符合申报条件" }),
    freeText: ["reason"],
    readBack: (w, _result, input) => decisionStored(w, input, "reason"),
  },
  {
    procedure: "review.passMany",
    as: "unitReviewer",
    input: async (w) => ({
      stage: "UNIT_REVIEW",
      applicationIds: [await w.applicationAtUnitReview()],
      opinion: "同意",
    }),
    freeText: ["opinion"],
    readBack: async (w, _result, input) => ({
      opinion:
        (await w.db.flowEvent.findFirst({ where: { applicationId: (input.applicationIds as string[])[0] } }))
          ?.opinion ?? "",
    }),
  },
  { procedure: "attachment.delete", as: "applicant", input: () => ({ attachmentId: randomUUID() }) },
  // 提交 of the world's draft is refused by its unmet rules, so the draft stays a draft for the others.
  { procedure: "submission.validation", as: "applicant", input: (w) => ({ applicationId: w.applicationId }) },
  {
    procedure: "submission.submit",
    as: "applicant",
    input: (w) => ({ applicationId: w.applicationId, promise: true }),
  },
  { procedure: "progress.mine", as: "applicant", input: (w) => ({ applicationId: w.applicationId }) },
  { procedure: "notification.list", as: "applicant", input: () => ({ limit: 20 }) },
  { procedure: "notification.markRead", as: "applicant", input: () => ({ id: randomUUID() }) },

  { procedure: "unitReview.pendingBindings", as: "unitReviewer", input: (w) => ({ unitId: w.org.unit.id }) },
  { procedure: "unitReview.approveBinding", as: "unitReviewer", input: () => ({ bindingId: randomUUID() }) },
  {
    procedure: "unitReview.rejectBinding",
    as: "unitReviewer",
    input: async (w) => ({ bindingId: await w.pendingBinding(), reason: "材料不全，请补充后重新申请" }),
    freeText: ["reason"],
    readBack: async (w, _result, input) => ({
      reason: (await w.db.unitBinding.findUniqueOrThrow({ where: { id: input.bindingId as string } })).rejectReason,
    }),
  },
  searchOf("unitReview.members", "unitReviewer"),

  searchOf("admin.departments.list", "admin"),
  {
    procedure: "admin.departments.create",
    as: "admin",
    input: () => ({ name: `主管部门${randomUUID().slice(0, 8)}` }),
    freeText: ["name"],
    readBack: async (w, result) => ({
      name: (await w.db.department.findUniqueOrThrow({ where: { id: (result as { id: string }).id } })).name,
    }),
  },
  {
    procedure: "admin.departments.rename",
    as: "admin",
    input: (w) => ({ id: w.renamedDepartmentId, name: `改名部门${randomUUID().slice(0, 8)}` }),
    freeText: ["name"],
    readBack: async (w) => ({
      name: (await w.db.department.findUniqueOrThrow({ where: { id: w.renamedDepartmentId } })).name,
    }),
  },
  searchOf("admin.committees.list", "admin", { series: "ENGINEERING" }),
  {
    procedure: "admin.committees.create",
    as: "admin",
    input: committeeInput,
    freeText: ["name"],
    readBack: async (w, result) => ({
      name: (await w.db.reviewCommittee.findUniqueOrThrow({ where: { id: (result as { id: string }).id } })).name,
    }),
  },
  {
    procedure: "admin.committees.update",
    as: "admin",
    input: (w) => ({ ...committeeInput(w), id: w.org.committee.id }),
    freeText: ["name"],
    readBack: async (w) => ({
      name: (await w.db.reviewCommittee.findUniqueOrThrow({ where: { id: w.org.committee.id } })).name,
    }),
  },
  searchOf("admin.units.list", "admin"),
  {
    procedure: "admin.units.create",
    as: "admin",
    input: (w) => ({
      name: `单位${randomUUID().slice(0, 8)}`,
      creditCode: makeCreditCode(),
      departmentId: w.org.department.id,
    }),
    freeText: ["name"],
    readBack: async (w, result) => ({
      name: (await w.db.unit.findUniqueOrThrow({ where: { id: (result as { id: string }).id } })).name,
    }),
  },
  {
    procedure: "admin.units.update",
    as: "admin",
    input: (w) => ({
      id: w.org.unit.id,
      name: `单位${randomUUID().slice(0, 8)}`,
      creditCode: w.org.unit.creditCode,
      departmentId: w.org.department.id,
    }),
    freeText: ["name"],
    readBack: async (w) => ({ name: (await w.db.unit.findUniqueOrThrow({ where: { id: w.org.unit.id } })).name }),
  },
  searchOf("admin.roles.searchPeople", "admin"),
  { procedure: "admin.roles.personRoles", as: "admin", input: (w) => ({ userId: w.adminId }) },
  {
    procedure: "admin.roles.grant",
    as: "admin",
    // A new person each time: a second grant of the same role would be refused for that reason.
    input: async (w) => ({
      userId: (await makeUser(w.db, "被授权人")).id,
      role: "UNIT_REVIEWER",
      ...noScope,
      unitId: w.org.unit.id,
    }),
  },
  {
    procedure: "admin.roles.registerAndGrant",
    as: "admin",
    input: (w) => ({
      name: "韩梅梅",
      idCardNumber: makeIdCard(),
      role: "UNIT_REVIEWER",
      ...noScope,
      unitId: w.org.unit.id,
    }),
    freeText: ["name"],
    readBack: async (w, result) => ({
      name: (await w.db.user.findUniqueOrThrow({ where: { id: (result as { person: { id: string } }).person.id } }))
        .name,
    }),
  },
  { procedure: "admin.roles.revoke", as: "admin", input: () => ({ assignmentId: randomUUID() }) },
  searchOf("admin.notices.list", "admin", { status: "DRAFT" }),
  { procedure: "admin.notices.get", as: "admin", input: (w) => ({ id: w.draftNoticeId }) },
  {
    procedure: "admin.notices.create",
    as: "admin",
    input: noticeInput,
    freeText: ["title", "body"],
    readBack: (w, result) => noticeStored(w, (result as { id: string }).id),
  },
  {
    procedure: "admin.notices.update",
    as: "admin",
    input: (w) => ({ ...noticeInput(w), id: w.draftNoticeId }),
    freeText: ["title", "body"],
    readBack: (w) => noticeStored(w, w.draftNoticeId),
  },
  { procedure: "admin.notices.publish", as: "admin", input: () => ({ id: randomUUID() }) },
  { procedure: "admin.notices.close", as: "admin", input: () => ({ id: randomUUID() }) },
  ...committeeTargets,
  ...ballotTargets,
  {
    procedure: "reviewQueue.list",
    as: "unitReviewer",
    input: () => ({
      stage: "UNIT_REVIEW",
      tab: "pending",
      filters: { q: "测试", submittedFrom: "2026-11-01", submittedTo: "2026-11-30" },
    }),
  },
  { procedure: "reviewQueue.notices", as: "unitReviewer", input: () => ({ stage: "UNIT_REVIEW" }) },
  {
    procedure: "reviewQueue.counts",
    as: "unitReviewer",
    input: () => ({
      stage: "UNIT_REVIEW",
      filters: { q: "测试", submittedFrom: "2026-11-01", submittedTo: "2026-11-30" },
    }),
  },
  {
    procedure: "admin.calendar.save",
    as: "admin",
    input: () => ({ year: 2080, holidays: ["2080-01-01"], workdays: ["2080-01-06"] }),
  },
  { procedure: "publicity.publish", as: "chair", input: () => ({ meetingId: randomUUID() }) },
  {
    procedure: "publicity.fileObjection",
    as: "stranger",
    input: (w) => ({ publicityId: w.publicity.publicityId, text: "该同志业绩材料存在疑问，请核查。" }),
    freeText: ["text"],
    readBack: async (w, result) => ({
      text: (await w.db.publicityObjection.findUniqueOrThrow({ where: { id: (result as { id: string }).id } })).text,
    }),
  },
  {
    procedure: "publicity.decideObjection",
    as: "chair",
    input: async (w) => ({
      objectionId: await w.publicity.pendingObjection(),
      upheld: false,
      finding: "经核查不成立。",
    }),
    freeText: ["finding"],
    readBack: async (w, _result, input) => ({
      finding: (await w.db.publicityObjection.findUniqueOrThrow({ where: { id: input.objectionId as string } }))
        .finding,
    }),
  },
  {
    procedure: "admin.audit.list",
    as: "admin",
    input: () => ({ action: "application.entry.add", entityType: "Application", from: "2026-01-01", to: "2026-12-31" }),
  },
];

export const targetName = (target: HostileTarget) =>
  target.variant ? `${target.procedure} [${target.variant}]` : target.procedure;
