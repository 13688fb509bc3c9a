import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, type PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { DocumentSpec, Row } from "@/server/documents/document.types";
import { documentFonts } from "@/server/documents/fonts";
import { findMissingCharacters, MissingCharactersError } from "@/server/documents/missing-characters";
import { renderPdf } from "@/server/documents/render-pdf";
import { printable, wrapBalanced, wrapText } from "@/server/documents/text";
import { joined, pdfText, popplerMissing } from "../helpers/poppler";

/** Every character one unit wide, Latin letters, digits and spaces half: widths easy to count. */
const measure = (codePoint: number) => (codePoint < 0x2e80 ? 0.5 : 1);

describe("Chinese line breaking (pdf-lib draws single lines only)", () => {
  it("breaks between any two Chinese characters and fills each line up to the width", () => {
    expect(wrapText("配电网故障定位方法研究", 4, measure)).toEqual(["配电网故", "障定位方", "法研究"]);
  });

  it("keeps a Latin word or a number whole, and breaks it only when it alone is wider than the line", () => {
    expect(wrapText("编号 ZL2019 号", 5, measure)).toEqual(["编号", "ZL2019 号"]);
    expect(wrapText("ISSN1000-1026", 3, measure)).toEqual(["ISSN10", "00-102", "6"]);
    expect(wrapText("long English words", 4, measure)).toEqual(["long", "English", "words"]);
  });

  it("never starts a line with closing punctuation nor ends one with opening punctuation", () => {
    expect(wrapText("配电网故障，定位", 5, measure)).toEqual(["配电网故", "障，定位"]);
    expect(wrapText("配电网（故障）", 4, measure)).toEqual(["配电网", "（故障）"]);
  });

  it("breaks a centred name into lines of even length", () => {
    expect(wrapText("创新技术改革方法", 7, measure)).toEqual(["创新技术改革方", "法"]);
    expect(wrapBalanced("创新技术改革方法", 7, measure)).toEqual(["创新技术", "改革方法"]);
    expect(wrapBalanced("工作单位", 7, measure)).toEqual(["工作单位"]);
  });

  it("keeps the text's own line breaks, and drops control and invisible characters", () => {
    expect(wrapText("第一行\r\n第二\u200b行\u0007", 10, measure)).toEqual(["第一行", "第二行"]);
    expect(printable("甲\t乙\uFEFF")).toBe("甲 乙");
  });
});

const spec = (rows: Row[], overrides: Partial<DocumentSpec> = {}): DocumentSpec => ({
  title: "测试表",
  footerTitle: "测试表",
  draft: false,
  generatedAt: new Date("2026-11-28T02:00:00Z"),
  sections: [{ columns: [1, 3], head: [[{ text: "栏目", style: "heading", span: 2 }]], rows }],
  properties: { title: "测试表", subject: "测试" },
  ...overrides,
});

/** The embedded font programs of a PDF, each with the characters its glyph ids stand for (ToUnicode). */
async function embeddedFonts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const lookup = <T>(value: unknown) => (value instanceof PDFRef ? doc.context.lookup(value) : value) as T;
  const fonts: { name: string; program: Uint8Array; characters: Map<number, string> }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Subtype")) !== PDFName.of("Type0")) continue;
    const cidFont = lookup<PDFDict>(lookup<PDFArray>(object.get(PDFName.of("DescendantFonts"))).get(0));
    const descriptor = lookup<PDFDict>(cidFont.get(PDFName.of("FontDescriptor")));
    const program = decodePDFRawStream(lookup<PDFRawStream>(descriptor.get(PDFName.of("FontFile2")))).decode();
    const cmap = Buffer.from(
      decodePDFRawStream(lookup<PDFRawStream>(object.get(PDFName.of("ToUnicode")))).decode(),
    ).toString("latin1");
    const characters = new Map<number, string>();
    for (const [, cid, utf16] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
      characters.set(Number.parseInt(cid, 16), Buffer.from(utf16, "hex").swap16().toString("utf16le"));
    }
    fonts.push({ name: String(object.get(PDFName.of("BaseFont"))), program, characters });
  }
  return fonts;
}

describe("the embedded fonts", () => {
  it("draw every character with the outline the font itself has for it (no glyph lost in subsetting)", async () => {
    const text = "王堃喆 吉林省智能制造研究院有限公司 配电网故障定位方法研究 ISSN 1000-1026 （2026-11-28）";
    const bytes = await renderPdf(spec([[{ text: "姓名", style: "label" }, { text }]]));
    const whole = await documentFonts();
    const fonts = await embeddedFonts(bytes);
    expect(fonts.map((f) => f.name.replace(/^\/[A-Z]{6}\+/, "")).sort()).toEqual([
      "NotoSansSC-Bold",
      "NotoSansSC-Regular",
    ]);
    for (const { name, program, characters } of fonts) {
      const source = name.endsWith("Bold") ? whole.bold.font : whole.regular.font;
      const subset = fontkit.create(program);
      const drawn = [...characters.values()].join("");
      if (name.endsWith("Regular")) for (const c of text.replace(/\s/g, "")) expect(drawn).toContain(c);
      for (const [glyphId, character] of characters) {
        const original = source.glyphForCodePoint(character.codePointAt(0) ?? 0);
        expect(subset.getGlyph(glyphId).path.toSVG(), `${character} in ${name}`).toBe(original.path.toSVG());
      }
    }
  });

  it("are the only thing checked against: a character they lack is named with its source, once", async () => {
    const fonts = await documentFonts();
    const withGaps = spec([
      [
        { text: "姓名", style: "label" },
        { text: "张𠀀𠀀", source: "姓名" },
      ],
      [
        { text: "单位", style: "label" },
        { text: "😀单位𠀀", source: "工作单位" },
      ],
    ]);
    expect(findMissingCharacters(withGaps, fonts)).toEqual([
      { character: "𠀀", source: "姓名" },
      { character: "😀", source: "工作单位" },
    ]);
    await expect(renderPdf(withGaps)).rejects.toBeInstanceOf(MissingCharactersError);
    expect(findMissingCharacters(spec([[{ text: "堃", style: "label" }, { text: "喆㐀" }]]), fonts)).toEqual([]);
  });
});

const readsPdfs = popplerMissing && process.env.CI !== "true" ? describe.skip : describe;

readsPdfs("page layout (read back with pdftotext)", () => {
  it("a row taller than a page is split between its lines, the section's head repeated, nothing lost", async () => {
    if (popplerMissing) throw new Error(popplerMissing);
    const long = Array.from({ length: 400 }, (_, i) => `第${i + 1}条记录，`).join("");
    const bytes = await renderPdf(
      spec([
        [
          { text: "长文本", style: "label" },
          { text: long, style: "text" },
        ],
      ]),
    );
    const text = pdfText(bytes);
    const pages = Number(/共\s*(\d+)\s*页/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    // The pages' texts without the title, the repeated head and the footers: the text, whole and in order.
    const furniture = /^(测试表|栏目|长文本|生成时间：.*|第\s*\d+\s*页\s*共\s*\d+\s*页)$/;
    const body = Array.from({ length: pages }, (_, i) =>
      pdfText(bytes, i + 1)
        .split("\n")
        .filter((line) => !furniture.test(line.trim()))
        .join(""),
    ).join("");
    expect(joined(body)).toBe(joined(long));
    for (let page = 1; page <= pages; page++) {
      expect(joined(pdfText(bytes, page))).toMatch(page === 1 ? /^测试表栏目/ : /^栏目/);
      expect(joined(pdfText(bytes, page))).toContain(`第${page}页共${pages}页`);
    }
  });

  it("marks a draft with 草稿 on every page, and prints the time it was made in Asia/Shanghai", async () => {
    if (popplerMissing) throw new Error(popplerMissing);
    const many: Row[] = Array.from({ length: 60 }, (_, i) => [{ text: `第${i}行`, style: "label" }, { text: "内容" }]);
    const bytes = await renderPdf(spec(many, { draft: true }));
    const pages = Number(/共\s*(\d+)\s*页/.exec(pdfText(bytes))?.[1]);
    expect(pages).toBe(2);
    for (const page of [1, 2]) {
      const text = joined(pdfText(bytes, page));
      expect(text).toMatch(/^草稿/);
      expect(text).toContain("生成时间：2026年11月28日10:00");
    }
  });
});
