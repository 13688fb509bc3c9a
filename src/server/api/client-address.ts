import "server-only";

/**
 * The client's address as far as the app can tell: the last entry of X-Forwarded-For — the hop
 * the nearest reverse proxy added, or, with no proxy, the socket address Next.js fills in when the
 * request brought no such header. Without a proxy that overwrites the header a client can name any
 * address here, so it keys rate limits only beside a captcha and a limit that does not depend on it.
 */
export function clientAddressOf(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  return hops.findLast((hop) => hop.length > 0)?.slice(0, 64) ?? "unknown";
}
