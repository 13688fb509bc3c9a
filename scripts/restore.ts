import { backupConfigFromEnv } from "./backup/config";
import { restoreBackup } from "./backup/restore-backup";

/** `npm run restore -- <archive>`: see scripts/backup/restore-backup.ts and the README. */
const args = process.argv.slice(2);
if (args.length !== 1) {
  console.error("Usage: npm run restore -- <backup.tar.gz>");
  process.exit(2);
}

try {
  const { manifest, verified, mismatches, unverified } = await restoreBackup(backupConfigFromEnv(), args[0]);
  console.log(`Restored the backup of ${manifest.createdAt} (version ${manifest.app.version})
  database:  ${manifest.database.kind}, migrations up to ${manifest.database.migrations.at(-1) ?? "(none)"}
  files:     ${verified} attachment(s) read back with the sha256 of their rows
  identity platform store: ${manifest.idp ? "restored" : "not in the backup"}; local secrets: ${manifest.localSecrets ? "restored" : "not in the backup"}`);
  for (const u of unverified) console.warn(`  not verified: ${u}`);
  if (mismatches.length > 0) {
    console.error(`\n${mismatches.length} mismatch(es):`);
    for (const m of mismatches) console.error(`  ${m}`);
    process.exit(1);
  }
  console.log("Start the system as usual: pending migrations of this version are applied at start.");
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
