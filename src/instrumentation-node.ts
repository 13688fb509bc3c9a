import { env, InvalidEnvError } from "./env";
import { certificateIssuer } from "./server/domain/certificates/certificate-issuer";
import { startConfiguredJobs } from "./server/jobs/start-jobs";

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

startConfiguredJobs();
