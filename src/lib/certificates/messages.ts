/** 电子职称证书: the wording of refusals and results, shared by the pages and the server. */
export const certificateMessages = {
  numberRequired: "请输入证书编号",
  numberTooLong: "证书编号不能超过40个字符",
  numberMalformed: "证书编号格式不正确，应形如 JLGC-2026-000017",
  nameRequired: "请输入持证人姓名",
  nameTooLong: "持证人姓名不能超过50个字",
  captchaRequired: "请输入图形验证码",
  captchaWrong: "验证码错误",
  captchaExpired: "验证码已过期，请重新输入",
  /** The one answer for an unknown number and for a known number with another name. */
  notFound: "未查询到与该证书编号和持证人姓名相符的证书，请核对后重新输入",
  tooManyLookups: "查询过于频繁，请稍后再试",
  reasonRequired: "请输入撤销原因",
  reasonTooLong: "撤销原因不能超过200个字",
  certificateMissing: "证书不存在或已被删除，请刷新后重试",
  alreadyRevoked: "该证书已被撤销",
  committeeCodeInvalid: "评委会代码应为2至10位大写字母或数字，以字母开头",
  committeeCodeTaken: "该评委会代码已被使用",
  signInToDownload: "请先登录后再下载证书",
  downloadMissing: "证书不存在，或不是您本人的证书",
  missingCharacters: (chars: string) => `证书中的“${chars}”暂无法用证书字体显示，请联系管理员`,
} as const;

/** What the verification page says of the signature the QR code carries. */
export const signatureCheckMessages = {
  valid: "签名验证通过：证书所载信息与发证机关的电子签名一致，未被篡改。",
  tampered: "签名验证失败：证书信息与电子签名不符，证书内容可能已被篡改，请勿采信。",
  unknownKey: "签名验证失败：签名所用密钥不是本系统发布的密钥，证书可能系伪造，请勿采信。",
  malformed: "验证链接不完整或格式错误，无法验证。请直接扫描证书上的二维码，或在证书查询页按编号和姓名查询。",
  notFound: "未找到该编号的证书，证书可能系伪造，请勿采信。",
} as const;
