import { bindingLabels } from "./labels";

type ServerError = { message?: string; data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> | null } | null };

/** The server's message for `field` (a tRPC refusal's `data.fieldErrors`), if it named that field. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return (error as ServerError | null)?.data?.fieldErrors?.[field]?.[0];
}

/** What to tell the user about a refused action; internal errors are not shown verbatim. */
export function actionErrorMessage(error: unknown): string {
  const { message, data } = (error ?? {}) as ServerError;
  if (data?.code === "INTERNAL_SERVER_ERROR" || !message) return bindingLabels.serverError;
  return message;
}
