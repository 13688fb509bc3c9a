import { type RefusedCall, readServerError } from "@/components/ui/server-error";
import { STALE_FIELD } from "@/lib/application-form/form.types";

/** A refused entry call, read once: its code, its messages by field, and the sentence for a banner. */
export type EntryCallError = RefusedCall & {
  /** Someone saved or deleted the entry in another tab or device since it was loaded. */
  stale: boolean;
};

export function readEntryError(error: unknown): EntryCallError {
  const refused = readServerError(error);
  return {
    ...refused,
    stale: refused.code === "CONFLICT" && refused.fieldErrors.some(([field]) => field === STALE_FIELD),
  };
}
