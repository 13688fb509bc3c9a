import { z } from "zod";
import { listenHost } from "../env";

/** Everything the built-in identity platform needs to start. */
export interface IdpConfig {
  /** Address to listen on: loopback unless HOST opens it to other machines. */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Public origin of the provider; derived from the bound port when absent. */
  issuer?: string;
  /** Folder of the PGlite account store, or "memory://" for a throw-away store. */
  dataDir: string;
  clientId: string;
  clientSecret: string;
  /** Origin of the Next.js app, the single registered client. */
  appUrl: string;
  testHooks: boolean;
  nodeEnv: string;
}

const flag = z
  .enum(["1", "true", "0", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const origin = z
  .url({ protocol: /^https?$/ })
  .refine((v) => {
    const u = new URL(v);
    return u.pathname === "/" && !u.search && !u.hash;
  }, "must be an origin such as http://localhost:4000, without a path")
  .transform((v) => new URL(v).origin);

const envSchema = z.object({
  HOST: listenHost,
  IDP_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  IDP_ISSUER: origin.optional(),
  IDP_DATA_DIR: z.string().min(1).default(".data/idp"),
  OIDC_CLIENT_ID: z.string().min(1).default("zhicheng-app"),
  OIDC_CLIENT_SECRET: z.string().min(8).default("dev-secret-change-me"),
  APP_URL: origin.default("http://localhost:3000"),
  IDP_TEST_HOOKS: flag,
  NODE_ENV: z.string().default("development"),
});

export class IdpConfigError extends Error {
  override name = "IdpConfigError";
}

/** Reads the environment; an unusable value is reported by its variable name. */
export function configFromEnv(env: Record<string, string | undefined> = process.env): IdpConfig {
  // Empty strings come from `VAR= cmd` and mean "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new IdpConfigError(`Invalid environment for the identity provider:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.IDP_PORT,
    issuer: e.IDP_ISSUER,
    dataDir: e.IDP_DATA_DIR,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    appUrl: e.APP_URL,
    testHooks: e.IDP_TEST_HOOKS,
    nodeEnv: e.NODE_ENV,
  };
}

/** Rules that involve several settings at once; checked after overrides are applied. */
export function assertSafeConfig(config: IdpConfig): void {
  if (config.testHooks && config.nodeEnv === "production") {
    throw new IdpConfigError(
      "IDP_TEST_HOOKS is enabled while NODE_ENV=production: refusing to start, because the test hooks reveal captchas and QR tokens. Unset IDP_TEST_HOOKS.",
    );
  }
}

/**
 * Development conveniences that reveal credentials (the SMS outbox) exist only when NODE_ENV says
 * development or test — not under "production", nor under a name such as "staging".
 */
export function isDevelopment(config: IdpConfig): boolean {
  return config.nodeEnv === "development" || config.nodeEnv === "test";
}
