import "server-only";

/**
 * A generated document described as data: a title and one bordered table on A4 pages, made of
 * sections, each with its own grid of columns. The forms (业务表册 …) build such a description from
 * an application's content; render-pdf.ts lays it out. Nothing here knows about PDFs or fonts.
 */

/**
 * How a cell reads: a field's name (label), a short value, a long text (top-aligned), a section's
 * title across the table (heading), a column's name (columnHeader).
 */
export type CellStyle = "label" | "value" | "text" | "heading" | "columnHeader";

export type Cell = {
  text: string;
  /** Grid columns the cell covers (1 by default); a row's spans add up to its section's columns. */
  span?: number;
  style?: CellStyle;
  /** Overrides the style's alignment. */
  align?: "left" | "center" | "right";
  /**
   * What the text is, as the person who entered it knows it (「姓名」, 「论文著作名称」): named when
   * it holds a character the font cannot draw. Fixed wording needs none.
   */
  source?: string;
  /** Lines at the bottom right of the cell, below its text: a place to sign, stamp and date. */
  footer?: string[];
  /** Height in points the cell takes at least (room to write or stamp in). */
  minHeight?: number;
};

export type Row = Cell[];

export type Section = {
  /** Relative widths of the section's columns, spread over the table's width. */
  columns: number[];
  /**
   * Rows that open the section (its title, its column names). They stay on the page of its first
   * row, and are drawn again at the top of every page the section continues on.
   */
  head?: Row[];
  rows: Row[];
};

export type DocumentSpec = {
  /** Printed on top of the first page. */
  title: string;
  /** A line under the title (the notice the application answers), and what it is (see Cell.source). */
  subtitle?: { text: string; source: string };
  /** Printed in every page's footer, so a loose page still says what it belongs to. */
  footerTitle: string;
  /** 草稿: each page carries the mark, because the content may still change. */
  draft: boolean;
  /** When the document was made; printed in Asia/Shanghai time. */
  generatedAt: Date;
  sections: Section[];
  /** Remarks printed under the table. */
  notes?: string[];
  /** The PDF's document properties. */
  properties: { title: string; subject: string };
};
