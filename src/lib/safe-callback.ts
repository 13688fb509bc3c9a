/** Only same-site paths may follow sign-in, so the login link cannot become an open redirect. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/hall"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
