import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import forge from "node-forge";
import { PDFArray, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";
import { renderCertificatePdf, SEAL } from "@/server/documents/certificate/render-certificate-pdf";
import {
  pdfTextString,
  renderSignedCertificatePdf,
  signCertificatePdf,
} from "@/server/documents/certificate/sign-certificate-pdf";
import { MissingCharactersError } from "@/server/documents/missing-characters";
import { LOCAL_SIGNING_FILES } from "@/server/signing/local-authority";
import { signingCaCertificatePem, signingIdentity } from "@/server/signing/signing-identity";
import { joined, pdfFonts, pdfPageGrey, pdfSignatures, pdfText, popplerMissing } from "../helpers/poppler";

/** The local CA is generated into a folder of this test's own, never into the repository's .data. */
const signingDir = path.join(mkdtempSync(path.join(tmpdir(), "zhicheng-signing-")), "signing");
beforeAll(() => {
  process.env.CERTIFICATE_SIGNING_DIR = signingDir;
});
afterAll(() => rmSync(path.dirname(signingDir), { recursive: true, force: true }));

const certificate: CertificateDocument = {
  number: "JLGC-2026-000017",
  holderName: "王堃喆",
  maskedIdNumber: "220102********1234",
  series: "工程系列",
  specialty: "电气工程",
  level: "正高级",
  titleName: "正高级工程师",
  committeeName: "吉林省工程技术人才高级职称评审委员会",
  issuingAuthority: "吉林省人力资源和社会保障厅",
  approvedOn: "2026年12月10日",
  issuedOn: "2026年12月20日",
  verificationCode: "K7Q2-9XJD",
  qrText: `http://localhost:3000/certificates/verify?n=JLGC-2026-000017&k=2026a&s=${"Xy9_".repeat(22)}`,
};

const printedFields = (doc: CertificateDocument) =>
  Object.entries(doc).filter(([key]) => key !== "qrText") as [keyof CertificateDocument, string][];

const readsPdfs = popplerMissing && process.env.CI !== "true" ? describe.skip : describe;

readsPdfs("the certificate PDF (read back with poppler)", () => {
  it("prints every field of the certificate as text a reader can select and search", async () => {
    const text = joined(pdfText(await renderCertificatePdf(certificate)));
    for (const [key, value] of printedFields(certificate)) expect(text, key).toContain(joined(value));
    for (const wording of ["专业技术职务任职资格证书", "扫码验证", "发证机关", "发证日期", "验证码", "证书编号"]) {
      expect(text).toContain(wording);
    }
  });

  it("embeds the 业务表册's Noto Sans SC, as subsets, with the text mapped back to Unicode", async () => {
    const fonts = pdfFonts(await renderCertificatePdf(certificate));
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "NotoSansSC-Bold",
      "NotoSansSC-Regular",
    ]);
    for (const font of fonts) {
      expect(font).toMatchObject({ type: "CID TrueType", embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it("keeps a long name whole: it is set smaller, or on two lines, never cut", async () => {
    const long = {
      ...certificate,
      holderName: "阿卜杜热合曼·买买提艾力·吐尔逊托合提",
      committeeName: "吉林省工程技术人才高级职称评审委员会电气工程与自动化及智能制造专业学科评议组（第二届）",
      issuingAuthority: "吉林省人力资源和社会保障厅职称管理处与专业技术人员管理处",
    };
    const text = joined(pdfText(await renderCertificatePdf(long)));
    for (const [key, value] of printedFields(long)) expect(text, key).toContain(joined(value));
  });

  it("carries a QR code that decodes, from the printed page's image, to the certificate's QR text", async () => {
    const bytes = await renderSignedCertificatePdf(certificate);
    // 150 dpi: a module is about 3 pixels, as a phone sees a printed copy at arm's length.
    const page = pdfPageGrey(bytes, 1, 150, "certificate");
    const rgba = new Uint8ClampedArray(page.width * page.height * 4);
    page.pixels.forEach((grey, i) => {
      rgba.set([grey, grey, grey, 255], i * 4);
    });
    expect(jsQR(rgba, page.width, page.height)?.data).toBe(certificate.qrText);
  });

  it("is signed by the issuing authority: pdfsig finds the signature valid over the whole file", async () => {
    const report = pdfSignatures(await renderSignedCertificatePdf(certificate));
    expect(report.match(/^Signature #/gm)).toHaveLength(1);
    expect(report).toContain("Signer Certificate Common Name: 电子职称证书签章（本地测试）");
    expect(report).toContain("Signing Hash Algorithm: SHA-256");
    expect(report).toContain("Signature Type: adbe.pkcs7.detached");
    // Every byte of the file but the signature itself is signed.
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signature Validation: Signature is Valid.");
    // The local CA is no CA this machine trusts: the certificate is checked apart from the signature.
    expect(report).toContain("Certificate Validation: Certificate issuer isn't Trusted.");
  });

  it("no longer verifies once one byte of the signed content is changed, before or after the signature", async () => {
    const bytes = await renderSignedCertificatePdf(certificate);
    const [, first, second] = /\/ByteRange \[0 (\d+) (\d+) \d+/.exec(Buffer.from(bytes).toString("latin1")) ?? [];
    const contact = Buffer.from(bytes).indexOf("http://localhost:3000", Number(second));
    for (const offset of [Math.floor(Number(first) / 2), contact + "http://localhost:300".length]) {
      const tampered = new Uint8Array(bytes);
      tampered[offset] ^= 0x01;
      const report = pdfSignatures(tampered);
      expect(report, `byte ${offset}`).toContain("Signature Validation: Digest Mismatch.");
      expect(report).not.toContain("Signature is Valid.");
    }
  });

  it("signs a certificate rendered earlier just as well, its widget over the seal", async () => {
    const signed = await signCertificatePdf(await renderCertificatePdf(certificate), certificate.issuingAuthority);
    expect(pdfSignatures(signed)).toContain("Signature Validation: Signature is Valid.");
    // The widget is the square around the seal, on the first page.
    const pdf = await PDFDocument.load(signed);
    const [widget] = pdf.getPage(0).node.Annots()?.asArray() ?? [];
    const rect = pdf.context.lookup(widget, PDFDict).lookup(PDFName.of("Rect"), PDFArray).asRectangle();
    const diameter = 2 * SEAL.radius;
    expect(rect).toEqual({ x: SEAL.x - SEAL.radius, y: SEAL.y - SEAL.radius, width: diameter, height: diameter });
    // The signature names the authority and the reason in UTF-16.
    const latin1 = Buffer.from(signed).toString("latin1");
    expect(latin1).toContain(`/Name (${pdfTextString(certificate.issuingAuthority)})`);
    expect(latin1).toContain(`/Reason (${pdfTextString("电子职称证书")})`);
  });
});

describe("characters the font lacks", () => {
  it("are refused with the field they are in, before anything is drawn", async () => {
    const error = await renderCertificatePdf({
      ...certificate,
      holderName: "张𠀀",
      committeeName: "评审😀委员会",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCharactersError);
    expect((error as MissingCharactersError).missing).toEqual([
      { character: "𠀀", source: "持证人姓名" },
      { character: "😀", source: "评审委员会" },
    ]);
    await expect(renderSignedCertificatePdf({ ...certificate, issuingAuthority: "𠀀厅" })).rejects.toBeInstanceOf(
      MissingCharactersError,
    );
  });
});

describe("the signature's texts", () => {
  it("are written as UTF-16 with a byte order mark, the bytes that end a literal string escaped", () => {
    expect(Buffer.from(pdfTextString("证书"), "latin1").toString("hex")).toBe("feff8bc14e66");
    // 「⼨」 is U+2F28 and 「ȩ」 U+0229: bytes 0x28 and 0x29, parentheses inside a literal string.
    expect(pdfTextString("⼨ȩ\\")).toBe("\xfe\xff/\\(\x02\\)\x00\\\\");
  });
});

describe("the local signing authority", () => {
  it("is generated once into CERTIFICATE_SIGNING_DIR: a CA, and a signing certificate it issued", async () => {
    const identity = await signingIdentity();
    const ca = forge.pki.certificateFromPem(await signingCaCertificatePem());
    expect(readFileSync(path.join(signingDir, LOCAL_SIGNING_FILES.caCertificate), "utf8")).toBe(
      forge.pki.certificateToPem(ca),
    );
    expect(forge.util.decodeUtf8(String(ca.subject.getField("CN").value))).toBe("本地测试CA");
    expect(ca.getExtension("basicConstraints")).toMatchObject({ cA: true });
    expect(ca.verify(identity.certificate)).toBe(true);
    expect(identity.certificate.getExtension("keyUsage")).toMatchObject({
      digitalSignature: true,
      nonRepudiation: true,
      keyCertSign: false,
    });
    expect(identity.chain.map((c) => c.serialNumber)).toEqual([identity.certificate.serialNumber, ca.serialNumber]);
  });
});
