import "server-only";
import {
  type Color,
  degrees,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
} from "pdf-lib";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";
import { documentFonts, type FontWeight, sharedFontkit } from "../fonts";
import { type DrawnText, findMissingIn, MissingCharactersError } from "../missing-characters";
import { subsetTags } from "../render-pdf";
import { type Measure, printable, textWidth, wrapBalanced } from "../text";
import { type CertificateField, certificateRows, certificateLabels as labels } from "./labels";
import { drawQrCode } from "./qr-code";
import { drawSeal } from "./seal";

/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 };
/** The double frame's lines, inset from the page's edge. */
const FRAME = { outer: 22, inner: 30 };
/** The table of fields: its edges, the baseline of its first row, and the room of a row. */
const TABLE = { left: 104, right: 738, top: 398, rowHeight: 34, labelWidth: 60, labelGap: 14, columnGap: 36 };
const COLUMN = (TABLE.right - TABLE.left - TABLE.columnGap) / 2;
const QR = { x: 104, y: 66, size: 122 };
const NOTES_X = 250;
const AUTHORITY = { left: 472, labelWidth: 66, top: 154, lineGap: 26 };

/**
 * Where the issuing authority's seal is stamped — over its name and the date, as on paper — and
 * where the digital signature's widget sits, so a reader that marks signatures marks the seal.
 */
export const SEAL = { x: 642, y: 141, radius: 56 };

const colours = {
  paper: rgb(1, 0.988, 0.955),
  gold: rgb(0.74, 0.58, 0.3),
  title: rgb(0.6, 0.09, 0.08),
  label: rgb(0.42, 0.33, 0.24),
  ink: rgb(0.1, 0.1, 0.1),
  note: rgb(0.38, 0.38, 0.38),
};

/** A diamond of radius 5 around (0, 0), as an SVG path. */
const DIAMOND = "M 0 -5 L 5 0 L 0 5 L -5 0 Z";

const SIZE = { title: 30, titleLatin: 8.5, statement: 12, label: 12, value: 14, minValue: 9, note: 9, caption: 10 };

type Fonts = Record<
  FontWeight,
  { pdf: PDFFont; measure: (size: number) => Measure; width: (text: string, size: number) => number }
>;

/** Every text the certificate draws, in the weight it is drawn in, with what it is. */
function textsOf(doc: CertificateDocument): DrawnText[] {
  const fixed = (text: string, weight: FontWeight = "regular"): DrawnText => ({ text, weight, source: "证书文字" });
  const fields = certificateRows.flat();
  return [
    ...fields.map((f) => ({ text: doc[f.key], weight: "regular" as const, source: f.source })),
    { text: doc.issuingAuthority, weight: "regular", source: "发证机关" },
    { text: doc.issuingAuthority, weight: "bold", source: "发证机关" },
    { text: doc.issuedOn, weight: "regular", source: "发证日期" },
    { text: doc.verificationCode, weight: "bold", source: "验证码" },
    fixed(labels.title, "bold"),
    fixed(labels.sealPurpose, "bold"),
    ...[labels.titleLatin, labels.statement, labels.noSpecialty, labels.scanToVerify, labels.verificationCode].map(
      (text) => fixed(text),
    ),
    ...[...labels.verifyHow, labels.sealed, labels.issuingAuthority, labels.issuedOn].map((text) => fixed(text)),
    ...fields.map((f) => fixed(f.label)),
  ];
}

/**
 * The certificate laid out on one A4 landscape page, as a pdf-lib document not yet saved (the
 * signature's placeholder is added to it before saving). Throws MissingCharactersError, drawing
 * nothing, when the font lacks a character of the text, like the 业务表册.
 */
export async function buildCertificatePdf(doc: CertificateDocument): Promise<PDFDocument> {
  const loaded = await documentFonts();
  const missing = findMissingIn(textsOf(doc), loaded);
  if (missing.length > 0) throw new MissingCharactersError(missing);

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(sharedFontkit(loaded) as Parameters<PDFDocument["registerFontkit"]>[0]);
  const tags = subsetTags(2);
  const embed = async (weight: FontWeight, tag: string) => {
    const font = loaded[weight];
    const measure = (size: number) => (codePoint: number) => font.advance(codePoint) * size;
    return {
      pdf: await pdf.embedFont(font.bytes, { subset: true, customName: `${tag}+${font.font.postscriptName}` }),
      measure,
      width: (text: string, size: number) => textWidth(text, measure(size)),
    };
  };
  const fonts: Fonts = { regular: await embed("regular", tags[0]), bold: await embed("bold", tags[1]) };

  pdf.setTitle(`${labels.title} ${doc.number}`, { showInWindowTitleBar: true });
  pdf.setSubject(labels.subject);
  pdf.setAuthor(doc.issuingAuthority);
  pdf.setCreator(labels.creator);
  pdf.setLanguage("zh-CN");

  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const painter = new Painter(page, fonts);
  drawFrame(page);
  drawRosette(page);
  painter.drawHeading();
  painter.drawFields(doc);
  drawQrCode(page, doc.qrText, QR.x, QR.y, QR.size);
  painter.drawNotes(doc);
  painter.drawAuthority(doc);
  drawSeal(page, fonts.bold, { authority: printable(doc.issuingAuthority), purpose: labels.sealPurpose }, SEAL);
  return pdf;
}

/**
 * The certificate as a PDF, unsigned: the fields in the embedded Noto Sans SC (subsets, so the
 * text stays selectable and searchable), the QR code of `doc.qrText` and the authority's seal.
 * renderSignedCertificatePdf adds the digital signature.
 */
export async function renderCertificatePdf(doc: CertificateDocument): Promise<Uint8Array> {
  return (await buildCertificatePdf(doc)).save();
}

/** The paper inside a double gold frame, with an ornament in each corner. */
function drawFrame(page: PDFPage) {
  const { outer, inner } = FRAME;
  const box = (inset: number) => ({
    x: inset,
    y: inset,
    width: PAGE.width - 2 * inset,
    height: PAGE.height - 2 * inset,
  });
  page.drawRectangle({ ...box(outer), color: colours.paper, borderColor: colours.gold, borderWidth: 2.6 });
  page.drawRectangle({ ...box(inner), borderColor: colours.gold, borderWidth: 0.8 });
  const length = 40;
  const offset = inner + 7;
  for (const [x, sx] of [
    [offset, 1],
    [PAGE.width - offset, -1],
  ]) {
    for (const [y, sy] of [
      [offset, 1],
      [PAGE.height - offset, -1],
    ]) {
      // Two nested Ls along the corner, facing into the page (drawSvgPath's y runs downwards).
      const at = (dx: number, dy: number) => `${sx * dx} ${-sy * dy}`;
      const path = [
        `M ${at(0, length)} L ${at(0, 0)} L ${at(length, 0)}`,
        `M ${at(5, length - 10)} L ${at(5, 5)} L ${at(length - 10, 5)}`,
      ].join(" ");
      page.drawSvgPath(path, { x, y, borderColor: colours.title, borderWidth: 1 });
      page.drawSvgPath(DIAMOND, { x: x - sx * 7, y: y - sy * 7, color: colours.gold, scale: 0.8 });
    }
  }
}

/** A faint guilloche rosette behind the table, as printed certificates carry against copying. */
function drawRosette(page: PDFPage) {
  const x = PAGE.width / 2;
  const y = 318;
  for (let i = 0; i < 18; i++) {
    page.drawEllipse({
      x,
      y,
      xScale: 190,
      yScale: 64,
      rotate: degrees(i * 10),
      borderColor: colours.gold,
      borderWidth: 0.5,
      borderOpacity: 0.2,
    });
  }
}

/** The drawing of the page's texts. */
class Painter {
  constructor(
    private readonly page: PDFPage,
    private readonly fonts: Fonts,
  ) {}

  /** One line of text; `spacing` adds room between characters (Tc), `align` says what x is. */
  text(
    content: string,
    x: number,
    y: number,
    options: {
      size: number;
      weight?: FontWeight;
      color?: Color;
      spacing?: number;
      align?: "left" | "center" | "right";
    },
  ) {
    const { size, weight = "regular", color = colours.ink, spacing = 0, align = "left" } = options;
    const characters = [...content].length;
    const width = this.fonts[weight].width(content, size) + spacing * Math.max(0, characters - 1);
    const left = align === "left" ? x : align === "center" ? x - width / 2 : x - width;
    if (spacing) this.page.pushOperators(pushGraphicsState(), setCharacterSpacing(spacing));
    this.page.drawText(content, { x: left, y, size, font: this.fonts[weight].pdf, color });
    if (spacing) this.page.pushOperators(popGraphicsState());
    return width;
  }

  /** A label spread to the label column's width (分散对齐), as Chinese forms set 「姓　　名」. */
  label(content: string, x: number, y: number) {
    const characters = [...content].length;
    const natural = this.fonts.regular.width(content, SIZE.label);
    const spacing = characters > 1 ? Math.max(0, (TABLE.labelWidth - natural) / (characters - 1)) : 0;
    this.text(content, x, y, { size: SIZE.label, color: colours.label, spacing });
  }

  drawHeading() {
    const middle = PAGE.width / 2;
    this.text(labels.title, middle, 496, {
      size: SIZE.title,
      weight: "bold",
      color: colours.title,
      spacing: 8,
      align: "center",
    });
    this.text(labels.titleLatin, middle, 474, {
      size: SIZE.titleLatin,
      color: colours.label,
      spacing: 1.6,
      align: "center",
    });
    // A gold rule with a diamond in its middle.
    for (const side of [-1, 1]) {
      this.page.drawLine({
        start: { x: middle + side * 14, y: 460 },
        end: { x: middle + side * 190, y: 460 },
        thickness: 0.8,
        color: colours.gold,
      });
    }
    this.page.drawSvgPath(DIAMOND, { x: middle, y: 460, color: colours.gold });
    this.text(labels.statement, middle, 432, { size: SIZE.statement, color: colours.ink, align: "center" });
  }

  /** The table of fields: a label, then the value on a gold line, shrunk or broken to fit. */
  drawFields(doc: CertificateDocument) {
    certificateRows.forEach((row, i) => {
      const y = TABLE.top - i * TABLE.rowHeight;
      const width = row.length === 1 ? TABLE.right - TABLE.left : COLUMN;
      row.forEach((field, column) => {
        this.field(field, doc, TABLE.left + column * (COLUMN + TABLE.columnGap), y, width);
      });
    });
  }

  private field(field: CertificateField, doc: CertificateDocument, x: number, y: number, width: number) {
    this.label(field.label, x, y);
    const valueX = x + TABLE.labelWidth + TABLE.labelGap;
    const valueWidth = x + width - valueX;
    this.value(printable(doc[field.key]) || labels.noSpecialty, valueX + 2, y, valueWidth - 4);
    this.page.drawLine({
      start: { x: valueX - 4, y: y - 7 },
      end: { x: x + width, y: y - 7 },
      thickness: 0.6,
      color: colours.gold,
    });
  }

  /** A value on the baseline `y`, shrunk to fit `width` or broken into lines centred on `y`. */
  private value(text: string, x: number, y: number, width: number) {
    const { size, lines } = this.fit(text, width);
    const lineHeight = size * 1.15;
    const first = y + ((lines.length - 1) * lineHeight) / 2;
    lines.forEach((line, i) => {
      this.text(line, x, first - i * lineHeight, { size });
    });
  }

  /**
   * The size `text` fits `width` at, from the value size down to the smallest; a text too long even
   * then is broken into balanced lines of the smallest size.
   */
  private fit(text: string, width: number): { size: number; lines: string[] } {
    const { regular } = this.fonts;
    for (let size = SIZE.value; size >= SIZE.minValue; size -= 0.5) {
      if (regular.width(text, size) <= width) return { size, lines: [text] };
    }
    const size = SIZE.minValue;
    return { size, lines: wrapBalanced(text, width, regular.measure(size)) };
  }

  /** Under the QR code its caption; beside it the verification code and how to check the certificate. */
  drawNotes(doc: CertificateDocument) {
    this.text(labels.scanToVerify, QR.x + QR.size / 2, QR.y - 14, {
      size: SIZE.caption,
      color: colours.label,
      spacing: 2,
      align: "center",
    });
    const labelWidth = this.text(`${labels.verificationCode}：`, NOTES_X, 160, {
      size: SIZE.label,
      color: colours.label,
    });
    this.text(printable(doc.verificationCode), NOTES_X + labelWidth, 160, { size: 13, weight: "bold", spacing: 1 });
    labels.verifyHow.forEach((line, i) => {
      this.text(line, NOTES_X, 136 - i * 14, { size: SIZE.note, color: colours.note });
    });
    this.text(labels.sealed, NOTES_X, 100, { size: SIZE.note, color: colours.note });
  }

  /** 发证机关 and 发证日期, where the seal is stamped. */
  drawAuthority(doc: CertificateDocument) {
    const { left, labelWidth, top, lineGap } = AUTHORITY;
    const valueWidth = TABLE.right - left - labelWidth;
    const entries = [
      [labels.issuingAuthority, printable(doc.issuingAuthority)],
      [labels.issuedOn, printable(doc.issuedOn)],
    ] as const;
    entries.forEach(([label, value], i) => {
      const y = top - i * lineGap;
      this.label(label, left, y);
      this.value(value, left + labelWidth, y, valueWidth);
    });
  }
}
