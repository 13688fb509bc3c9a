import { readServerError, SERVER_FAULT } from "@/components/ui/server-error";

/** The sentence to show for a refused call: a field's message, the domain message, or a generic one for faults. */
export function errorMessage(error: unknown): string {
  const { fieldErrors, message } = readServerError(error);
  return fieldErrors[0]?.[1] ?? message ?? SERVER_FAULT;
}
