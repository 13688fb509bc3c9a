/** Runs once when the Next.js server starts: refuse to serve with a bad configuration. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, InvalidEnvError } = await import("./env");
  try {
    const config = env();
    process.env.NEXTAUTH_URL ??= config.APP_URL;
  } catch (error) {
    if (error instanceof InvalidEnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
