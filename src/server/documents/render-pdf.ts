import "server-only";
import { randomInt } from "node:crypto";
import {
  beginText,
  type Color,
  endText,
  fill,
  grayscale,
  PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
} from "pdf-lib";
import { formatDateTime } from "@/lib/datetime";
import type { Cell, CellStyle, DocumentSpec, Row } from "./document.types";
import { documentFonts, type FontWeight, sharedFontkit } from "./fonts";
import { findMissingCharacters, MissingCharactersError } from "./missing-characters";
import { type Measure, textWidth, wrapBalanced, wrapText } from "./text";

/** A4 portrait, in points. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 42, right: 42, top: 46, bottom: 56 };
/** The width every table takes: the page between its margins. */
export const TABLE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const SIZE = { title: 18, subtitle: 10, footer: 8, note: 8.5, mark: 11 };
/** Line height as a multiple of the font size. */
const LEADING = 1.45;
const PAD = { x: 4, y: 4.5 };
/** One line of 9 pt text with its padding: no row is lower, so a table keeps an even rhythm. */
const MIN_ROW = 22;
/** Room between a cell's text and its footer (a signature place). */
const FOOTER_GAP = 10;
const LINE_WIDTH = { cell: 0.6, frame: 1.2 };
const BLACK = rgb(0, 0, 0);
const GREY = grayscale(0.35);
const DRAFT_RED = rgb(0.75, 0.1, 0.1);
/** Where the middle of a CJK glyph sits above its baseline, in em: lines are centred on it. */
const GLYPH_MIDDLE = 0.38;

type Style = {
  weight: FontWeight;
  size: number;
  align: "left" | "center" | "right";
  valign: "top" | "middle";
  /** Grey level of the cell's shading (1 is white). */
  fill?: number;
};

const styles: Record<CellStyle, Style> = {
  label: { weight: "regular", size: 9, align: "center", valign: "middle", fill: 0.95 },
  value: { weight: "regular", size: 9, align: "left", valign: "middle" },
  text: { weight: "regular", size: 9, align: "left", valign: "top" },
  heading: { weight: "bold", size: 10, align: "center", valign: "middle", fill: 0.88 },
  columnHeader: { weight: "bold", size: 9, align: "center", valign: "middle", fill: 0.95 },
};

/** A cell broken into lines for its width. */
type LaidCell = { x: number; width: number; style: Style; lines: string[]; footer: string[]; minHeight: number };
type LaidRow = { cells: LaidCell[]; height: number };
/** A line of text at its place on the page (x, baseline). */
type PlacedLine = { text: string; weight: FontWeight; size: number; x: number; y: number };

type Fonts = Record<FontWeight, { pdf: PDFFont; measure: (size: number) => Measure }>;

const lineHeight = (style: Style) => style.size * LEADING;

function cellHeight(cell: LaidCell): number {
  const lh = lineHeight(cell.style);
  const footer = cell.footer.length > 0 ? FOOTER_GAP + cell.footer.length * lh : 0;
  return Math.max(cell.minHeight, 2 * PAD.y + cell.lines.length * lh + footer);
}

function rowOf(cells: LaidCell[]): LaidRow {
  return { cells, height: Math.max(MIN_ROW, ...cells.map(cellHeight)) };
}

/**
 * Six capital letters before the font's name mark an embedded subset (PDF 32000-1 §9.6.4), so
 * readers and `pdffonts` know the font is partial; pdf-lib writes none. The letters are arbitrary
 * but must differ between the subsets of one file.
 */
export function subsetTags(count: number): string[] {
  const tags = new Set<string>();
  while (tags.size < count) tags.add(Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join(""));
  return [...tags];
}

/**
 * Lays `spec` out on A4 pages and returns the PDF: the title on the first page, the sections as
 * one bordered table whose rows grow with their text and move to the next page whole (a row taller
 * than a page is split between lines), a section's head repeated where it continues, the 草稿 mark,
 * and 「第 n 页 共 m 页」 with the time it was made in every footer. The fonts are embedded as
 * subsets, so the text stays selectable and searchable. Throws MissingCharactersError, drawing
 * nothing, when the font lacks a character of the text.
 */
export async function renderPdf(spec: DocumentSpec): Promise<Uint8Array> {
  const loaded = await documentFonts();
  const missing = findMissingCharacters(spec, loaded);
  if (missing.length > 0) throw new MissingCharactersError(missing);

  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit(loaded) as Parameters<PDFDocument["registerFontkit"]>[0]);
  const [regularTag, boldTag] = subsetTags(2);
  const embed = async (weight: FontWeight, tag: string) => {
    const font = loaded[weight];
    const pdf = await doc.embedFont(font.bytes, { subset: true, customName: `${tag}+${font.font.postscriptName}` });
    return { pdf, measure: (size: number) => (codePoint: number) => font.advance(codePoint) * size };
  };
  const fonts: Fonts = { regular: await embed("regular", regularTag), bold: await embed("bold", boldTag) };

  doc.setTitle(spec.properties.title, { showInWindowTitleBar: true });
  doc.setSubject(spec.properties.subject);
  doc.setLanguage("zh-CN");
  doc.setCreator("职称申报评审及证书管理系统");
  doc.setCreationDate(spec.generatedAt);
  doc.setModificationDate(spec.generatedAt);

  new Layout(doc, fonts, spec).run();
  return doc.save();
}

/** The drawing of one document: a cursor moving down the pages. */
class Layout {
  private page!: PDFPage;
  /** The top of the next row. */
  private y = 0;
  /** Where the table starts on the current page, for its outer frame; null before the first row. */
  private tableTop: number | null = null;
  /** Rows drawn on the current page apart from repeated heads: a page without any may not be left. */
  private rowsOnPage = 0;
  private fontKeys = new Map<FontWeight, PDFName>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly spec: DocumentSpec,
  ) {}

  run() {
    this.newPage();
    this.drawTitle();
    for (const section of this.spec.sections) this.drawSection(section.columns, section.head ?? [], section.rows);
    this.closeFrame();
    this.drawNotes();
    this.drawFooters();
  }

  private newPage() {
    this.closeFrame();
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
    this.rowsOnPage = 0;
    this.fontKeys = new Map();
    if (this.spec.draft) this.drawDraftMark();
  }

  /** The table's outer border on the current page, heavier than the cells' lines. */
  private closeFrame() {
    if (this.tableTop === null) return;
    this.page.drawRectangle({
      x: MARGIN.left,
      y: this.y,
      width: TABLE_WIDTH,
      height: this.tableTop - this.y,
      borderWidth: LINE_WIDTH.frame,
      borderColor: BLACK,
    });
    this.tableTop = null;
  }

  private drawTitle() {
    const { title, subtitle } = this.spec;
    const bold = this.fonts.bold;
    this.y -= SIZE.title;
    this.drawCentred(title, bold.pdf, SIZE.title, bold.measure(SIZE.title), this.y, BLACK);
    this.y -= SIZE.title * 0.6;
    if (subtitle) {
      const measure = this.fonts.regular.measure(SIZE.subtitle);
      for (const line of wrapText(subtitle.text, TABLE_WIDTH, measure)) {
        this.y -= SIZE.subtitle * LEADING;
        this.drawCentred(line, this.fonts.regular.pdf, SIZE.subtitle, measure, this.y + SIZE.subtitle * 0.3, BLACK);
      }
    }
    this.y -= 12;
  }

  private drawCentred(text: string, font: PDFFont, size: number, measure: Measure, baseline: number, color: Color) {
    const x = MARGIN.left + (TABLE_WIDTH - textWidth(text, measure)) / 2;
    this.page.drawText(text, { x, y: baseline, size, font, color });
  }

  /**
   * 草稿 in a box at the top right of every page: the content follows the draft and will change.
   * A mark rather than a watermark across the page, because the 公示表 is printed and stamped.
   */
  private drawDraftMark() {
    const text = "草稿";
    const { pdf, measure } = this.fonts.bold;
    const width = textWidth(text, measure(SIZE.mark)) + 16;
    const height = SIZE.mark + 10;
    const x = PAGE.width - MARGIN.right - width;
    const y = PAGE.height - MARGIN.top + 10;
    this.page.drawRectangle({ x, y, width, height, borderWidth: 1, borderColor: DRAFT_RED });
    this.page.drawText(text, { x: x + 8, y: y + 5 + SIZE.mark * 0.12, size: SIZE.mark, font: pdf, color: DRAFT_RED });
  }

  private layRow(row: Row, widths: number[]): LaidRow {
    let column = 0;
    const cells = row.map((cell: Cell): LaidCell => {
      const span = cell.span ?? 1;
      const x = MARGIN.left + widths.slice(0, column).reduce((a, b) => a + b, 0);
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const base = styles[cell.style ?? "value"];
      const style = cell.align ? { ...base, align: cell.align } : base;
      const measure = this.fonts[style.weight].measure(style.size);
      const inner = width - 2 * PAD.x;
      const lines = (style.align === "center" ? wrapBalanced : wrapText)(cell.text, inner, measure);
      const footer = (cell.footer ?? []).flatMap((line) => wrapText(line, inner, measure));
      return { x, width, style, lines, footer, minHeight: cell.minHeight ?? 0 };
    });
    if (column !== widths.length) throw new Error(`A row spans ${column} of its section's ${widths.length} columns`);
    return rowOf(cells);
  }

  private drawSection(columns: number[], headRows: Row[], bodyRows: Row[]) {
    const total = columns.reduce((a, b) => a + b, 0);
    const widths = columns.map((c) => (c / total) * TABLE_WIDTH);
    const head = headRows.map((r) => this.layRow(r, widths));
    const rows = bodyRows.map((r) => this.layRow(r, widths));
    const headHeight = head.reduce((sum, r) => sum + r.height, 0);
    const drawHead = () => {
      for (const r of head) this.drawRow(r);
    };
    // A section's title and column names never stand alone at the foot of a page.
    const opening = headHeight + Math.min(rows[0]?.height ?? 0, MIN_ROW * 2);
    if (this.rowsOnPage > 0 && this.y - opening < MARGIN.bottom) this.newPage();
    drawHead();
    const pageRoom = PAGE.height - MARGIN.top - MARGIN.bottom - headHeight;
    for (let row of rows) {
      for (;;) {
        const room = this.y - MARGIN.bottom;
        if (row.height <= room) {
          this.drawRow(row);
          this.rowsOnPage += 1;
          break;
        }
        // A row moves to the next page whole; only one taller than a page is split between lines.
        if (row.height > pageRoom) {
          const split = splitRow(row, room);
          if (split) {
            this.drawRow(split[0]);
            this.rowsOnPage += 1;
            row = split[1];
          } else if (this.rowsOnPage === 0) {
            throw new Error("A row cannot be laid out: not one line of it fits on a page");
          }
        }
        this.newPage();
        drawHead();
      }
    }
  }

  /**
   * A row in two batches of drawing operators: every cell's shading and border as one path, then
   * every cell's lines in one text object. pdf-lib's drawRectangle and drawText wrap each shape and
   * each line in its own graphics state, which made up a third of a form's time.
   */
  private drawRow(row: LaidRow) {
    if (this.tableTop === null) this.tableTop = this.y;
    const top = this.y;
    const bottom = top - row.height;
    const shapes: PDFOperator[] = [pushGraphicsState()];
    for (const cell of row.cells) {
      if (cell.style.fill === undefined) continue;
      shapes.push(setFillingGrayscaleColor(cell.style.fill), rectangle(cell.x, bottom, cell.width, row.height), fill());
    }
    shapes.push(setLineWidth(LINE_WIDTH.cell), setStrokingGrayscaleColor(0));
    for (const cell of row.cells) shapes.push(rectangle(cell.x, bottom, cell.width, row.height));
    shapes.push(stroke(), popGraphicsState());
    this.page.pushOperators(...shapes);

    const lines: PlacedLine[] = row.cells.flatMap((cell) => {
      const { style } = cell;
      const lh = lineHeight(style);
      const block = cell.lines.length * lh;
      const first = style.valign === "top" || cell.footer.length > 0 ? top - PAD.y : top - (row.height - block) / 2;
      const footerTop = bottom + PAD.y + 2 + cell.footer.length * lh;
      return [
        ...cell.lines.map((text, i) => this.placeLine(text, cell, style.align, first - i * lh - lh / 2)),
        ...cell.footer.map((text, i) => this.placeLine(text, cell, "right", footerTop - i * lh - lh / 2)),
      ];
    });
    this.drawLines(lines);
    this.y = bottom;
  }

  /** One line of a cell, placed with its glyphs centred on `middle`. */
  private placeLine(text: string, cell: LaidCell, align: Style["align"], middle: number): PlacedLine {
    const { weight, size } = cell.style;
    const width = textWidth(text, this.fonts[weight].measure(size));
    const x =
      align === "left"
        ? cell.x + PAD.x
        : align === "center"
          ? cell.x + (cell.width - width) / 2
          : cell.x + cell.width - PAD.x - width - (cell.footer.length > 0 ? 12 : 0);
    return { text, weight, size, x, y: middle - GLYPH_MIDDLE * size };
  }

  /** The name the current page's resources give the font, added on its first use on the page. */
  private fontKey(weight: FontWeight, font: PDFFont): PDFName {
    let key = this.fontKeys.get(weight);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(weight, key);
    }
    return key;
  }

  /** Lines of text in black, in one text object. */
  private drawLines(lines: PlacedLine[]) {
    const operators: PDFOperator[] = [beginText(), setFillingGrayscaleColor(0)];
    let current = "";
    for (const line of lines) {
      if (!line.text) continue;
      const font = this.fonts[line.weight].pdf;
      const key = `${line.weight}/${line.size}`;
      if (key !== current) {
        operators.push(setFontAndSize(this.fontKey(line.weight, font), line.size));
        current = key;
      }
      operators.push(setTextMatrix(1, 0, 0, 1, line.x, line.y), showText(font.encodeText(line.text)));
    }
    operators.push(endText());
    this.page.pushOperators(...operators);
  }

  private drawNotes() {
    const notes = this.spec.notes ?? [];
    if (notes.length === 0) return;
    const measure = this.fonts.regular.measure(SIZE.note);
    const lines = notes.flatMap((note) => wrapText(note, TABLE_WIDTH, measure));
    const lh = SIZE.note * LEADING;
    this.y -= 6;
    if (this.y - lines.length * lh < MARGIN.bottom) this.newPage();
    for (const line of lines) {
      this.y -= lh;
      this.page.drawText(line, { x: MARGIN.left, y: this.y + lh * 0.3, size: SIZE.note, font: this.fonts.regular.pdf });
    }
  }

  /** 「第 n 页 共 m 页」, the time the document was made, and what it is, on every page. */
  private drawFooters() {
    const pages = this.doc.getPages();
    const { pdf, measure } = this.fonts.regular;
    const m = measure(SIZE.footer);
    const y = MARGIN.bottom - 24;
    const made = `生成时间：${formatDateTime(this.spec.generatedAt)}`;
    pages.forEach((page, i) => {
      const number = `第 ${i + 1} 页 共 ${pages.length} 页`;
      const options = { y, size: SIZE.footer, font: pdf, color: GREY };
      page.drawText(made, { ...options, x: MARGIN.left });
      page.drawText(number, { ...options, x: MARGIN.left + (TABLE_WIDTH - textWidth(number, m)) / 2 });
      const right = this.spec.footerTitle;
      page.drawText(right, { ...options, x: PAGE.width - MARGIN.right - textWidth(right, m) });
    });
  }
}

/**
 * The part of a row that fits in `room` and the rest, split between lines; null when not one line
 * fits. The rest keeps the cells' footers (the signature place stays at the end).
 */
function splitRow(row: LaidRow, room: number): [LaidRow, LaidRow] | null {
  const fits = (cell: LaidCell) => Math.floor((room - 2 * PAD.y) / lineHeight(cell.style));
  if (row.cells.every((c) => fits(c) < 1)) return null;
  const first = row.cells.map((c) => ({
    ...c,
    style: { ...c.style, valign: "top" as const },
    lines: c.lines.slice(0, Math.max(0, fits(c))),
    footer: [],
    minHeight: 0,
  }));
  const rest = row.cells.map((c) => ({ ...c, lines: c.lines.slice(Math.max(0, fits(c))) }));
  return [{ cells: first, height: room }, rowOf(rest)];
}
