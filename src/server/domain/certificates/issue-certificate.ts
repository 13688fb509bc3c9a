import "server-only";
import type { ApplicationContent } from "@/lib/application/content.types";
import { shanghaiDate, yearOf } from "@/lib/calendar/calendar-date";
import { certificateRoutes } from "@/lib/certificates/labels";
import type { SignedFields } from "@/lib/certificates/signed-payload";
import { labelOf, titleLevels, titleSeries } from "@/lib/dictionaries";
import { maskIdCard } from "@/lib/mask";
import type { Tx } from "@/server/domain/shared/transaction";
import { recordAudit } from "../audit/record-audit";
import { enqueueNotifications } from "../notifications/enqueue-notifications";
import { signedColumnsOf } from "./certificate-fields";
import type { CertificateIssuer } from "./certificate-issuer";
import { signCertificate } from "./certificate-signature";
import { nextCertificateNumber } from "./next-certificate-number";

/**
 * 颁发电子职称证书, inside the transaction that made the application 终审通过 (call it right after
 * that transition, which only one caller gets through): the printed fields from the submitted form
 * as approved, the next number of the committee's year, the signature, the holder's message and the
 * audit entry. Nothing of it exists unless the approval commits; the unique applicationId refuses
 * a second certificate for one approval whatever happens.
 */
export async function issueCertificate(
  tx: Tx,
  { applicationId, now, issuer }: { applicationId: string; now: Date; issuer: CertificateIssuer },
) {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      applicantId: true,
      applicant: { select: { name: true, idCardNumber: true } },
      notice: { select: { series: true, title: true, committee: { select: { id: true, code: true, name: true } } } },
      submissions: { orderBy: { sequence: "desc" }, take: 1, select: { content: true } },
    },
  });
  const content = application.submissions[0]?.content as ApplicationContent | undefined;
  const basicInfo = content?.sections.basicInfo ?? {};
  const committee = application.notice.committee;
  const approvedOn = shanghaiDate(now);
  const holderName = content?.applicant.name || application.applicant.name;
  const holderIdCardNumber = content?.applicant.idCardNumber || application.applicant.idCardNumber || "";
  const fields: SignedFields = {
    number: await nextCertificateNumber(tx, committee, yearOf(approvedOn)),
    holderName,
    maskedIdNumber: maskIdCard(holderIdCardNumber),
    series: `${labelOf(titleSeries, application.notice.series)}系列`,
    specialty: String(basicInfo.specialty ?? ""),
    level: labelOf(titleLevels, String(basicInfo.appliedLevel ?? "")),
    titleName: String(basicInfo.appliedTitle ?? ""),
    committeeName: committee.name,
    issuingAuthority: issuer.authority,
    approvedOn,
  };
  const { keyId, signature } = signCertificate(fields, issuer.keys);
  const certificate = await tx.certificate.create({
    data: {
      ...signedColumnsOf(fields, { keyId, signature }),
      applicationId,
      holderId: application.applicantId,
      holderIdCardNumber,
      committeeId: committee.id,
      issuedAt: now,
    },
    select: { id: true, number: true },
  });
  await recordAudit(tx, {
    actorId: null,
    action: "certificate.issue",
    entityType: "Certificate",
    entityId: certificate.id,
    toStatus: "VALID",
    detail: { number: certificate.number, applicationId, keyId },
  });
  await enqueueNotifications(tx, [
    {
      kind: "CERTIFICATE_ISSUED",
      recipientId: application.applicantId,
      applicationId,
      params: { noticeTitle: application.notice.title, number: certificate.number, titleName: fields.titleName },
      link: certificateRoutes.mine,
    },
  ]);
  return certificate;
}
