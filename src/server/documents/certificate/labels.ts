import "server-only";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";

/** The fixed wording of the certificate PDF (电子职称证书). */
export const certificateLabels = {
  title: "专业技术职务任职资格证书",
  titleLatin: "CERTIFICATE OF PROFESSIONAL AND TECHNICAL QUALIFICATION",
  statement: "经评审，下列人员具备专业技术职务任职资格，特发此证。",
  noSpecialty: "—",
  scanToVerify: "扫码验证",
  verificationCode: "验证码",
  verifyHow: ["扫描二维码，或在网上办事大厅「证书查询」", "输入证书编号与持证人姓名，可查验本证书。"],
  sealed: "本证书附发证机关电子签章，改动即失效。",
  issuingAuthority: "发证机关",
  issuedOn: "发证日期",
  /** The seal's line under its star. */
  sealPurpose: "职称证书专用章",
  /** The PDF's subject, and the reason its digital signature gives. */
  subject: "电子职称证书",
  creator: "职称申报评审及证书管理系统",
} as const;

/** A field of the table: its label, and what it is when it holds a character the font lacks. */
export type CertificateField = { key: keyof CertificateDocument; label: string; source: string };

const field = (key: keyof CertificateDocument, label: string, source = label): CertificateField => ({
  key,
  label,
  source,
});

/** The fields of the table, row by row (a row of one field spans the table). */
export const certificateRows: CertificateField[][] = [
  [field("holderName", "姓名", "持证人姓名"), field("maskedIdNumber", "身份证号")],
  [field("series", "职称系列"), field("specialty", "专业")],
  [field("level", "级别"), field("titleName", "资格名称", "职称名称")],
  [field("committeeName", "评审委员会")],
  [field("approvedOn", "通过时间"), field("number", "证书编号")],
];
