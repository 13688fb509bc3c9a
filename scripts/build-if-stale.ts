import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Runs `next build` into NEXT_DIST_DIR (default .next) unless a build newer than the sources exists. */
export function buildIfStale(env: NodeJS.ProcessEnv = process.env): void {
  const buildId = path.join(env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const sources = Math.max(newestMtime("src"), newestMtime("public"), statSync("package-lock.json").mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return;
  console.log("正在构建生产版本（约需一至两分钟）…");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
