import { z } from "zod";

/**
 * `manifest.json` at the root of a backup archive: what is in it, with a sha256 for every file, so
 * a restore can check the archive before it touches anything and every file afterwards.
 */
export const MANIFEST_FORMAT = "zhicheng-backup/1";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A local backend key (a UUID), which a restore turns into a path: nothing else may pass. */
const localKey = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const rowCounts = z.record(z.string(), z.number().int().min(0));

const dump = z.object({
  /** Path inside the archive. */
  file: z.string(),
  sha256,
  rowCounts,
});

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  database: dump.extend({
    /** PGlite: the data folder as `dumpDataDir` writes it; PostgreSQL: `pg_dump --format=custom`. */
    kind: z.enum(["pglite", "postgres"]),
    /** Migrations applied to the database when it was dumped, in order. */
    migrations: z.array(z.string()),
  }),
  /** The bytes of every attachment stored on the local backend, under `files/<2 chars>/<key>`. */
  files: z.array(
    z
      .object({ key: localKey, path: z.string(), size: z.number().int().min(0), sha256 })
      .refine((f) => f.path === `files/${f.key.slice(0, 2)}/${f.key}`, "a file's path must be files/<2>/<key>"),
  ),
  /** Attachments whose bytes are held elsewhere (uploadthing) and not in the archive. */
  external: z.array(z.object({ backend: z.string(), key: z.string(), size: z.number().int().min(0), sha256 })),
  /** The built-in identity platform's store, in a backup of the embedded setup. */
  idp: dump.nullable(),
  /** `.data/local-secrets.json` of the embedded setup (session and OIDC client secrets). */
  localSecrets: z.object({ file: z.string(), sha256 }).nullable(),
});

export type Manifest = z.infer<typeof manifestSchema>;
