import { env, InvalidEnvError } from "./env";
import { certificateIssuer } from "./server/domain/certificates/certificate-issuer";
import { startConfiguredJobs } from "./server/jobs/start-jobs";
import { signingIdentity } from "./server/signing/signing-identity";

// Refuse to serve with a bad configuration: print which variable is wrong and stop.
try {
  const config = env();
  process.env.NEXTAUTH_URL ??= config.APP_URL;
} catch (error) {
  if (!(error instanceof InvalidEnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
// The certificate signing keys too: a production server without them, or with a broken one, does not start.
try {
  certificateIssuer();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// And the 电子签章's identity: the production PKCS#12 opened (a wrong path or password stops the
// server here, not at the first download), or the local CA generated into .data/ on first start.
try {
  await signingIdentity();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

startConfiguredJobs();
