import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { serverApi } from "@/trpc/server";

/** A committee read for a page; a meeting or application the caller may not see (or a malformed id) is simply not found. */
export async function loadOrNotFound<T>(read: (api: Awaited<ReturnType<typeof serverApi>>) => Promise<T>): Promise<T> {
  const api = await serverApi();
  return read(api).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
}
