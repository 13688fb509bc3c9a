import "server-only";
import { certificateMessages as m } from "@/lib/certificates/messages";
import type { Db } from "@/server/db";
import { renderSignedCertificatePdf } from "@/server/documents/certificate/sign-certificate-pdf";
import { MissingCharactersError } from "@/server/documents/missing-characters";
import { AppError } from "@/server/errors";
import { certificateDocumentOf } from "./certificate-document";
import { loadHolderCertificate } from "./load-holder-certificate";

/** Characters a file name must not carry on any system, and controls. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}\p{Cf}]/gu;

/**
 * 「下载」 of 我的证书: the holder's certificate as its signed PDF (电子签章), laid out from the stored,
 * signed fields, its QR code pointing at `appUrl`'s verification page. Only the holder finds it
 * (the holder is in the query); anyone else is told it does not exist. A revoked certificate still
 * downloads — its QR code opens a page that says 已撤销.
 */
export async function renderHolderCertificate(
  db: Db,
  { certificateId, userId, appUrl }: { certificateId: string; userId: string; appUrl: string },
): Promise<{ bytes: Uint8Array; fileName: string; asciiFileName: string }> {
  const row = await loadHolderCertificate(db, { certificateId, userId });
  if (!row) throw new AppError("NOT_FOUND", m.downloadMissing);
  const doc = certificateDocumentOf(row, appUrl);
  const bytes = await renderSignedCertificatePdf(doc).catch((error: unknown) => {
    if (error instanceof MissingCharactersError) {
      throw new AppError("BAD_REQUEST", m.missingCharacters(error.missing.map((c) => c.character).join("")), {
        cause: error,
      });
    }
    throw error;
  });
  const name = doc.holderName.replace(UNSAFE_IN_FILE_NAME, "");
  return {
    bytes,
    fileName: `职称证书-${name}-${doc.number}.pdf`,
    asciiFileName: `certificate-${doc.number.replace(/[^A-Za-z0-9-]/g, "")}.pdf`,
  };
}
