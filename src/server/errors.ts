import "server-only";
import { TRPCError } from "@trpc/server";
import { Prisma } from "@/generated/prisma/client";

/**
 * The one error type domain code throws. `message` is shown to the user as is (Chinese);
 * `field` names the form field it belongs to, so the UI can put it beside that field.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Maps any error from domain code or Prisma to the tRPC error the client sees; null if unknown. */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (error instanceof AppError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    // Unique violations and write conflicts are the database enforcing an invariant against a
    // concurrent request; the user can retry or reload, so they are conflicts, not server faults.
    if (error.code === "P2002" || error.code === "P2034") {
      return new TRPCError({ code: "CONFLICT", message: "数据已被他人修改或已存在，请刷新后重试", cause: error });
    }
    if (error.code === "P2025") {
      return new TRPCError({ code: "NOT_FOUND", message: "记录不存在或已被删除", cause: error });
    }
  }
  return null;
}
