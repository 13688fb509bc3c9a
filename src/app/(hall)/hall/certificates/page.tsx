import type { Metadata } from "next";
import Link from "next/link";
import { CertificateDetails } from "@/components/certificates/certificate-details";
import { EmptyState, PageTitle } from "@/components/page-title";
import { certificateRoutes, certificatePageLabels as L } from "@/lib/certificates/labels";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.mineTitle };

/** 我的证书: the person's certificates with their status, the PDF and the page their QR code opens. */
export default async function MyCertificatesPage() {
  const certificates = await (await serverApi()).certificate.mine();
  return (
    <div>
      <PageTitle title={L.mineTitle} subtitle={L.mineIntro} />
      {certificates.length === 0 ? (
        <EmptyState>{L.mineEmpty}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {certificates.map((c) => (
            <li key={c.id} className="rounded-lg border bg-white p-5 shadow-sm">
              <div className="mb-3 flex flex-wrap items-center justify-between gap-3 border-b pb-3">
                <h2 className="font-semibold text-slate-900">
                  {c.titleName}
                  <span className="ml-2 font-mono text-sm font-normal text-slate-500">{c.number}</span>
                </h2>
                <div className="flex gap-2">
                  <a
                    href={certificateRoutes.pdf(c.id)}
                    className="rounded-md bg-brand-600 px-4 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
                    aria-label={`${L.download}：${c.number}`}
                  >
                    {L.download}
                  </a>
                  <Link
                    href={c.verifyHref}
                    className="rounded-md border border-brand-500 bg-white px-4 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
                    aria-label={`${L.viewVerification}：${c.number}`}
                  >
                    {L.viewVerification}
                  </Link>
                </div>
              </div>
              <CertificateDetails certificate={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
