import { env, InvalidEnvError } from "./env";
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

startConfiguredJobs();
