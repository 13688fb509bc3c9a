import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import type { ReviewDetail } from "@/lib/review/review-actions";
import { serverApi } from "@/trpc/server";

/** review.get for a review page; an application the caller may not read (or a malformed id) is simply not found. */
export async function loadReview(applicationId: string): Promise<ReviewDetail> {
  const api = await serverApi();
  return api.review.get({ applicationId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
}
