import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListCertificatesInput } from "@/lib/certificates/certificate.schema";
import { normalizeCertificateNumber } from "@/lib/certificates/certificate-number";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import { certificateColumns, certificateViewOf } from "./certificate-fields";

/** 证书管理 (admin): every certificate, newest first; `q` is the beginning of a number or a whole holder name. */
export async function listCertificates(db: Db, input: ListCertificatesInput) {
  const where: Prisma.CertificateWhereInput = input.q
    ? { OR: [{ number: { startsWith: normalizeCertificateNumber(input.q) } }, { holderName: input.q }] }
    : {};
  const page = await paged(
    input,
    db.certificate.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      ...pageWindow(input),
      select: certificateColumns,
    }),
    db.certificate.count({ where }),
  );
  return { ...page, items: page.items.map(certificateViewOf) };
}
