import { IdpConfigError, type RunningIdp, startIdp } from "./index";

// CLI entry: `tsx src/idp/server.ts`. Configuration errors end the process with a readable message.
// Signal handlers come first: a SIGTERM that arrives right after the "listening" line (or during
// start-up) must still end the process cleanly rather than by the default action.
let idp: RunningIdp | undefined;
const stop = () => {
  (idp?.close() ?? Promise.resolve()).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

try {
  idp = await startIdp();
} catch (error) {
  if (error instanceof IdpConfigError) {
    console.error(`统一身份认证平台 failed to start: ${error.message}`);
  } else {
    console.error("统一身份认证平台 failed to start:", error);
  }
  process.exit(1);
}
