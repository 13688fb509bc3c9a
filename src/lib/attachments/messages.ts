import { type AttachmentSlotCode, formatBytes, slotOf, slotRules } from "@/lib/attachments/slots";

/** 附件上传: refusals the applicant reads, shared by the upload control and the server. */
export const attachmentMessages = {
  notFound: "附件不存在或已删除",
  entryNotFound: "该条目不存在或已删除，请刷新后再上传",
  entryRequired: "请先保存该条目，再上传证明附件",
  signInRequired: "登录已过期，请重新登录后再上传",
  badRequest: "上传请求不完整，请刷新页面后重试",
  interrupted: "上传中断，文件未保存，请重新上传",
  empty: (name: string) => `「${name}」是空文件，请重新选择`,
  tooLarge: (slot: AttachmentSlotCode, size: number | null) =>
    `${size === null ? "文件" : `文件大小 ${formatBytes(size)}，`}超过${slotOf(slot).label}的大小要求（${slotRules(slot).size}）`,
  tooMany: (slot: AttachmentSlotCode) =>
    `${slotOf(slot).label}${slotRules(slot).count}，已达上限，请先删除已上传的文件`,
  unknownType: (slot: AttachmentSlotCode) =>
    `无法识别该文件的格式。${slotOf(slot).label}只接受 ${slotRules(slot).formats} 格式`,
  quotaExceeded: (used: number, adding: number | null, limit: number) =>
    `本申报的附件总大小不能超过 ${formatBytes(limit)}：已上传 ${formatBytes(used)}${adding === null ? "" : `，此文件 ${formatBytes(adding)}`}。请先删除不需要的附件或压缩文件后再上传`,
  wrongType: (slot: AttachmentSlotCode, detected: string) =>
    `该文件的实际格式是 ${detected.toUpperCase()}，${slotOf(slot).label}只接受 ${slotRules(slot).formats} 格式`,
} as const;
