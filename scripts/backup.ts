import path from "node:path";
import { backupConfigFromEnv } from "./backup/config";
import { createBackup } from "./backup/create-backup";

/** `npm run backup [-- --out <file.tar.gz>]`: see scripts/backup/create-backup.ts and the README. */
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
if ((outAt >= 0 && !args[outAt + 1]) || args.length !== (outAt >= 0 ? 2 : 0)) {
  console.error("Usage: npm run backup [-- --out <file.tar.gz>]");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const out = path.resolve(outAt >= 0 ? args[outAt + 1] : path.join("backups", `zhicheng-${stamp}.tar.gz`));

try {
  const { manifest, problems } = await createBackup(backupConfigFromEnv(), out);
  const rows = Object.values(manifest.database.rowCounts).reduce((a, b) => a + b, 0);
  console.log(`Backup written to ${out}
  database:  ${manifest.database.kind}, ${rows} rows, migrations up to ${manifest.database.migrations.at(-1) ?? "(none)"}
  files:     ${manifest.files.length} on the local backend${manifest.external.length ? `; ${manifest.external.length} held at uploadthing are not in the archive` : ""}
  identity platform store: ${manifest.idp ? "included" : "not included"}; local secrets: ${manifest.localSecrets ? "included" : "not included"}`);
  if (problems.length > 0) {
    console.error(
      `\n${problems.length} problem(s) — the archive was written, but these files are missing or differ from their rows:`,
    );
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
