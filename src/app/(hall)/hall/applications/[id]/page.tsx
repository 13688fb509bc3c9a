import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/application-form/application-form";
import { parseFormPageView, parseFormTarget } from "@/components/application-form/form-view";
import { formLabels as L } from "@/components/application-form/labels";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.pageTitle };

/**
 * One of the applicant's applications: 信息填报 while it is the owner's draft (with its files) and
 * the 提交 page after the last module; once submitted, its 流程推送节点, 业务表册 and 「全部信息」 read-only. Someone else's (or a malformed) id is simply not found.
 */
export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ m?: string | string[]; entry?: string | string[]; field?: string | string[] }>;
}) {
  await requireUser();
  const [{ id }, { m, entry, field }] = await Promise.all([params, searchParams]);
  const api = await serverApi();
  const missing = (error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  };
  // The form and the files every attachment slot shows, loaded together, so the page opens with both.
  const [form, attachments] = await Promise.all([
    api.applicationForm.get({ applicationId: id }).catch(missing),
    api.attachment.list({ applicationId: id }).catch(missing),
  ]);
  return (
    <div>
      <ApplicationForm
        initialForm={form}
        initialView={parseFormPageView(m)}
        initialTarget={parseFormTarget(entry, field)}
        initialAttachments={attachments}
      />
    </div>
  );
}
