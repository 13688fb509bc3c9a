import { z } from "zod";

/**
 * The one rule for text a person types, in the app's forms and procedures and on the identity
 * platform alike. Browser-safe and free of path aliases (the platform imports it by relative path).
 *
 * Refused, as `control`:
 * - C0 controls other than tab and line feed (U+0000–U+0008, U+000B–U+001F: NUL, bell, escape …),
 *   DEL (U+007F) and the C1 controls (U+0080–U+009F). Nobody types them; NUL cannot even be stored
 *   (PostgreSQL refuses it in text and JSON), and the rest make text display or print differently.
 * - The bidirectional controls (Unicode's Bidi_Control: U+061C, U+200E, U+200F, the embeddings and
 *   overrides U+202A–U+202E, the isolates U+2066–U+2069): an override shows "gpj.exe" as "exe.jpg",
 *   so a value would read differently from what it is. Chinese text never needs them; Arabic or
 *   Hebrew letters themselves remain fine.
 *
 * Refused, as `unreadable`:
 * - Ill-formed UTF-16: a high or low surrogate without its partner. It has no character to stand
 *   for, cannot be stored in a JSON column and turns into U+FFFD anywhere it is encoded.
 * - U+FFFD itself, the replacement character: it is what a decoder leaves where text was already
 *   broken (bad UTF-8, or a lone surrogate a browser had to put into a form body). Nobody types it;
 *   accepting it would store damaged text as if it were what the person meant, and the platform's
 *   forms could not otherwise tell a lone surrogate from a real character.
 *
 * Accepted as they are: Chinese, full-width punctuation, emoji (well-formed surrogate pairs, joiners
 * and variation selectors included), other scripts, tab and line feed. A carriage return is never
 * kept: the zod builder below turns CR LF and a lone CR into LF before the rule applies, since
 * browsers submit a text area's line breaks as CR LF.
 */
export const textMessages = {
  control: "含有不允许的控制字符，请删除后重新输入",
  unreadable: "含有无法识别的字符，请重新输入",
} as const;

export type TextProblem = keyof typeof textMessages;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// With the u flag a surrogate range matches only unpaired halves: a pair is one code point.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is wrong with `value` as text, whatever the field; null when nothing is. */
export function textProblem(value: string): TextProblem | null {
  if (LONE_SURROGATE.test(value) || value.includes("\uFFFD")) return "unreadable";
  if (CONTROL.test(value)) return "control";
  return null;
}

const UNSAFE_CHARACTERS = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}|\uFFFD`, "gu");

/**
 * `value` without the characters the rule refuses: for text that is only displayed and may be
 * cleaned rather than refused, such as the name a browser sends with an uploaded file.
 */
export const withoutUnsafeText = (value: string) => value.replace(UNSAFE_CHARACTERS, "");

/** The message for `value`'s problem, or undefined when it is acceptable text. */
export function unsafeTextError(value: string): string | undefined {
  const problem = textProblem(value);
  return problem ? textMessages[problem] : undefined;
}

/** CR LF (what browsers submit for a text area's line break) and a lone CR become LF. */
export const normalizeLineBreaks = (value: string) => value.replace(/\r\n?/g, "\n");

/**
 * The start of every text field's schema: a string (with `message` when it is missing or not a
 * string), line breaks normalised, the rule above applied first and alone (a refused value gets
 * that one message, not also "too long"). Chain `.trim()`, `.min()`, `.max()` and formats on it.
 */
export const safeText = (message?: string) =>
  z
    .string(message === undefined ? undefined : { message })
    .overwrite(normalizeLineBreaks)
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: textMessages[problem], input: value, continue: false });
    });
