import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The browser never loads server code: every module under src/server starts with
 * `import "server-only"` (the build fails if a client bundle reaches one), and no client file
 * imports src/server. Biome's noRestrictedImports says the same for src/components and src/lib
 * (biome.json); this test also catches files merged in without running the linter.
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)));
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The src/server module (without extension) an import specifier names, or null when it names none. */
function serverTarget(file: string, specifier: string): string | null {
  const resolved = specifier.startsWith("@/")
    ? path.join("src", specifier.slice(2))
    : specifier.startsWith(".")
      ? path.join(path.dirname(file), specifier)
      : null;
  return resolved?.startsWith(`src${path.sep}server${path.sep}`) ? resolved.split(path.sep).join("/") : null;
}

function serverImportsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const [, , typeOnly, names, fromSpecifier, dynamicSpecifier] = match;
    const target = serverTarget(file, fromSpecifier ?? dynamicSpecifier);
    if (!target) continue;
    // The router's type is the one thing the browser's tRPC client takes from the server; types are erased.
    if (target === "src/server/api/root" && typeOnly && names.trim() === "{ AppRouter }") continue;
    found.push(`${file} → ${target}`);
  }
  return found;
}

describe("the client/server boundary", () => {
  it("every server module starts with import server-only", () => {
    const unmarked = filesUnder("src/server").filter(
      (file) => !readFileSync(file, "utf8").startsWith('import "server-only";\n'),
    );
    expect(unmarked).toEqual([]);
  });

  it("no browser file imports a server module: client files anywhere, and all of src/components and src/lib", () => {
    const clientFiles = filesUnder("src").filter((file) => /^["']use client["']/.test(readFileSync(file, "utf8")));
    expect(clientFiles.length).toBeGreaterThan(30);
    const browserFiles = new Set([...clientFiles, ...filesUnder("src/components"), ...filesUnder("src/lib")]);
    expect([...browserFiles].flatMap(serverImportsOf)).toEqual([]);
  });

  it("the lint rule exempts no server module", () => {
    type Rule = { options: { patterns: { group: string[] }[] } };
    type Override = { linter?: { rules?: { style?: { noRestrictedImports?: Rule } } } };
    const biome: { overrides: Override[] } = JSON.parse(readFileSync("biome.json", "utf8"));
    const groups = biome.overrides.flatMap(
      (o) => o.linter?.rules?.style?.noRestrictedImports?.options.patterns.flatMap((p) => p.group) ?? [],
    );
    expect(groups).toContain("@/server/**");
    expect(groups.filter((g) => g.startsWith("!@/server/") && g !== "!@/server/api/root")).toEqual([]);
  });
});
