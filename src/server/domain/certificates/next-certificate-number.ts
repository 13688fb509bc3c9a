import "server-only";
import { certificateNumber } from "@/lib/certificates/certificate-number";
import type { Tx } from "@/server/domain/shared/transaction";

/**
 * The next 证书编号 of a committee's year, inside the issuing transaction. One statement takes the
 * counter row: it creates it at 1 or adds 1, and the row stays locked until the transaction ends,
 * so a concurrent approval of the same committee waits and then reads the incremented value. A
 * rolled-back approval takes its increment with it: numbers have neither gaps nor duplicates.
 */
export async function nextCertificateNumber(
  tx: Tx,
  committee: { id: string; code: string },
  year: number,
): Promise<string> {
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "CertificateSequence" ("committeeId", "year", "lastValue")
    VALUES (${committee.id}, ${year}, 1)
    ON CONFLICT ("committeeId", "year") DO UPDATE SET "lastValue" = "CertificateSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  return certificateNumber(committee.code, year, Number(row.lastValue));
}
