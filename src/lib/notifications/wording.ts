import { formatDate } from "@/lib/datetime";
import { type ReviewStageCode, reviewStageOf, reviewStages } from "@/lib/review/review-stages";

/**
 * What each kind of message (消息) says, the only place its wording is written: the message centre,
 * the SMS and any later channel all read it, so the wording can be reviewed as a whole. Codes match
 * the NotificationKind database enum; a new kind is added there and here together.
 */
export type NotificationParams = {
  /** To the applicant, optional: the submission went through. */
  APPLICATION_SUBMITTED: { noticeTitle: string };
  /** To the applicant: `stage` passed the application on to the next stage. */
  APPLICATION_PASSED: { noticeTitle: string; stage: ReviewStageCode; opinion?: string | null };
  /** To the applicant: 被退回 at `stage`, with the reviewer's opinion and the labels of the modules to change. */
  APPLICATION_RETURNED: { noticeTitle: string; stage: ReviewStageCode; opinion: string; modules: readonly string[] };
  /** To the applicant: 审核不通过终止审核 at `stage`, with the reason. */
  APPLICATION_TERMINATED: { noticeTitle: string; stage: ReviewStageCode; reason: string };
  /** To the reviewers of `stage`: an application arrived in their queue. */
  REVIEW_ARRIVED: { noticeTitle: string; applicantName: string; stage: ReviewStageCode };
  /** To the reviewers of `stage`, which returned it: the applicant changed it and submitted it again. */
  REVIEW_RESUBMITTED: { noticeTitle: string; applicantName: string; stage: ReviewStageCode };
  /** To the reviewers of a unit: a person asks to be bound to it. */
  BINDING_REQUESTED: { applicantName: string; unitName: string };
  /** To the applicant: the unit approved the binding. */
  BINDING_APPROVED: { unitName: string };
  /** To the applicant: the unit rejected the binding, with its reason. */
  BINDING_REJECTED: { unitName: string; reason: string };
  /** To the applicant: passed the 评委会评审 and in 公示 over the period (calendar dates). */
  PUBLICITY_STARTED: { noticeTitle: string; startsOn: string; endsOn: string };
  /** To the applicant: 公示 ended without an upheld objection — 终审通过. */
  APPLICATION_APPROVED: { noticeTitle: string };
  /** To the committee's chairs: an objection to `applicantName`'s result was filed during 公示. */
  OBJECTION_FILED: { noticeTitle: string; applicantName: string };
  /** To the person who objected: the chair's finding. */
  OBJECTION_DECIDED: { noticeTitle: string; applicantName: string; upheld: boolean; finding: string };
  /** To the holder: the 电子职称证书 of the approved application was issued. */
  CERTIFICATE_ISSUED: { noticeTitle: string; number: string; titleName: string };
  /** To the holder: an admin revoked the certificate, with the reason. */
  CERTIFICATE_REVOKED: { number: string; titleName: string; reason: string };
};

export type NotificationKindCode = keyof NotificationParams;

type Wording<P> = {
  /** Short name of the kind, shown as a tag beside the message. */
  label: string;
  title: (p: P) => string;
  body: (p: P) => string;
};

const stageLabel = (stage: ReviewStageCode) => reviewStageOf(stage).label;

/** The stage after `stage` on the review path, or null after the last one. */
function nextStageLabel(stage: ReviewStageCode): string | null {
  const at = reviewStages.findIndex((s) => s.code === stage);
  return reviewStages[at + 1]?.label ?? null;
}

const opinionSentence = (opinion: string | null | undefined) => (opinion?.trim() ? `审核意见：${opinion.trim()}` : "");

export const notificationWording: { [K in NotificationKindCode]: Wording<NotificationParams[K]> } = {
  APPLICATION_SUBMITTED: {
    label: "申报已提交",
    title: () => "您的职称申报已提交",
    body: (p) => `您申报的《${p.noticeTitle}》已提交，正在等待推荐单位审核。`,
  },
  APPLICATION_PASSED: {
    label: "审核通过",
    title: (p) => `您的职称申报已通过${stageLabel(p.stage)}`,
    body: (p) => {
      const next = nextStageLabel(p.stage);
      return [
        `您申报的《${p.noticeTitle}》已通过${stageLabel(p.stage)}${next ? `，进入${next}` : ""}。`,
        opinionSentence(p.opinion),
      ].join("");
    },
  },
  APPLICATION_RETURNED: {
    label: "被退回",
    title: (p) => `您的职称申报在${stageLabel(p.stage)}阶段被退回`,
    body: (p) =>
      `您申报的《${p.noticeTitle}》在${stageLabel(p.stage)}阶段被退回。退回意见：${p.opinion.trim()}` +
      `。请修改以下内容后重新提交：${p.modules.join("、")}。`,
  },
  APPLICATION_TERMINATED: {
    label: "终止审核",
    title: () => "您的职称申报审核不通过，已终止审核",
    body: (p) => `您申报的《${p.noticeTitle}》未通过${stageLabel(p.stage)}，已终止审核。理由：${p.reason.trim()}`,
  },
  REVIEW_ARRIVED: {
    label: "待审核",
    title: (p) => `新的待审核申报：${p.applicantName}`,
    body: (p) => `${p.applicantName}申报的《${p.noticeTitle}》已进入${stageLabel(p.stage)}，请及时审核。`,
  },
  REVIEW_RESUBMITTED: {
    label: "重新提交",
    title: (p) => `申报已重新提交：${p.applicantName}`,
    body: (p) =>
      `${p.applicantName}已按退回意见修改《${p.noticeTitle}》的申报并重新提交，请在${stageLabel(p.stage)}中继续审核。`,
  },
  BINDING_REQUESTED: {
    label: "绑定申请",
    title: (p) => `新的绑定申请：${p.applicantName}`,
    body: (p) => `${p.applicantName}申请绑定${p.unitName}为推荐单位，请在单位工作台审核。`,
  },
  BINDING_APPROVED: {
    label: "绑定通过",
    title: () => "您的单位绑定申请已通过",
    body: (p) => `${p.unitName}已通过您的绑定申请，现在可以通过该单位申报职称。`,
  },
  BINDING_REJECTED: {
    label: "绑定驳回",
    title: () => "您的单位绑定申请被驳回",
    body: (p) => `${p.unitName}驳回了您的绑定申请。理由：${p.reason.trim()}`,
  },
  PUBLICITY_STARTED: {
    label: "进入公示",
    title: () => "您的职称申报已通过评委会评审，进入公示",
    body: (p) =>
      `您申报的《${p.noticeTitle}》已通过评委会评审，现予公示，公示期为${formatDate(p.startsOn)}至` +
      `${formatDate(p.endsOn)}。公示期满无异议或异议不成立的，终审通过。`,
  },
  APPLICATION_APPROVED: {
    label: "终审通过",
    title: () => "您的职称申报已终审通过",
    body: (p) => `您申报的《${p.noticeTitle}》公示期满，终审通过。`,
  },
  OBJECTION_FILED: {
    label: "公示异议",
    title: (p) => `收到公示异议：${p.applicantName}`,
    body: (p) => `公示期间有人对${p.applicantName}（《${p.noticeTitle}》）的评审结果提出异议，请核查并记录结论。`,
  },
  OBJECTION_DECIDED: {
    label: "异议处理结果",
    title: (p) => `您提出的公示异议${p.upheld ? "成立" : "不成立"}`,
    body: (p) =>
      `您对${p.applicantName}（《${p.noticeTitle}》）提出的异议经评委会核查${p.upheld ? "成立，评审结果已撤销" : "不成立"}。` +
      `核查结论：${p.finding.trim()}`,
  },
  CERTIFICATE_ISSUED: {
    label: "证书颁发",
    title: () => "您的电子职称证书已颁发",
    body: (p) =>
      `您申报的《${p.noticeTitle}》终审通过，电子职称证书（${p.titleName}，证书编号${p.number}）已颁发，` +
      "可在个人网厅「我的证书」中查看和下载。",
  },
  CERTIFICATE_REVOKED: {
    label: "证书撤销",
    title: () => "您的电子职称证书已被撤销",
    body: (p) => `您的电子职称证书（${p.titleName}，证书编号${p.number}）已被撤销。撤销原因：${p.reason.trim()}`,
  },
};

/** The title and text of a message of `kind`. */
export function renderNotification<K extends NotificationKindCode>(
  kind: K,
  params: NotificationParams[K],
): { title: string; body: string } {
  const wording = notificationWording[kind] as Wording<NotificationParams[K]>;
  return { title: wording.title(params), body: wording.body(params) };
}

/**
 * An SMS carries at most this many characters of a message; a longer one is cut and points to the
 * message centre, which has it whole (a long opinion would otherwise become many billed parts).
 */
export const SMS_MAX_LENGTH = 140;

const SMS_MORE = "…（详见系统消息中心）";

/** The text of a message as an SMS: its title and text, cut to SMS_MAX_LENGTH. */
export function smsText(message: { title: string; body: string }): string {
  const full = `${message.title}：${message.body}`;
  return full.length <= SMS_MAX_LENGTH ? full : full.slice(0, SMS_MAX_LENGTH - SMS_MORE.length) + SMS_MORE;
}
