import "server-only";

/** Width in points of one character (a code point) at the size being laid out. */
export type Measure = (codePoint: number) => number;

/**
 * A stored text as it can be drawn: line ends as \n, tabs as spaces, and no control or invisible
 * format characters (zero-width spaces, byte-order marks), which no font draws and nobody sees.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === "\n" ? c : ""));
}

/** Characters a line may not start with (closing punctuation), as Chinese typesetting has it. */
const NO_LINE_START = new Set("，。、；：？！）》」』】〕〉…—’”%‰·,.;:?!)]}");
/** Characters a line may not end with (opening punctuation). */
const NO_LINE_END = new Set("（《「『【〔〈‘“([{");

/** Runs of Latin letters, digits and ASCII signs stay together (a word, a number, an ISSN); CJK breaks anywhere. */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}!-~]/u;

type Token = { text: string; width: number; space: boolean };

function tokenize(paragraph: string, measure: Measure): Token[] {
  const tokens: Token[] = [];
  let word: Token | null = null;
  for (const char of paragraph) {
    const width = measure(char.codePointAt(0) ?? 0);
    if (WORD_CHAR.test(char)) {
      if (word) {
        word.text += char;
        word.width += width;
      } else {
        word = { text: char, width, space: false };
        tokens.push(word);
      }
      continue;
    }
    word = null;
    tokens.push({ text: char, width, space: char === " " });
  }
  return tokens;
}

/**
 * Breaks `text` into lines no wider than `width` points. pdf-lib draws single lines only, so every
 * cell's text is broken here, measured character by character: between any two Chinese
 * characters, at spaces between words, inside a word only when the word alone is wider than the
 * line; closing punctuation never starts a line and opening punctuation never ends one (the
 * character before or after moves along). The text's own line breaks are kept.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split("\n")) {
    let line: Token[] = [];
    let lineWidth = 0;
    const flush = () => {
      while (line.length > 0 && line[line.length - 1].space) line.pop();
      lines.push(line.map((t) => t.text).join(""));
      line = [];
      lineWidth = 0;
    };
    const place = (token: Token) => {
      if (line.length === 0 && token.space) return;
      line.push(token);
      lineWidth += token.width;
    };
    for (const token of tokenize(paragraph, measure)) {
      if (token.space || lineWidth + token.width <= width || line.length === 0) {
        if (token.width > width && !token.space && token.text.length > 1) placeLongWord(token);
        else place(token);
        continue;
      }
      if (token.width > width) {
        placeLongWord(token);
        continue;
      }
      // The line is full: carry over what may not stay at its end or start the next line alone.
      const carried: Token[] = [];
      if (NO_LINE_START.has(token.text) && line.length > 1 && !NO_LINE_START.has(line[line.length - 1].text)) {
        carried.push(line.pop() as Token);
      }
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1].text)) carried.unshift(line.pop() as Token);
      flush();
      for (const t of carried) place(t);
      place(token);
    }
    flush();

    /** A word wider than the line: filled in character by character, starting on the current line. */
    function placeLongWord(token: Token) {
      for (const char of token.text) {
        const part = { text: char, width: measure(char.codePointAt(0) ?? 0), space: false };
        if (lineWidth + part.width > width && line.length > 0) flush();
        place(part);
      }
    }
  }
  return lines;
}

/** The width in points of a line as `measure` sees it. */
export function textWidth(text: string, measure: Measure): number {
  let width = 0;
  for (const char of text) width += measure(char.codePointAt(0) ?? 0);
  return width;
}

/**
 * wrapText with lines of even length, for centred names: 「创新技术／改革方法」 rather than
 * 「创新技术改革方／法」. The narrowest width that still gives as few lines is found by halving.
 */
export function wrapBalanced(text: string, width: number, measure: Measure): string[] {
  const lines = wrapText(text, width, measure);
  if (lines.length < 2) return lines;
  let [narrow, wide] = [0, width];
  for (let step = 0; step < 10; step++) {
    const middle = (narrow + wide) / 2;
    if (wrapText(text, middle, measure).length <= lines.length) wide = middle;
    else narrow = middle;
  }
  return wrapText(text, wide, measure);
}
