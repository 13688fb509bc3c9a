import { certificateStatusLabels } from "@/lib/certificates/labels";
import { meetingStatuses } from "@/lib/committee/meeting";
import { applicationStatuses, bindingStatuses, type DictionaryItem, labelOf, noticeStatuses } from "@/lib/dictionaries";
import { objectionStatusLabels } from "@/lib/publicity/labels";

/**
 * The audit trail's vocabulary: every action any domain function records (AuditLog.action), the
 * entity kinds it names, and the keys of its detail, each with the wording the audit log shows.
 * `recordAudit` takes only these codes and keys, so an action or key added without its label here
 * fails `tsc` (and tests/unit/audit-labels.test.ts finds any literal that slipped through).
 */
export const auditActions = [
  { code: "user.create", label: "首次登录建档" },
  { code: "user.link", label: "关联统一身份认证账号" },
  { code: "user.preRegister", label: "预登记人员" },
  { code: "department.create", label: "新增主管部门" },
  { code: "department.rename", label: "修改部门名称" },
  { code: "committee.create", label: "新增评委会" },
  { code: "committee.update", label: "修改评委会" },
  { code: "unit.create", label: "新增推荐单位" },
  { code: "unit.update", label: "修改推荐单位" },
  { code: "role.grant", label: "授予角色" },
  { code: "role.revoke", label: "撤销角色" },
  { code: "notice.create", label: "新建申报通知" },
  { code: "notice.update", label: "修改申报通知" },
  { code: "notice.publish", label: "发布申报通知" },
  { code: "notice.close", label: "关闭申报通知" },
  { code: "holiday-year.create", label: "录入年度节假日安排" },
  { code: "holiday-year.update", label: "修改年度节假日安排" },
  { code: "binding.request", label: "申请绑定单位" },
  { code: "binding.approve", label: "单位通过绑定" },
  { code: "binding.reject", label: "单位驳回绑定" },
  { code: "binding.withdraw", label: "撤回绑定申请" },
  { code: "binding.unbind", label: "解除绑定" },
  { code: "application.create", label: "创建申报草稿" },
  { code: "application.section.save", label: "保存申报模块" },
  { code: "application.entry.add", label: "添加申报条目" },
  { code: "application.entry.update", label: "修改申报条目" },
  { code: "application.entry.delete", label: "删除申报条目" },
  { code: "application.attachment.add", label: "上传附件" },
  { code: "application.attachment.delete", label: "删除附件" },
  { code: "application.submit", label: "提交申报" },
  { code: "application.resubmit", label: "重新提交申报" },
  { code: "application.pass", label: "审核通过" },
  { code: "application.return", label: "退回修改" },
  { code: "application.terminate", label: "终止审核" },
  { code: "application.approve", label: "终审通过" },
  { code: "expert.create", label: "新增评审专家" },
  { code: "expert.update", label: "修改评审专家" },
  { code: "expert.activate", label: "启用评审专家" },
  { code: "expert.deactivate", label: "停用评审专家" },
  { code: "meeting.create", label: "新建评审会议" },
  { code: "meeting.assign", label: "分配申报到评审会议" },
  { code: "meeting.unassign", label: "移出评审会议" },
  { code: "meeting.draw", label: "抽取评审专家" },
  { code: "meeting.decline", label: "专家谢绝并替补" },
  { code: "meeting.attendance", label: "登记专家出席" },
  { code: "meeting.open", label: "开始投票" },
  { code: "meeting.recuse", label: "专家申请回避" },
  { code: "meeting.closeVote", label: "结束投票" },
  { code: "meeting.publish", label: "公布评审结果" },
  { code: "objection.file", label: "提出公示异议" },
  { code: "objection.decide", label: "记录异议核查结论" },
  { code: "certificate.issue", label: "颁发电子职称证书" },
  { code: "certificate.revoke", label: "撤销电子职称证书" },
] as const satisfies readonly DictionaryItem[];

export type AuditActionCode = (typeof auditActions)[number]["code"];

/** Audited entity kinds (AuditLog.entityType, the Prisma model name). */
export const auditEntityTypes = [
  { code: "User", label: "人员" },
  { code: "Department", label: "主管部门" },
  { code: "ReviewCommittee", label: "评委会" },
  { code: "Unit", label: "推荐单位" },
  { code: "RoleAssignment", label: "角色授权" },
  { code: "Notice", label: "申报通知" },
  { code: "HolidayYear", label: "年度节假日安排" },
  { code: "UnitBinding", label: "单位绑定" },
  { code: "Application", label: "职称申报" },
  { code: "ExpertProfile", label: "评审专家" },
  { code: "ReviewMeeting", label: "评审会议" },
  { code: "PublicityObjection", label: "公示异议" },
  { code: "Certificate", label: "电子职称证书" },
] as const satisfies readonly DictionaryItem[];

export type AuditEntityTypeCode = (typeof auditEntityTypes)[number]["code"];

/**
 * How a detail value reads: as it is (`text`), a unit (its name, or the snapshot an application
 * keeps of it), a code of a dictionary, an instant or a calendar
 * date, a byte count, yes/no, a count, or the id of a record whose name the audit list resolves.
 * `hidden` keys are kept for tracing in the database and not shown (an internal id the row names
 * otherwise).
 */
export type AuditValueKind =
  | "text"
  | "unit"
  | "series"
  | "levels"
  | "role"
  | "module"
  | "scope"
  | "slot"
  | "stage"
  | "dateTime"
  | "date"
  | "bytes"
  | "yesNo"
  | "count"
  | "application"
  | "expert"
  | "committee"
  | "user"
  | "notice"
  | "entry"
  | "holidayDates"
  | "hidden";

/** Every key audit detail may carry, with its label and how its value reads, in the order the log lists them. */
export const auditDetailKeys = {
  name: { label: "名称", kind: "text" },
  title: { label: "标题", kind: "text" },
  module: { label: "申报模块", kind: "module" },
  slot: { label: "附件类别", kind: "slot" },
  entryId: { label: "条目", kind: "entry" },
  representativeMovedFrom: { label: "参评标记移自", kind: "entry" },
  filesDeleted: { label: "随条目删除的附件", kind: "count" },
  attachmentId: { label: "附件", kind: "hidden" },
  size: { label: "文件大小", kind: "bytes" },
  sha256: { label: "文件校验值（SHA-256）", kind: "text" },
  body: { label: "申报注意事项", kind: "text" },
  creditCode: { label: "统一社会信用代码", kind: "text" },
  department: { label: "主管部门", kind: "text" },
  committee: { label: "评委会", kind: "text" },
  unit: { label: "推荐单位", kind: "unit" },
  notice: { label: "申报通知", kind: "text" },
  series: { label: "职称系列", kind: "series" },
  levels: { label: "申报级别", kind: "levels" },
  startsAt: { label: "开始时间", kind: "dateTime" },
  endsAt: { label: "截止时间", kind: "dateTime" },
  person: { label: "人员", kind: "text" },
  role: { label: "角色", kind: "role" },
  scope: { label: "范围", kind: "text" },
  idCardNumber: { label: "身份证号", kind: "text" },
  reason: { label: "原因", kind: "text" },
  fromStage: { label: "原审核环节", kind: "stage" },
  toStage: { label: "新审核环节", kind: "stage" },
  flowEvent: { label: "流转记录序号", kind: "count" },
  opinion: { label: "意见", kind: "text" },
  returnedModules: { label: "退回修改的模块", kind: "scope" },
  submissionId: { label: "提交快照", kind: "hidden" },
  committeeId: { label: "评委会", kind: "committee" },
  userId: { label: "人员", kind: "user" },
  specialty: { label: "评审专业", kind: "text" },
  specialtySeries: { label: "专业所属系列", kind: "series" },
  specialties: { label: "评审专业", kind: "text" },
  currentTitle: { label: "现任职称", kind: "text" },
  workUnitName: { label: "工作单位", kind: "text" },
  termStart: { label: "聘期开始", kind: "date" },
  termEnd: { label: "聘期结束", kind: "date" },
  date: { label: "会议日期", kind: "date" },
  place: { label: "会议地点", kind: "text" },
  noticeId: { label: "申报通知", kind: "notice" },
  expertId: { label: "专家", kind: "expert" },
  present: { label: "出席", kind: "yesNo" },
  seated: { label: "应到专家", kind: "count" },
  quorum: { label: "开会所需人数", kind: "count" },
  declined: { label: "谢绝的专家", kind: "expert" },
  replacement: { label: "替补专家", kind: "expert" },
  pool: { label: "候选专家", kind: "expert" },
  drawn: { label: "抽中的专家", kind: "expert" },
  seed: { label: "抽取随机数", kind: "text" },
  panelSize: { label: "抽取人数", kind: "count" },
  applicationId: { label: "申报", kind: "application" },
  applicationIds: { label: "申报", kind: "application" },
  applications: { label: "申报数", kind: "count" },
  passed: { label: "通过数", kind: "count" },
  failed: { label: "未通过数", kind: "count" },
  startsOn: { label: "公示开始", kind: "date" },
  endsOn: { label: "公示结束", kind: "date" },
  finding: { label: "核查结论", kind: "text" },
  holidays: { label: "放假日期", kind: "holidayDates" },
  workdays: { label: "调休上班日期", kind: "holidayDates" },
  before: { label: "修改前", kind: "holidayDates" },
  seeded: { label: "演示数据", kind: "yesNo" },
  code: { label: "评委会代码", kind: "text" },
  number: { label: "证书编号", kind: "text" },
  holder: { label: "持证人", kind: "text" },
  keyId: { label: "签名密钥", kind: "text" },
} as const satisfies Record<string, { label: string; kind: AuditValueKind }>;

export type AuditDetailKey = keyof typeof auditDetailKeys;

/** The record kinds whose ids audit detail carries, resolved to names by the audit list. */
export type AuditReferenceKind = Extract<
  AuditValueKind,
  "application" | "expert" | "committee" | "user" | "notice" | "entry"
>;

export function isAuditDetailKey(key: string): key is AuditDetailKey {
  return Object.hasOwn(auditDetailKeys, key);
}

/** Status labels by audited entity type: the same code (e.g. APPROVED) reads differently per entity. */
const statusDictionaries: Record<string, readonly DictionaryItem[]> = {
  Notice: noticeStatuses,
  UnitBinding: bindingStatuses,
  Application: applicationStatuses,
  ReviewMeeting: meetingStatuses,
  PublicityObjection: Object.entries(objectionStatusLabels).map(([code, label]) => ({ code, label })),
  Certificate: Object.entries(certificateStatusLabels).map(([code, label]) => ({ code, label })),
};

export function auditStatusLabel(entityType: string, code: string | null | undefined): string {
  return labelOf(statusDictionaries[entityType] ?? [], code);
}
