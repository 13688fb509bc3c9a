import "server-only";
import type { ErrorReason } from "@/lib/error-reasons";

/**
 * The transport's kind of refusal. Mapped to tRPC's code (and HTTP status) in one place,
 * `src/server/api/errors.ts`; domain code only names it.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "TOO_MANY_REQUESTS";

export type AppErrorDetails = {
  /** The form field the message belongs to, so the UI puts it beside that field. */
  field?: string;
  /** Messages by field (dotted path, "results.2021"), for a refusal that names several fields. */
  fieldErrors?: Record<string, string[]>;
  /** What happened, for browser code that reacts to it (see ErrorReason). */
  reason?: ErrorReason;
  /** The error behind the refusal (a database error), kept for logs. */
  cause?: unknown;
};

/**
 * The one error type domain code throws. `message` is shown to the user as is (Chinese); it
 * builds no HTTP response and knows no tRPC.
 */
export class AppError extends Error {
  readonly field?: string;
  readonly fieldErrors?: Record<string, string[]>;
  readonly reason?: ErrorReason;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    { field, fieldErrors, reason, cause }: AppErrorDetails = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "AppError";
    this.field = field;
    this.fieldErrors = fieldErrors;
    this.reason = reason;
  }
}
