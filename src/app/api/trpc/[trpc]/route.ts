import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getErrorShape, transformTRPCResponse } from "@trpc/server/unstable-core-do-not-import";
import type { NextRequest } from "next/server";
import { batchTooLargeMessage, MAX_BATCH_CALLS } from "@/lib/transport";
import { createHttpContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";

const ENDPOINT = "/api/trpc";

/** The calls a request names: `/api/trpc/a,b,c?batch=1` is three (tRPC decodes the path before splitting it). */
function callCount(req: NextRequest): number {
  const raw = req.nextUrl.pathname.slice(ENDPOINT.length + 1);
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // tRPC refuses a path it cannot decode; counted as it stands.
  }
  return path.split(",").length;
}

/** 413 in tRPC's own error envelope, so the client shows the message like any refusal. */
function batchTooLarge(): Response {
  const error = new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: batchTooLargeMessage });
  const config = appRouter._def._config;
  const shape = getErrorShape({ config, error, type: "unknown", path: undefined, input: undefined, ctx: undefined });
  return Response.json(transformTRPCResponse(config, { error: shape }), { status: 413 });
}

/** Faults are logged by the error formatter (src/server/api/errors.ts), one line each with its number. */
const handler = (req: NextRequest) =>
  callCount(req) > MAX_BATCH_CALLS
    ? batchTooLarge()
    : fetchRequestHandler({ endpoint: ENDPOINT, req, router: appRouter, createContext: () => createHttpContext(req) });

export { handler as GET, handler as POST };
