import "server-only";
import type { Db } from "@/server/db";
import { approveEndedPublicities } from "@/server/domain/publicity/approve-ended-publicities";
import { publicityNow } from "@/server/publicity-clock";
import type { PeriodicJob } from "./job-runner";

/**
 * 公示期满 → 终审通过 as a periodic job (SYSTEM). Periods end on a date, so an hourly look is
 * plenty; approving is idempotent, so a run after a crash or in a second process is harmless.
 */
export function publicityApprovalJob(options: { db: () => Db; intervalMs: number }): PeriodicJob {
  return {
    name: "publicity-approval",
    intervalMs: options.intervalMs,
    leaseMs: 10 * 60_000,
    run: async () => {
      const { approved } = await approveEndedPublicities(options.db(), {
        approver: { id: null, role: "SYSTEM" },
        now: publicityNow(),
      });
      return approved ? `Publicity approval: ${approved} application(s) 终审通过` : null;
    },
  };
}
