import { applyLabels } from "./labels";

type ServerError = { message?: string; data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> | null } | null };

/** The sentence to show for a refused call: a field's message, the domain message, or a generic one for faults. */
export function errorMessage(error: unknown): string {
  const { message, data } = (error ?? {}) as ServerError;
  const fieldMessage = Object.values(data?.fieldErrors ?? {}).find((messages) => messages?.length)?.[0];
  if (fieldMessage) return fieldMessage;
  if (data?.code === "INTERNAL_SERVER_ERROR" || !message) return applyLabels.serverError;
  return message;
}
