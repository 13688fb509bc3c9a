/**
 * What the certificate PDF (电子职称证书) prints: the certificate's fields already in the words a
 * reader sees, and the text of its QR code. The domain (issuing, numbering, signing) fills it; the
 * document renderer only lays it out and signs the file, so neither needs the other's internals.
 */
export type CertificateDocument = {
  /** 证书编号, e.g. 「JLGC-2026-000017」. */
  number: string;
  /** 持证人姓名. */
  holderName: string;
  /** 身份证号, masked as everywhere else (e.g. 「220102********1234」). */
  maskedIdNumber: string;
  /** 职称系列, as its label (e.g. 「工程系列」). */
  series: string;
  /** 专业 (e.g. 「电气工程」); empty when the application named none. */
  specialty: string;
  /** 级别, as its label (e.g. 「正高级」). */
  level: string;
  /** 职称名称 (e.g. 「正高级工程师」). */
  titleName: string;
  /** 评审委员会 name. */
  committeeName: string;
  /** 发证机关 (the issuing authority) as printed beside the seal. */
  issuingAuthority: string;
  /** 终审通过 date, as printed (e.g. 「2026年12月10日」). */
  approvedOn: string;
  /** 发证日期, as printed. */
  issuedOn: string;
  /** 验证码: a short code a reader can type on the 证书查询 page. */
  verificationCode: string;
  /** The QR code's text: the verification URL carrying the signature. */
  qrText: string;
};
