/** Longer values are refused: no page of the app has such a path, and it keeps headers small. */
const MAX_LENGTH = 2048;

/**
 * Any origin serves as the base: a reference resolved against it keeps that origin exactly when
 * it is a path on the same site, whatever the app's real URL. A reserved name cannot clash with
 * a host an attacker controls.
 */
const BASE = "http://app.invalid";

/** Controls (tab, newline, vertical tab…), DEL and backslashes: browsers strip or reinterpret them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * The path to follow after sign-in, or `fallback`. Only a path that stays on this site after the
 * browser's own URL parsing is accepted, so the login link cannot become an open redirect: tabs
 * and newlines are dropped by browsers (`/\t/evil` becomes `//evil`), backslashes count as
 * slashes, and `/.//evil` normalises to `//evil`. Anything that is not a single string (a
 * repeated query parameter) falls back as well; this never throws.
 */
export function safeCallbackPath(value: unknown, fallback = "/hall"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || UNSAFE.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
