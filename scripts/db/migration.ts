import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemaAgainstMigrations, MIGRATIONS_DIR } from "./schema-engine";

/** `npm run db:migration -- <name>`: writes the next migration from the schema diff. */
const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
  process.exit(1);
}

const sql = await diffSchemaAgainstMigrations();
if (!sql.trim() || /^--\s*This is an empty migration\.?\s*$/.test(sql.trim())) {
  console.log("The schema matches the migrations: nothing to generate.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
