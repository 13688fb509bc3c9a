import "server-only";
import type { BallotApplication } from "@/lib/ballot/ballot-contract";
import type { Tally } from "@/lib/ballot/threshold";
import { titleLevels } from "@/lib/dictionaries";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { tallySelect } from "./tally-select";

const levelCodes: readonly string[] = titleLevels.map((l) => l.code);

/**
 * The applications of a meeting as the ballot pages show them, in a stable order (by applicant
 * name), with the tally the close stored — null on each until then.
 */
export async function loadBallotApplications(db: Db | Tx, meetingId: string): Promise<BallotApplication[]> {
  const rows = await db.meetingApplication.findMany({
    where: { meetingId },
    select: {
      id: true,
      applicationId: true,
      ...tallySelect,
      application: {
        select: {
          applicant: { select: { name: true } },
          unit: { select: { name: true } },
          notice: { select: { series: true } },
          sections: { where: { module: "basicInfo" }, select: { data: true } },
        },
      },
    },
  });
  return rows
    .map((row) => {
      const level = (row.application.sections[0]?.data as { appliedLevel?: unknown } | undefined)?.appliedLevel;
      return {
        id: row.id,
        applicationId: row.applicationId,
        applicantName: row.application.applicant.name,
        unitName: row.application.unit.name,
        series: row.application.notice.series,
        level: typeof level === "string" && levelCodes.includes(level) ? (level as BallotApplication["level"]) : null,
        tally: storedTally(row),
      };
    })
    .sort((a, b) => a.applicantName.localeCompare(b.applicantName, "zh-CN") || a.id.localeCompare(b.id));
}

type TallyColumns = {
  result: "PASSED" | "FAILED" | null;
  agree: number | null;
  disagree: number | null;
  abstain: number | null;
  presentEligible: number | null;
  threshold: number | null;
};

function storedTally(row: TallyColumns): Tally | null {
  const { result, agree, disagree, abstain, presentEligible, threshold } = row;
  if (result === null || agree === null || disagree === null || abstain === null) return null;
  if (presentEligible === null || threshold === null) return null;
  return { result, agree, disagree, abstain, presentEligible, threshold };
}
