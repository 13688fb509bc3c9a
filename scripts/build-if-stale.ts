import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const BUILD_LOG = ".data/build.log";

/**
 * Runs `next build` into NEXT_DIST_DIR (default .next) unless a build newer than the sources exists.
 * Its route table and compiler notes go to .data/build.log: a person starting the system needs
 * them only when the build fails, and then sees the end of the log.
 */
export function buildIfStale(env: NodeJS.ProcessEnv = process.env): void {
  const buildId = path.join(env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const sources = Math.max(newestMtime("src"), newestMtime("public"), statSync("package-lock.json").mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return;
  console.log(`正在构建生产版本（约需一至两分钟，输出见 ${BUILD_LOG}）…`);
  mkdirSync(path.dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, "");
  const result = spawnSync("sh", ["-c", `npx next build >> ${BUILD_LOG} 2>&1`], {
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error(readFileSync(BUILD_LOG, "utf8").split("\n").slice(-40).join("\n"));
    console.error(`生产版本构建失败（完整输出见 ${BUILD_LOG}）。`);
    process.exit(result.status ?? 1);
  }
}
