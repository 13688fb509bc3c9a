import type Provider from "oidc-provider";
import type { CaptchaStore } from "../auth/captcha";
import type { SmsOutbox } from "../auth/outbox";
import type { QrTokenStore } from "../auth/qr-tokens";
import type { ResetCodeStore } from "../auth/reset-codes";
import type { SignInThrottle } from "../auth/sign-in-throttle";
import type { Clock } from "../clock";
import type { IdpConfig } from "../config";
import type { AccountStore } from "../store/account-store";

/** Everything a route needs, created once per running provider (so tests get isolated instances). */
export interface IdpServices {
  config: IdpConfig & { issuer: string };
  provider: Provider;
  store: AccountStore;
  captchas: CaptchaStore;
  qrTokens: QrTokenStore;
  resetCodes: ResetCodeStore;
  outbox: SmsOutbox;
  throttle: SignInThrottle;
  clock: Clock;
}
