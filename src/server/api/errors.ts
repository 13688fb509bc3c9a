import "server-only";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";

/**
 * The one mapping from domain and database errors to what the client sees: tRPC errors for the
 * procedures (the mapErrors middleware), and for the file routes a JSON body with tRPC's own HTTP
 * status for the same code. Anything else is a server fault.
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

/**
 * The JSON error body the upload control reads: the message is shown at the slot as is. Anything
 * not a refusal is logged and answered 500 with `fallbackMessage`.
 */
export function errorResponse(error: unknown, fallbackMessage: string): Response {
  const known = toTRPCError(error);
  if (known) {
    const field = known.cause instanceof AppError ? (known.cause.field ?? null) : null;
    return Response.json(
      { error: { code: known.code, message: known.message, field } },
      { status: getHTTPStatusCodeFromError(known) },
    );
  }
  console.error("File request failed", error);
  return Response.json(
    { error: { code: "INTERNAL_SERVER_ERROR", message: fallbackMessage, field: null } },
    { status: 500 },
  );
}
