import "server-only";
import type { CertificateView } from "@/lib/certificates/certificate.types";
import type { Db } from "@/server/db";
import { certificateColumns, certificateViewOf } from "./certificate-fields";

/** 我的证书: the person's certificates, newest first, valid and revoked. */
export async function listMyCertificates(db: Db, userId: string): Promise<CertificateView[]> {
  const rows = await db.certificate.findMany({
    where: { holderId: userId },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    select: certificateColumns,
  });
  return rows.map(certificateViewOf);
}
