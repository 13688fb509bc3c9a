import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { prepareData } from "../../scripts/prepare-data";
import { startIdp } from "../../src/idp";
import { generateCertificateKeyRing } from "../../src/server/domain/certificates/signing-keys";
import { E2E } from "./config";

/**
 * The system under browser test: fresh embedded data, the built-in identity platform with its
 * test hooks (captcha answers) in this process, and the production build of the app in a child
 * process whose environment has no test hooks, exactly as a production start would refuse them.
 */
rmSync(E2E.dataDir, { recursive: true, force: true });
process.env.PGLITE_DATA_DIR = `${E2E.dataDir}/pglite`;
await prepareData({ idpDataDir: `${E2E.dataDir}/idp` });

const idp = await startIdp({
  port: E2E.idpPort,
  issuer: E2E.idpUrl,
  dataDir: `${E2E.dataDir}/idp`,
  appUrl: E2E.appUrl,
  clientId: "zhicheng-app",
  clientSecret: E2E.clientSecret,
  testHooks: true,
  nodeEnv: "test",
});

const { IDP_TEST_HOOKS: _hooks, ...appEnv } = process.env;
// Loopback only, as `npm start` binds it: nothing on the network reaches the system under test.
const app: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(E2E.appPort)], {
  stdio: "inherit",
  env: {
    ...appEnv,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    APP_URL: E2E.appUrl,
    NEXTAUTH_URL: E2E.appUrl,
    NEXTAUTH_SECRET: E2E.nextAuthSecret,
    CERTIFICATE_SIGNING_KEYS: generateCertificateKeyRing("e2e-1"),
    OIDC_ISSUER: E2E.idpUrl,
    OIDC_CLIENT_ID: "zhicheng-app",
    OIDC_CLIENT_SECRET: E2E.clientSecret,
    PGLITE_DATA_DIR: `${E2E.dataDir}/pglite`,
    STORAGE_DIR: `${E2E.dataDir}/files`,
    SESSION_IDLE_MINUTES: "30",
    PUBLICITY_CLOCK_FILE: E2E.publicityClockFile,
    CERTIFICATE_SIGNING_DIR: `${E2E.dataDir}/signing`,
  },
});

async function stop(code: number) {
  if (app.exitCode === null) app.kill("SIGTERM");
  await idp.close();
  process.exit(code);
}
app.on("exit", (code) => void stop(code ?? 1));
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
