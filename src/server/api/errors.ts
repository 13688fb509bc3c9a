import "server-only";
import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { serverFaultMessage } from "@/lib/server-fault";
import { AppError } from "@/server/errors";

/**
 * The one mapping from domain and database errors to what the client sees: tRPC errors for the
 * procedures (the mapErrors middleware, then the error formatter), and for the file routes and the
 * other route handlers a response with tRPC's own HTTP status for the same code. Anything else is a
 * server fault: the client gets 「系统繁忙，请稍后重试（错误编号 …）」 and the log one line with the
 * real error under that number. No response ever carries an error's own text (a Prisma invocation,
 * SQL, a file path), in production or in development.
 */

/** An error as the refusal it stands for; null when it is a fault. */
function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    // Unique violations and write conflicts are the database enforcing an invariant against a
    // concurrent request; the user can retry or reload, so they are conflicts, not server faults.
    const conflict = "数据已被他人修改或已存在，请刷新后重试";
    if (error.code === "P2002") return new AppError("CONFLICT", conflict, { reason: "ALREADY_EXISTS", cause: error });
    if (error.code === "P2034") return new AppError("CONFLICT", conflict, { reason: "WRITE_CONFLICT", cause: error });
    if (error.code === "P2025") return new AppError("NOT_FOUND", "记录不存在或已被删除", { cause: error });
  }
  return null;
}

/** The tRPC error the client sees, its cause the AppError the error formatter reads; null if unknown. */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  const refusal = asAppError(error);
  return refusal && new TRPCError({ code: refusal.code, message: refusal.message, cause: refusal });
}

/** What the log keeps of an error: everything, including its causes. */
function describe(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return String(error);
  const { name, message, stack } = error;
  const code = (error as { code?: unknown }).code;
  const cause = depth < 3 && error.cause !== undefined ? describe(error.cause, depth + 1) : undefined;
  return { name, message, ...(code === undefined ? {} : { code }), stack, ...(cause === undefined ? {} : { cause }) };
}

/**
 * Logs a server fault as one structured line, `{"event":"server.fault","errorId":…,…where,"error":…}`,
 * and returns its number: eight random hex digits, unique enough to find the line, too short to mean anything.
 */
export function reportServerFault(error: unknown, where: Record<string, unknown>): string {
  const errorId = randomBytes(4).toString("hex");
  console.error(JSON.stringify({ event: "server.fault", errorId, ...where, error: describe(error) }));
  return errorId;
}

/** Said of a request tRPC could not read (malformed JSON, a broken superjson envelope, no such procedure …). */
export const malformedRequestMessage = "请求格式不正确";

/**
 * Codes tRPC itself raises about a request it cannot read or route. This app's own refusals carry
 * their AppError as cause (toTRPCError), so one of these without it came from the transport.
 */
const transportCodes = new Set([
  "PARSE_ERROR",
  "BAD_REQUEST",
  "NOT_FOUND",
  "METHOD_NOT_SUPPORTED",
  "UNSUPPORTED_MEDIA_TYPE",
]);

/**
 * The message and error number of a tRPC error as the client receives them (the error formatter's
 * part): a fault is reported and replaced by the generic sentence; a refused input says its first
 * field message rather than zod's JSON report; tRPC's complaints about a request it could not read
 * (in English, sometimes quoting a parser) become one Chinese sentence; a refusal keeps its message.
 */
export function publicError(error: TRPCError, path: string | undefined): { message: string; errorId: string | null } {
  if (getHTTPStatusCodeFromError(error) >= 500) {
    const errorId = reportServerFault(error.cause ?? error, { where: "trpc", path: path ?? null });
    return { message: serverFaultMessage(errorId), errorId };
  }
  const cause = error.cause;
  if (cause instanceof ZodError) return { message: cause.issues[0]?.message ?? malformedRequestMessage, errorId: null };
  if (cause instanceof AppError) return { message: error.message, errorId: null };
  if (cause !== undefined || transportCodes.has(error.code)) return { message: malformedRequestMessage, errorId: null };
  return { message: error.message, errorId: null };
}

/** The JSON error body of the file routes and other route handlers: `{ error: { code, message, field, errorId } }`. */
export function errorResponse(error: unknown, where: Record<string, unknown> = { where: "route" }): Response {
  const known = toTRPCError(error);
  if (known) {
    const field = known.cause instanceof AppError ? (known.cause.field ?? null) : null;
    return Response.json(
      { error: { code: known.code, message: known.message, field, errorId: null } },
      { status: getHTTPStatusCodeFromError(known) },
    );
  }
  const errorId = reportServerFault(error, where);
  return Response.json(
    { error: { code: "INTERNAL_SERVER_ERROR", message: serverFaultMessage(errorId), field: null, errorId } },
    { status: 500 },
  );
}

/**
 * A route handler whose faults are answered with the error number and logged once, instead of
 * Next.js's bare 500: as the JSON body above (`json`, for scripts and servers), or as the sentence
 * alone (`text`, for routes a browser navigates to, such as 安全退出's form post).
 */
export function withErrorResponses<A extends unknown[]>(
  route: string,
  format: "json" | "text",
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const response = errorResponse(error, { where: route });
      if (format === "json") return response;
      const { error: body } = (await response.json()) as { error: { message: string } };
      return new Response(body.message, {
        status: response.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
  };
}
