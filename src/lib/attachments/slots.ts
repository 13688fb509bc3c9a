import type { EntryModuleKey, ModuleKey } from "@/lib/application-form/modules";

/**
 * Attachment slots (附件上传): every place a file can be attached, with its 格式要求, 大小要求 and
 * 数量要求. The upload controls show these rules and the server enforces the same ones, so this is
 * the only place they are written down. Codes match the AttachmentSlot database enum.
 */
export const fileFormats = {
  jpg: { label: "JPG", mime: "image/jpeg", preview: "image" },
  png: { label: "PNG", mime: "image/png", preview: "image" },
  pdf: { label: "PDF", mime: "application/pdf", preview: "pdf" },
} as const;

export type FileFormat = keyof typeof fileFormats;

/** Where the applicant finds the slot: the 材料附件信息 list, a form module, or one of its entries. */
export type SlotPlace =
  | { kind: "materials" }
  | { kind: "section"; module: ModuleKey }
  | { kind: "entry"; module: EntryModuleKey };

export type SlotDefinition = {
  label: string;
  formats: readonly FileFormat[];
  maxBytes: number;
  maxCount: number;
  place: SlotPlace;
  /** 必传: the 材料附件信息 the manual names, and the photo. Entry proofs are decided by validation (SPEC §6). */
  required: boolean;
  /** Extra guidance shown under the rules. */
  hint?: string;
};

const MB = 1024 * 1024;
const documents = ["pdf", "jpg", "png"] as const;
const images = ["jpg", "png"] as const;

const proof = (module: EntryModuleKey, label: string, maxMb = 20, maxCount = 5): SlotDefinition => ({
  label,
  formats: documents,
  maxBytes: maxMb * MB,
  maxCount,
  place: { kind: "entry", module },
  required: false,
});

export const attachmentSlots = {
  PHOTO: {
    label: "个人照片",
    formats: images,
    maxBytes: 2 * MB,
    maxCount: 1,
    place: { kind: "section", module: "basicInfo" },
    required: true,
    hint: "近期免冠正面证件照，白色或蓝色背景",
  },
  ID_CARD_FRONT: {
    label: "身份证正面",
    formats: documents,
    maxBytes: 5 * MB,
    maxCount: 1,
    place: { kind: "materials" },
    required: true,
  },
  ID_CARD_BACK: {
    label: "身份证反面",
    formats: documents,
    maxBytes: 5 * MB,
    maxCount: 1,
    place: { kind: "materials" },
    required: true,
  },
  CHSI_REPORT: {
    label: "教育部学籍在线验证报告",
    formats: documents,
    maxBytes: 10 * MB,
    maxCount: 3,
    place: { kind: "materials" },
    required: true,
    hint: "在学信网下载的《教育部学历证书电子注册备案表》或学籍在线验证报告",
  },
  UNIT_PUBLICITY: {
    label: "单位公示表",
    formats: documents,
    maxBytes: 20 * MB,
    maxCount: 3,
    place: { kind: "materials" },
    required: true,
    hint: "推荐单位盖章的公示表扫描件",
  },
  EDUCATION_PROOF: proof("education", "教育经历证明（毕业证、学位证）"),
  WORK_EXPERIENCE_PROOF: proof("workExperience", "工作经历证明"),
  PAPER_PROOF: proof("papers", "论文著作证明（封面、目录、正文）", 50, 10),
  PROJECT_PROOF: proof("projects", "项目研究证明"),
  PATENT_PROOF: proof("patents", "专利证书"),
  WORK_REPORT_PROOF: proof("workReports", "工作报告证明"),
  HONOR_PROOF: proof("honors", "荣誉证书"),
  PUNISHMENT_PROOF: proof("punishments", "处分文件"),
  EXPERT_ATTACHMENT: proof("exceptionalExperts", "专家推荐意见表（签名）", 20, 3),
} as const satisfies Record<string, SlotDefinition>;

export type AttachmentSlotCode = keyof typeof attachmentSlots;
export const attachmentSlotCodes = Object.keys(attachmentSlots) as AttachmentSlotCode[];

export function slotOf(code: AttachmentSlotCode): SlotDefinition {
  return attachmentSlots[code];
}

/** The slot holding the proofs of an entry module's entries. */
export function entrySlotOf(module: EntryModuleKey): AttachmentSlotCode {
  const code = attachmentSlotCodes.find((c) => {
    const place = slotOf(c).place;
    return place.kind === "entry" && place.module === module;
  });
  if (!code) throw new Error(`No attachment slot for entry module ${module}`);
  return code;
}

/** 材料附件信息, in the order the manual lists them. */
export const materialSlotCodes = attachmentSlotCodes.filter((c) => slotOf(c).place.kind === "materials");

/** The largest size any slot accepts (the upload route refuses bigger bodies before reading them). */
export const largestSlotBytes = Math.max(...attachmentSlotCodes.map((c) => slotOf(c).maxBytes));

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The three rules as the manual words them, shown beside each upload control. */
export function slotRules(code: AttachmentSlotCode) {
  const slot = slotOf(code);
  return {
    formats: slot.formats.map((f) => fileFormats[f].label).join("、"),
    size: `单个文件不超过 ${formatBytes(slot.maxBytes)}`,
    count: slot.maxCount === 1 ? "限 1 个文件" : `最多 ${slot.maxCount} 个文件`,
  };
}

/** The MIME types a file input may offer (a convenience only: the server decides from the bytes). */
export function acceptAttribute(code: AttachmentSlotCode): string {
  return slotOf(code)
    .formats.flatMap((f) => [fileFormats[f].mime, `.${f}`, ...(f === "jpg" ? [".jpeg"] : [])])
    .join(",");
}
