import "server-only";
import type { MyCertificate } from "@/lib/certificates/certificate.types";
import { verificationPath } from "@/lib/certificates/verification-url";
import type { Db } from "@/server/db";
import { certificateColumns, certificateViewOf } from "./certificate-fields";

/** 我的证书: the person's certificates, newest first, valid and revoked. */
export async function listMyCertificates(db: Db, userId: string): Promise<MyCertificate[]> {
  const rows = await db.certificate.findMany({
    where: { holderId: userId },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    select: certificateColumns,
  });
  return rows.map((row) => ({ ...certificateViewOf(row), verifyHref: verificationPath(row) }));
}
