import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { type RefusedCall, readServerError } from "@/components/ui/server-error";
import { appRouter } from "@/server/api/root";

/** How a refused call reaches the browser: its code, message and `error.data.fieldErrors`. */
export async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected the call to be refused, got ${String(error)}`);
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: "query",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return { code: error.code, message: error.message, fieldErrors: shape.data.fieldErrors };
}

/** A refused call as the browser reads it: the formatted error through `readServerError`. */
export async function readRefusal(call: Promise<unknown>): Promise<RefusedCall> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected the call to be refused, got ${String(error)}`);
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: "mutation",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return readServerError({ message: shape.message, data: shape.data });
}
