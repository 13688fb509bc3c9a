import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-callback";

const APP = "http://localhost:3000";

/** Where a browser would end up after following `Location: <path>` from the app. */
const landing = (path: string) => new URL(path, APP);

describe("the sign-in callbackUrl only ever leads back into the app", () => {
  // Values as the login page receives them, i.e. after the query string was percent-decoded once.
  const bypasses: [string, unknown][] = [
    ["tab then slashes (/%09/evil.example)", "/\t/evil.example/phish"],
    ["tab then backslash (/%09%5Cevil.example)", "/\t\\evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/hall"],
    ["dot segment that normalises to //", "/.//evil.example"],
    ["parent segment that normalises to //", "/..//evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["two backslashes (/%5C%5Cevil)", "/\\\\evil"],
    ["backslash alone", "\\\\evil.example"],
    ["absolute https URL", "https://evil.example"],
    ["absolute URL with the app's host in the path", "https://evil.example/localhost:3000"],
    ["scheme-relative with credentials", "//localhost:3000@evil.example"],
    ["javascript: URL", "javascript:alert(1)"],
    ["data: URL", "data:text/html,<script>alert(1)</script>"],
    ["vertical tab (/%0B/x)", "/\u000b/x"],
    ["still encoded slashes (%2F%2Fevil)", "%2F%2Fevil"],
    ["newline in the middle", "/\n/evil.example"],
    ["carriage return in the middle", "/\r/evil.example"],
    ["NUL byte", "/hall\u0000"],
    ["DEL character", "/hall\u007f"],
    ["leading space", " /hall"],
    ["leading tab", "\t//evil.example"],
    ["no leading slash", "hall"],
    ["empty string", ""],
    ["very long value", `/${"a".repeat(5000)}`],
    ["repeated parameter (an array)", ["/hall", "//evil.example"]],
    ["a number", 42],
    ["an object", { toString: () => "//evil.example" }],
    ["undefined", undefined],
    ["null", null],
  ];

  it.each(bypasses)("refuses %s", (_name, value) => {
    expect(safeCallbackPath(value)).toBe("/hall");
  });

  it.each(bypasses)("never yields a path that leaves the app (%s)", (_name, value) => {
    const target = safeCallbackPath(value, "/");
    expect(landing(target).origin).toBe(APP);
    expect(target).toMatch(/^\/(?![/\\])/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(target).not.toMatch(/[\u0000-\u001f\u007f\\]/);
  });

  const allowed: [string, string][] = [
    ["the hall", "/hall"],
    ["a page with a query", "/admin/units?page=2"],
    ["a path with an encoded slash", "/files/a%2Fb"],
    ["a path with encoded backslashes, kept encoded", "/%5C%5Cevil"],
    ["a hash", "/hall#apply"],
    ["the root", "/"],
    ["a Chinese query", "/hall?q=职称"],
  ];

  it.each(allowed)("keeps %s", (_name, value) => {
    const target = safeCallbackPath(value);
    expect(landing(target).origin).toBe(APP);
    expect(landing(target).pathname).toBe(landing(value).pathname);
    expect(landing(target).search).toBe(landing(value).search);
  });

  it("uses the fallback given", () => {
    expect(safeCallbackPath("//evil.example", "/admin")).toBe("/admin");
  });
});
