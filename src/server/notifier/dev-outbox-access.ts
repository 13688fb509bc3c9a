import "server-only";
import type { Env } from "@/env";
import { isLoopback } from "@/idp/http/client-address";

/** What a request says about where it comes from and which name it used for this server. */
export type RequestOrigin = { host: string | null; forwardedFor: string | null };

/** The name in a Host header or HOST setting: "localhost:3000", "[::1]:3000", "::1", "127.0.0.1". */
function hostName(host: string): string {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  // More than one colon without brackets: a bare IPv6 address (the HOST setting), no port.
  return host.indexOf(":") === host.lastIndexOf(":") ? host.replace(/:\d+$/, "") : host;
}

function isLoopbackHost(host: string): boolean {
  const name = hostName(host).toLowerCase();
  return name === "localhost" || isLoopback(name);
}

/**
 * Whether /dev/notifications may answer: the messages it shows carry people's mobile numbers and
 * review opinions. The identity platform's outbox checks the TCP peer's address; a Next.js page
 * never sees the socket, so the closest rule built from what it does see, all required:
 *
 * - NODE_ENV is development or test (never a production build run as production);
 * - NOTIFIER=dev: messages are really kept by the dev outbox, not sent;
 * - the server was told to listen on loopback (HOST, 127.0.0.1 by default for `npm run dev`), so no
 *   other machine can connect at all — this is what stands in for the socket check;
 * - the Host header names this machine (a page on another site that rebinds its DNS name to
 *   127.0.0.1 still sends its own name, and is refused);
 * - X-Forwarded-For, which Next.js fills with the socket's address unless the request brought one,
 *   lists only loopback addresses (a reverse proxy on this host that passes the real client on is
 *   refused).
 *
 * The last two are headers a client that reaches the port could forge; the first three are not.
 * Like the platform's outbox, this is no place for a reverse proxy.
 */
export function devOutboxOpen(config: Pick<Env, "NODE_ENV" | "NOTIFIER" | "HOST">, request: RequestOrigin): boolean {
  if (config.NODE_ENV === "production" || config.NOTIFIER !== "dev") return false;
  if (!isLoopbackHost(config.HOST)) return false;
  if (!request.host || !isLoopbackHost(request.host)) return false;
  const forwarded = request.forwardedFor?.split(",").map((a) => a.trim()) ?? [];
  return forwarded.length > 0 && forwarded.every((address) => isLoopback(address));
}
