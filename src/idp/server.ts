import { IdpConfigError, startIdp } from "./index";

// CLI entry: `tsx src/idp/server.ts`. Configuration errors end the process with a readable message.
try {
  const idp = await startIdp();
  const stop = () => {
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  if (error instanceof IdpConfigError) {
    console.error(`统一身份认证平台 failed to start: ${error.message}`);
  } else {
    console.error("统一身份认证平台 failed to start:", error);
  }
  process.exit(1);
}
