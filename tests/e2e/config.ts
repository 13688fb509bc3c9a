/**
 * Ports and folders of the browser-test system (kept off the development defaults 3000/4000;
 * E2E_APP_PORT / E2E_IDP_PORT move them when two runs share a machine).
 */
const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const idpPort = Number(process.env.E2E_IDP_PORT ?? 4100);

export const E2E = {
  appPort,
  idpPort,
  appUrl: `http://localhost:${appPort}`,
  idpUrl: `http://localhost:${idpPort}`,
  clientSecret: "e2e-client-secret",
  /** The app's session secret, which also derives the answers of its captchas (src/lib/captcha). */
  nextAuthSecret: "e2e-secret-e2e-secret-e2e-secret-e2e",
  dataDir: `.data/e2e-${appPort}`,
  /** The app's PUBLICITY_CLOCK_FILE: days the 公示 calendar runs ahead (committee-flow.spec.ts). */
  publicityClockFile: `.data/e2e-${appPort}/publicity-clock`,
};
