import { Badge } from "@/components/ui/badge";
import type { CertificateView } from "@/lib/certificates/certificate.types";
import {
  certificateStatusLabels,
  certificateFieldLabels as F,
  certificatePageLabels as L,
} from "@/lib/certificates/labels";
import { formatDate, formatDateTime } from "@/lib/datetime";

type Shown = Omit<CertificateView, "id" | "issuedAt"> & { issuedAt: Date | string };

/** 有效 in green, 已撤销 in red with when and why. */
export function CertificateStatus({ certificate }: { certificate: Shown }) {
  if (certificate.status === "VALID") return <Badge tone="green">{certificateStatusLabels.VALID}</Badge>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone="red">{certificateStatusLabels.REVOKED}</Badge>
      {certificate.revokedAt && (
        <span className="text-sm text-red-700">{L.revokedOn(formatDateTime(certificate.revokedAt))}</span>
      )}
    </span>
  );
}

/** What the certificate prints (the 身份证号 masked), and where it stands. */
export function CertificateDetails({ certificate }: { certificate: Shown }) {
  const rows: [string, React.ReactNode][] = [
    [F.number, <span className="font-mono">{certificate.number}</span>],
    [F.holderName, certificate.holderName],
    [F.maskedIdNumber, certificate.maskedIdNumber],
    [F.series, certificate.series],
    [F.specialty, certificate.specialty || "—"],
    [F.level, certificate.level],
    [F.titleName, certificate.titleName],
    [F.committeeName, certificate.committeeName],
    [F.issuingAuthority, certificate.issuingAuthority],
    [F.approvedOn, formatDate(certificate.approvedOn)],
    [F.verificationCode, <span className="font-mono">{certificate.verificationCode}</span>],
    [L.certificateStatus, <CertificateStatus certificate={certificate} />],
  ];
  if (certificate.status === "REVOKED" && certificate.revokedReason)
    rows.push([L.revokedReason, <span className="text-red-700">{certificate.revokedReason}</span>]);
  return (
    <dl className="grid grid-cols-[7rem_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
