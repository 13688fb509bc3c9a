import "server-only";
import type { DocumentSpec } from "./document.types";
import type { DocumentFonts, FontWeight } from "./fonts";
import { printable } from "./text";

/** A character the font cannot draw, and the text it is in (「姓名」). */
export type MissingCharacter = { character: string; source: string };

/**
 * A document was asked for with characters its font lacks. Drawing it anyway would print an empty
 * box where a person's name has a character, so nothing is drawn and the caller names them.
 */
export class MissingCharactersError extends Error {
  constructor(readonly missing: MissingCharacter[]) {
    super(`Characters missing from the document font: ${missing.map((m) => m.character).join("")}`);
    this.name = "MissingCharactersError";
  }
}

/** Fixed wording has no source of its own; a character missing there is a fault of the form. */
const FIXED_TEXT = "表格文字";

/** A text a document draws, the weight it is drawn in, and what it is (MissingCharacter.source). */
export type DrawnText = { text: string; weight: FontWeight; source: string };

/** Every text of the document with the weight it is drawn in and what it is. */
function textsOf(spec: DocumentSpec): DrawnText[] {
  const texts: DrawnText[] = [];
  for (const section of spec.sections) {
    for (const row of [...(section.head ?? []), ...section.rows]) {
      for (const cell of row) {
        const weight = cell.style === "heading" || cell.style === "columnHeader" ? "bold" : "regular";
        const source = cell.source ?? FIXED_TEXT;
        texts.push({ text: cell.text, weight, source });
        for (const line of cell.footer ?? []) texts.push({ text: line, weight: "regular", source: FIXED_TEXT });
      }
    }
  }
  if (spec.subtitle) texts.push({ text: spec.subtitle.text, weight: "regular", source: spec.subtitle.source });
  texts.push({ text: spec.title, weight: "bold", source: FIXED_TEXT });
  texts.push({ text: spec.footerTitle, weight: "regular", source: FIXED_TEXT });
  for (const note of spec.notes ?? []) texts.push({ text: note, weight: "regular", source: FIXED_TEXT });
  return texts;
}

/**
 * The characters of `spec` the fonts cannot draw, each once, with the first text it appears in
 * (the table before the title and footer, so a name is reported as 姓名).
 */
export function findMissingCharacters(spec: DocumentSpec, fonts: DocumentFonts): MissingCharacter[] {
  return findMissingIn(textsOf(spec), fonts);
}

/** The characters of `texts` the fonts cannot draw, each once, with the first text it appears in. */
export function findMissingIn(texts: DrawnText[], fonts: DocumentFonts): MissingCharacter[] {
  const missing = new Map<string, MissingCharacter>();
  for (const { text, weight, source } of texts) {
    for (const character of printable(text)) {
      if (character === "\n" || missing.has(character)) continue;
      if (!fonts[weight].has(character.codePointAt(0) ?? 0)) missing.set(character, { character, source });
    }
  }
  return [...missing.values()];
}
