import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Prisma's migration engine compiled to WebAssembly, driven through a driver adapter.
 * The native engine that `prisma migrate` downloads cannot be fetched on our machines; this one
 * ships inside an npm package and runs the same migration logic (see STACK.md).
 */
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
  free(): void;
};

const noFilters = { externalTables: [], externalEnums: [] };

type EngineModule = { SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } };
let engineModule: Promise<EngineModule> | undefined;

/** The wasm module is instantiated once per process: re-instantiating it breaks live callbacks. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= instantiateEngineModule();
  return engineModule;
}

async function instantiateEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg as EngineModule;
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: Engine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const datamodel = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, datamodel]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export function migrationsList() {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(factory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes the committed migrations to the current schema. Uses an in-memory PGlite as the
 * shadow database, so it needs no server and never touches real data.
 */
export async function diffSchemaAgainstMigrations(): Promise<string> {
  const shadow = new PGlite();
  try {
    return await withEngine(new PrismaPGlite(shadow), async (engine) => {
      const result = await engine.diff({
        from: { tag: "migrations", ...migrationsList() },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }] },
        script: true,
        shadowDatabaseUrl: null,
        exitCode: null,
        filters: noFilters,
      });
      return result.stdout ?? "";
    });
  } finally {
    await shadow.close();
  }
}
