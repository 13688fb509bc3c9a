import type { ErrorReason } from "@/lib/error-reasons";
import { isErrorId, SERVER_FAULT, serverFaultMessage } from "@/lib/server-fault";

/**
 * Reading a refused tRPC call in the browser: its code, what it means (`error.data.reason`), the
 * messages the server put on fields (`error.data.fieldErrors`) and the sentence to show. Server
 * faults are never shown verbatim: they read 「系统繁忙，请稍后重试」, with the fault's number
 * (`error.data.errorId`) when the server gave one. Every form and button of the app reads refusals
 * through here.
 */
type ServerError = {
  message?: string;
  data?: {
    code?: string;
    reason?: ErrorReason | null;
    fieldErrors?: Record<string, string[] | undefined> | null;
    errorId?: string | null;
  } | null;
};

export { SERVER_FAULT };

export type RefusedCall = {
  code: string | undefined;
  /** What the refusal means, to branch on (a stale copy, a mark taken …); null when nothing special. */
  reason: ErrorReason | null;
  /** The first message of each field the server named, in its order. */
  fieldErrors: [field: string, message: string][];
  /** The domain's message, or a server fault's sentence with its number; null for any other fault or none. */
  message: string | null;
};

export function readServerError(error: unknown): RefusedCall {
  const { message, data } = (error ?? {}) as ServerError;
  const fieldErrors = Object.entries(data?.fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages?.length ? [[field, messages[0]] as [string, string]] : [],
  );
  return {
    code: data?.code,
    reason: data?.reason ?? null,
    fieldErrors,
    message: data?.code === "INTERNAL_SERVER_ERROR" ? faultMessage(data.errorId) : message || null,
  };
}

const faultMessage = (errorId: unknown) => (isErrorId(errorId) ? serverFaultMessage(errorId) : null);

/** What to tell the user about a refused action (no form to attach it to). */
export function actionErrorMessage(error: unknown): string {
  return readServerError(error).message ?? SERVER_FAULT;
}

/** The server's message for `field`, if it named that field. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return readServerError(error).fieldErrors.find(([name]) => name === field)?.[1];
}
