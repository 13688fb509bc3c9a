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

/** The words of the certificate pages. */
export const certificatePageLabels = {
  /** 证书查询's error summary: 「查询未成功，请修改以下 N 处：」. */
  summaryAction: "查询",
  mineTitle: "我的证书",
  mineIntro: "终审通过后颁发的电子职称证书。证书PDF带有发证机关的电子签章，二维码可扫码验证真伪。",
  mineEmpty: "暂无证书。职称申报终审通过后，电子职称证书将显示在这里。",
  download: "下载",
  viewVerification: "查看验证页",
  revokedOn: (date: string) => `已于${date}撤销`,
  revokedReason: "撤销原因",
  lookupTitle: "证书查询",
  lookupIntro: "输入证书编号和持证人姓名核验电子职称证书。两项须与证书完全一致，不支持模糊查询。",
  lookupSubmit: "查询",
  captcha: "图形验证码",
  captchaPlaceholder: "请输入右侧字符",
  captchaRefresh: "看不清？换一张",
  captchaImage: "图形验证码，点击更换",
  lookupResult: "查询结果",
  storedSignature: "证书数据与发证时的电子签名一致",
  storedSignatureBroken: "证书数据与发证时的电子签名不一致，请勿采信",
  verifyTitle: "电子职称证书验证",
  verifyIntro: "本页由证书上的二维码打开，核对证书所载信息与发证机关的电子签名。",
  certificateStatus: "证书状态",
  signatureResult: "签名验证",
  publicKeys: "签名验证公钥",
  signingCa: "电子签章根证书",
  lookupLink: "按编号和姓名查询证书",
  adminSearch: "搜索证书",
  adminSearchPlaceholder: "证书编号开头或持证人完整姓名",
  adminTable: "证书列表",
  adminEmpty: "暂无证书。",
  adminNoMatch: "没有符合条件的证书。",
  holder: "持证人",
  issuedAt: "发证时间",
  status: "状态",
  actions: "操作",
  revoke: "撤销",
  revokeTitle: "撤销证书",
  revokeConfirm: "确认撤销",
  revokeWarning: (holder: string, number: string) =>
    `确定撤销${holder}的证书（编号${number}）吗？撤销后不可恢复，验证页将立即显示“已撤销”；如需重新发证，只能通过新的申报终审通过。`,
  revokeReason: "撤销原因",
  revoked: (number: string) => `已撤销证书 ${number}`,
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
  /** The CA certificate the PDFs' 电子签章 chains to, for a PDF reader's trusted list. */
  ca: "/api/certificates/ca",
};
