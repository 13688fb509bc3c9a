/** 电子职称证书: status labels and the words of the certificate pages. */
export type CertificateStatusCode = "VALID" | "REVOKED";

export const certificateStatusLabels: Record<CertificateStatusCode, string> = {
  VALID: "有效",
  REVOKED: "已撤销",
};

/** The printed fields, in the order the pages show them. */
export const certificateFieldLabels = {
  number: "证书编号",
  holderName: "持证人姓名",
  maskedIdNumber: "身份证号",
  series: "职称系列",
  specialty: "专业",
  level: "级别",
  titleName: "职称名称",
  committeeName: "评审委员会",
  issuingAuthority: "发证机关",
  approvedOn: "终审通过日期",
  issuedOn: "发证日期",
  verificationCode: "验证码",
} as const;

export const certificateRoutes = {
  mine: "/hall/certificates",
  lookup: "/certificates",
  verify: "/certificates/verify",
  admin: "/admin/certificates",
  /** The holder's PDF (电子职称证书 with the embedded 电子签章). */
  pdf: (certificateId: string) => `/api/certificates/${certificateId}/pdf`,
  /** The signing keys' public halves, as a JWK set. */
  keys: "/api/certificates/keys",
};
