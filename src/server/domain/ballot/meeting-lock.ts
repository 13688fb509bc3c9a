import "server-only";
import type { Tx } from "@/server/domain/shared/transaction";

/**
 * Share-locks a meeting's row for the rest of the transaction. Votes take it in share mode, so
 * they run side by side; closing the vote updates the row, which waits for the votes in flight and
 * makes later ones wait for the close — and then read the meeting's new status.
 */
export async function lockMeetingForVoting(tx: Tx, meetingId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "ReviewMeeting" WHERE "id" = ${meetingId} FOR SHARE`;
}
