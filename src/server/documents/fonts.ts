import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit, { type Font } from "@pdf-lib/fontkit";

/**
 * The font of every generated document: Noto Sans SC (SIL Open Font License 1.1), the static
 * TrueType weights the npm package @expo-google-fonts/noto-sans-sc installs. It covers the
 * basic CJK block and Extension A (rare name characters such as 堃 and 喆), not Extension B and
 * beyond, which is why every text is checked against it before drawing (missing-characters.ts).
 * Each weight is a 10 MB file: it is read and parsed once per process, and each document embeds
 * only the glyphs it uses.
 */
const packageDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");
const files = { regular: "400Regular/NotoSansSC_400Regular.ttf", bold: "700Bold/NotoSansSC_700Bold.ttf" } as const;

export type FontWeight = keyof typeof files;

export type DocumentFont = {
  /** The font file as read; pdf-lib embeds a subset of it. */
  bytes: Uint8Array;
  /** The parsed font, shared by every document of the process. */
  font: Font;
  /** Whether the font can draw the character (a character it lacks would print as an empty box). */
  has(codePoint: number): boolean;
  /** Advance width of the character, in em (multiply by the font size for points). */
  advance(codePoint: number): number;
};

export type DocumentFonts = Record<FontWeight, DocumentFont>;

/** The parts of @pdf-lib/fontkit 1.1.1's TrueType subset (TTFSubset) that evenGlyphs reaches into. */
type TrueTypeSubset = {
  /** Each subset glyph's outline data, as its own buffer type. */
  glyf: (Uint8Array & { constructor: { alloc(size: number): Uint8Array } })[];
  /** Where the next glyph's data starts in the subset's glyf table. */
  offset: number;
  _addGlyph(glyphId: number): number;
};

/**
 * fontkit writes a subset's `loca` table in the short format whenever its glyph data is under
 * 64 KB — that format holds offsets divided by two — yet copies every glyph's data at the length
 * the font gives it. Noto Sans SC's glyphs have odd lengths, so after the first odd one each glyph's
 * offset points a byte off and readers draw nothing for it, although the text still extracts.
 * Padding each glyph to an even length (TrueType allows padding after a glyph) keeps every
 * offset exact. The version of fontkit is pinned; the unit test of the embedded outlines guards this.
 */
function evenGlyphs(font: Font): Font {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    const internals = subset as unknown as TrueTypeSubset;
    const addGlyph = internals._addGlyph.bind(subset);
    internals._addGlyph = (glyphId) => {
      const index = addGlyph(glyphId);
      const data = internals.glyf[index];
      if (data.length % 2 === 1) {
        const padded = data.constructor.alloc(data.length + 1);
        padded.set(data);
        internals.glyf[index] = padded as TrueTypeSubset["glyf"][number];
        internals.offset += 1;
      }
      return index;
    };
    return subset;
  };
  return font;
}

/**
 * pdf-lib lays out every string it draws with fontkit's OpenType shaping, which took 40% of a
 * form's time. Chinese needs none — each character is one glyph, no ligatures, no reordering — so
 * layout maps characters to glyphs one to one (fontkit's glyphsForString), exactly what the widths
 * are measured with (DocumentFont.advance).
 */
function unshaped(font: Font): Font {
  font.layout = ((text: string) => ({ glyphs: font.glyphsForString(text) })) as unknown as Font["layout"];
  return font;
}

async function loadFont(weight: FontWeight): Promise<DocumentFont> {
  const bytes = new Uint8Array(await readFile(path.join(packageDir, files[weight])));
  const font = unshaped(evenGlyphs(fontkit.create(bytes)));
  const advances = new Map<number, number>();
  return {
    bytes,
    font,
    has: (codePoint) => font.hasGlyphForCodePoint(codePoint),
    advance(codePoint) {
      let width = advances.get(codePoint);
      if (width === undefined) {
        width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
        advances.set(codePoint, width);
      }
      return width;
    },
  };
}

const holder = globalThis as unknown as { __zhichengDocumentFonts?: Promise<DocumentFonts> };

/** Both weights, loaded on first use and kept for the life of the process. */
export function documentFonts(): Promise<DocumentFonts> {
  holder.__zhichengDocumentFonts ??= Promise.all([loadFont("regular"), loadFont("bold")]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed read (a broken install) is reported on every request, not cached for good.
      holder.__zhichengDocumentFonts = undefined;
      throw error;
    },
  );
  return holder.__zhichengDocumentFonts;
}

/**
 * What pdf-lib is given to parse fonts with: the process's already parsed font for its own bytes,
 * so a document costs the glyphs it embeds, not a parse of 10 MB. Sharing one parsed font between
 * documents is safe: pdf-lib only lays out text with it and encodes its subset synchronously.
 */
export function sharedFontkit(fonts: DocumentFonts) {
  const parsed = new Map<Uint8Array, Font>(Object.values(fonts).map((f) => [f.bytes, f.font]));
  return { create: (bytes: Uint8Array) => parsed.get(bytes) ?? unshaped(evenGlyphs(fontkit.create(bytes))) };
}
