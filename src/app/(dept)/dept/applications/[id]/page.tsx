import type { Metadata } from "next";
import { loadReview } from "@/app/load-review";
import { reviewLabels as L } from "@/components/review/labels";
import { ReviewPage } from "@/components/review/review-page";
import { requireRole } from "@/server/auth/guards";

export const metadata: Metadata = { title: L.pageTitle };

/** 主管部门审核 of one application under the reviewer's department, reached from the department's queue. */
export default async function DeptReviewPage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  await requireRole("DEPT_REVIEWER");
  const { id } = await params;
  return <ReviewPage initialDetail={await loadReview(id)} queueHref="/dept" />;
}
