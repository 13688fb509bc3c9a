import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { CaptchaStore } from "./auth/captcha";
import { SmsOutbox } from "./auth/outbox";
import { QrTokenStore } from "./auth/qr-tokens";
import { ResetCodeStore } from "./auth/reset-codes";
import { openSignInThrottle } from "./auth/sign-in-throttle";
import { type Clock, systemClock } from "./clock";
import { assertSafeConfig, configFromEnv, type IdpConfig } from "./config";
import { buildRouter } from "./http/routes";
import { securityHeaders } from "./http/security-headers";
import { createProvider } from "./oidc/provider";
import { type AccountStore, createAccountStore } from "./store/account-store";
import { openDatabase } from "./store/database";
import { pgliteAdapter } from "./store/oidc-adapter";
import { loadOrCreateSecrets } from "./store/secrets";

export type { Clock } from "./clock";
export { configFromEnv, type IdpConfig, IdpConfigError } from "./config";
export {
  type Account,
  type AccountStore,
  DuplicateAccountError,
  type NewAccount,
  openAccountStore,
} from "./store/account-store";

export interface StartIdpOptions extends Partial<IdpConfig> {
  /** Time source for lockouts, captchas, codes and QR tokens (tests move it forward). */
  clock?: Clock;
  /** Print the "listening" line (default true). */
  log?: boolean;
}

export interface RunningIdp {
  /** The issuer, e.g. http://localhost:4000 */
  url: string;
  close(): Promise<void>;
  store: AccountStore;
}

/**
 * Starts the built-in 统一身份认证平台. Settings come from the environment, then `options`
 * override them; the port is bound before the provider is built so that port 0 yields a real issuer.
 */
export async function startIdp(options: StartIdpOptions = {}): Promise<RunningIdp> {
  const { clock = systemClock, log = true, ...overrides } = options;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const config: IdpConfig = { ...configFromEnv(), ...defined };
  assertSafeConfig(config);

  const db = await openDatabase(config.dataDir);
  const server = createServer();
  try {
    const secrets = await loadOrCreateSecrets(db);
    const throttle = await openSignInThrottle(db);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const issuer = config.issuer ?? `http://localhost:${port}`;
    const fullConfig = { ...config, issuer };

    const store = createAccountStore(db, { clock });
    const provider = createProvider({ config: fullConfig, store, secrets, adapter: pgliteAdapter(db) });
    const router = buildRouter({
      config: fullConfig,
      provider,
      store,
      clock,
      captchas: new CaptchaStore(clock),
      qrTokens: new QrTokenStore(clock),
      resetCodes: new ResetCodeStore(clock),
      outbox: new SmsOutbox(clock),
      throttle,
    });
    provider.use(securityHeaders(fullConfig));
    provider.use(router.routes());
    server.on("request", provider.callback());

    if (log) {
      console.log(`统一身份认证平台 (built-in OIDC provider) listening at ${issuer} (bound to ${config.host}:${port})`);
    }

    let closing: Promise<void> | undefined;
    return {
      url: issuer,
      store,
      close() {
        closing ??= (async () => {
          throttle.close();
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          });
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    if (server.listening) server.close();
    await db.close();
    throw error;
  }
}
