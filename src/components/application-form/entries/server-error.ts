import { STALE_FIELD } from "@/server/domain/application-form/contract";

type ServerError = { message?: string; data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> | null } | null };

/** A refused entry call, read once: its code, its messages by field, and the sentence for a banner. */
export type EntryCallError = {
  code: string | undefined;
  fieldErrors: [field: string, message: string][];
  /** Someone saved or deleted the entry in another tab or device since it was loaded. */
  stale: boolean;
  message: string | null;
};

export function readEntryError(error: unknown): EntryCallError {
  const { message, data } = (error ?? {}) as ServerError;
  const fieldErrors = Object.entries(data?.fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages?.length ? [[field, messages[0]] as [string, string]] : [],
  );
  return {
    code: data?.code,
    fieldErrors,
    stale: data?.code === "CONFLICT" && fieldErrors.some(([field]) => field === STALE_FIELD),
    message: data?.code === "INTERNAL_SERVER_ERROR" || !message ? null : message,
  };
}
