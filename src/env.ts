import { z } from "zod";

/**
 * The server's configuration, validated once. A bad or missing variable stops the process with a
 * message naming it, instead of failing later inside a request.
 */
const truthy = z
  .enum(["", "0", "1", "false", "true"])
  .optional()
  .transform((v) => v === "1" || v === "true");

/**
 * Where `npm start` lets the app and the built-in identity platform listen. Loopback by default: the
 * development platform shows SMS codes in its outbox, so nothing should reach it from the network
 * unless someone asks for that with HOST=0.0.0.0 (or a LAN address).
 */
export const listenHost = z
  .string()
  .regex(/^[A-Za-z0-9.:_-]+$/, "HOST must be an address to listen on, such as 127.0.0.1 or 0.0.0.0 (not a URL)")
  .default("127.0.0.1");

/** Signature algorithms an ID token may name ("none" never). */
export const JWS_ALGS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
  "HS256",
  "HS384",
  "HS512",
] as const;

const DEV_SECRET = "development-only-secret-not-for-production-use";

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    HOST: listenHost,
    APP_URL: z
      .url({ message: "APP_URL must be an absolute URL such as http://localhost:3000" })
      .default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection URL")
      .optional(),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    OIDC_ISSUER: z
      .url({ message: "OIDC_ISSUER must be the identity platform's issuer URL" })
      .default("http://localhost:4000"),
    OIDC_CLIENT_ID: z.string().min(1).default("zhicheng-app"),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPE: z.string().default("openid profile phone idcard"),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** Absolute lifetime of a session, however active: counted from sign-in, checked by the server. */
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    /**
     * Algorithms accepted on the identity platform's ID and logout tokens, comma-separated. When
     * unset: the asymmetric ones its discovery document advertises, or RS256 if it advertises none.
     */
    OIDC_ID_TOKEN_ALGS: z
      .string()
      .transform((v) => v.split(",").map((a) => a.trim()))
      .pipe(z.array(z.enum(JWS_ALGS, { message: `OIDC_ID_TOKEN_ALGS takes ${JWS_ALGS.join(", ")}` })).min(1))
      .optional(),
    IDP_TEST_HOOKS: truthy,
    /** Where uploaded files live: a folder on this host (default) or uploadthing. */
    STORAGE_BACKEND: z
      .enum(["local", "uploadthing"], { message: "STORAGE_BACKEND must be local or uploadthing" })
      .default("local"),
    STORAGE_DIR: z.string().min(1).default(".data/files"),
    UPLOADTHING_TOKEN: z.string().min(1).optional(),
    /** 附件 of one application may not exceed this many MB in total. */
    ATTACHMENT_QUOTA_MB: z.coerce.number().int().min(1).max(2000).default(200),
    /**
     * Stored bytes without a row, and upload parts, are removed by the storage sweeper once older
     * than this: far longer than any upload takes (Node.js ends a request after 5 minutes), so
     * only what a crash or a failed removal left behind goes.
     */
    STORAGE_SWEEP_GRACE_MINUTES: z.coerce.number().int().min(10).default(60),
    STORAGE_SWEEP_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(60),
    /**
     * How messages leave the system besides the message centre: dev (recorded in the dev outbox,
     * nothing sent) or http (the SMS gateway at SMS_API_URL).
     */
    NOTIFIER: z.enum(["dev", "http"], { message: "NOTIFIER must be dev or http" }).default("dev"),
    SMS_API_URL: z.url({ message: "SMS_API_URL must be the SMS gateway's absolute URL" }).optional(),
    SMS_API_KEY: z.string().min(1).optional(),
    SMS_SENDER: z.string().min(1).optional(),
    /** How often each app process looks for messages to send (and retries that have fallen due). */
    NOTIFY_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
    /**
     * Browser tests and demos on this machine only: a file holding a whole number of days by which
     * the 公示 calendar (publication date, objection window, 终审通过) runs ahead of the real date, so
     * the end of a five-working-day period can be reached without waiting for it
     * (src/server/publicity-clock.ts). Refused for an app served anywhere but localhost.
     */
    PUBLICITY_CLOCK_FILE: z.string().min(1).optional(),
    /**
     * The issuing authority's PKCS#12 (RSA key and certificate chain) that signs the certificate
     * PDFs (电子签章), and its password. Unset: a local CA and signing certificate are generated
     * into CERTIFICATE_SIGNING_DIR on first use.
     */
    CERTIFICATE_P12_PATH: z.string().min(1).optional(),
    CERTIFICATE_P12_PASSWORD: z
      .string()
      // node-forge hands the password to PBKDF2 (OpenSSL 3's default encryption) one byte per
      // character, so a file whose password holds other characters would never open.
      .regex(/^[\x20-\x7e]+$/, "CERTIFICATE_P12_PASSWORD must be printable ASCII (letters, digits, punctuation)")
      .optional(),
    CERTIFICATE_SIGNING_DIR: z.string().min(1).default(".data/signing"),
    /**
     * The certificate signing keys (Ed25519 JWKs with key ids, and which one is current), as one
     * JSON value: src/server/domain/certificates/signing-keys.ts. A production server refuses to start
     * without it (certificate-issuer.ts, checked by src/instrumentation-node.ts).
     */
    CERTIFICATE_SIGNING_KEYS: z
      .string()
      .refine(
        (v) => {
          try {
            const ring = JSON.parse(v);
            return typeof ring?.current === "string" && Array.isArray(ring?.keys) && ring.keys.length > 0;
          } catch {
            return false;
          }
        },
        { message: 'CERTIFICATE_SIGNING_KEYS must be JSON: {"current": "<kid>", "keys": [<Ed25519 JWK with kid>, …]}' },
      )
      .optional(),
    /** 发证机关: the issuing authority printed on new certificates (and covered by their signature). */
    CERTIFICATE_ISSUING_AUTHORITY: z
      .string()
      .trim()
      .min(1)
      .max(60, "CERTIFICATE_ISSUING_AUTHORITY must be at most 60 characters")
      .default("吉林省人力资源和社会保障厅"),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_BACKEND === "uploadthing" && !env.UPLOADTHING_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["UPLOADTHING_TOKEN"],
        message: "UPLOADTHING_TOKEN is required when STORAGE_BACKEND=uploadthing",
      });
    }
    if (env.NOTIFIER === "http") {
      for (const name of ["SMS_API_URL", "SMS_API_KEY", "SMS_SENDER"] as const) {
        if (!env[name])
          ctx.addIssue({ code: "custom", path: [name], message: `${name} is required when NOTIFIER=http` });
      }
    }
    if (env.PUBLICITY_CLOCK_FILE && !["localhost", "127.0.0.1", "[::1]"].includes(new URL(env.APP_URL).hostname)) {
      ctx.addIssue({
        code: "custom",
        path: ["PUBLICITY_CLOCK_FILE"],
        message: "PUBLICITY_CLOCK_FILE is for tests and demos on this machine: APP_URL must be http://localhost:…",
      });
    }
    if (env.CERTIFICATE_P12_PATH && !env.CERTIFICATE_P12_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["CERTIFICATE_P12_PASSWORD"],
        message: "CERTIFICATE_P12_PASSWORD is required with CERTIFICATE_P12_PATH",
      });
    }
    if (env.NODE_ENV !== "production") return;
    if (env.NOTIFIER === "http" && env.SMS_API_URL && !env.SMS_API_URL.startsWith("https://")) {
      ctx.addIssue({
        code: "custom",
        path: ["SMS_API_URL"],
        message: "SMS_API_URL must use https in production: requests carry the API key and mobile numbers",
      });
    }
    if (env.IDP_TEST_HOOKS) {
      ctx.addIssue({
        code: "custom",
        path: ["IDP_TEST_HOOKS"],
        message: "IDP_TEST_HOOKS must not be enabled in production: it exposes captcha answers",
      });
    }
    if (!env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
    }
    if (!env.OIDC_CLIENT_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_CLIENT_SECRET"],
        message: "OIDC_CLIENT_SECRET is required in production",
      });
    }
  })
  .transform((env) => ({
    ...env,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET,
    OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET ?? "dev-secret-change-me",
  }));

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // `VAR=` in a .env file means "not set", not "set to the empty string".
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
  throw new InvalidEnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated environment of this process (parsed on first use, e.g. at server start). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
