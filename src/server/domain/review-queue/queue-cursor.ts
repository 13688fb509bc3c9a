import "server-only";
import { reviewQueueMessages as m } from "@/lib/review-queue/messages";
import { AppError } from "@/server/errors";

/** Where a page ended: the last row's submission time and id (the sort key; id breaks ties). */
export type QueueCursor = { submittedAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to the browser: base64url of the key, so nobody builds page positions by hand. */
export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.submittedAt.toISOString(), cursor.id])).toString("base64url");
}

/** A cursor this server did not make is refused as a bad request, never passed to SQL. */
export function decodeCursor(value: string): QueueCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    const submittedAt = typeof at === "string" ? new Date(at) : new Date(Number.NaN);
    if (typeof id === "string" && UUID.test(id) && !Number.isNaN(submittedAt.getTime()))
      return { submittedAt, id: id.toLowerCase() };
  } catch {
    // Not JSON: refused below like any other cursor this server did not make.
  }
  throw new AppError("BAD_REQUEST", m.badCursor, { field: "cursor" });
}
