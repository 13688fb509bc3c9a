import "server-only";
import type { Db } from "@/server/db";
import { type CertificateRow, certificateColumns } from "./certificate-fields";

/**
 * One certificate of its holder, for the PDF download: the holder is part of the query, so anyone
 * else — another person, an admin — gets null, exactly as for an id that does not exist. A revoked
 * certificate is still the holder's (its PDF's QR code then opens a page saying 已撤销).
 */
export async function loadHolderCertificate(
  db: Db,
  { certificateId, userId }: { certificateId: string; userId: string },
): Promise<CertificateRow | null> {
  return db.certificate.findFirst({ where: { id: certificateId, holderId: userId }, select: certificateColumns });
}
