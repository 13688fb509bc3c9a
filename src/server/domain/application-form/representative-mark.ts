import "server-only";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { entryDelegate, markOf, type RepresentativeMark } from "./entry-tables";
import { applicationFormMessages as m } from "./messages";

type MarkRequest = {
  applicationId: string;
  module: EntryModuleKey;
  /** The entry being saved; null while adding it. */
  entryId: string | null;
  /** data.representative as the applicant ticked it. */
  wanted: boolean;
  /** The entry whose mark moves to this one. */
  replaces?: string;
};

export type MarkOutcome = { columns: Record<string, unknown>; movedFrom?: string };

const markColumns = (mark: RepresentativeMark, slot: number | null) =>
  mark.column === "isRepresentative" ? { isRepresentative: slot !== null } : { evaluationSlot: slot };

/**
 * Decides the 参评 mark of the entry being saved, within the mutation's transaction (which holds
 * the application's row lock, so holders cannot change under it). When the limit is reached the
 * refusal names the holders; with `replaces` the mark moves from that holder in the same
 * transaction, clearing it there first because the unique index is checked per statement.
 * The partial unique indexes stay the last word if anything writes around this function.
 */
export async function settleRepresentativeMark(tx: Tx, request: MarkRequest): Promise<MarkOutcome> {
  const { applicationId, module, entryId, wanted, replaces } = request;
  const mark = markOf(module);
  if (!mark) return { columns: {} };
  if (!wanted) return { columns: markColumns(mark, null) };

  const delegate = entryDelegate(tx, module);
  const markedWhere =
    mark.column === "isRepresentative" ? { isRepresentative: true } : { evaluationSlot: { not: null } };
  const holders = await delegate.findMany({
    where: { applicationId, ...markedWhere },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const slotOf = (row: Record<string, unknown>) =>
    mark.column === "evaluationSlot" ? (row.evaluationSlot as number) : 1;

  const own = holders.find((h) => h.id === entryId);
  if (own) return { columns: markColumns(mark, slotOf(own)) };

  if (replaces) {
    const previous = holders.find((h) => h.id === replaces);
    if (!previous) throw new AppError("CONFLICT", m.markChanged, { field: "representative", reason: "MARK_CHANGED" });
    await delegate.updateMany({
      where: { id: previous.id },
      data: { ...markColumns(mark, null), version: { increment: 1 } },
    });
    return { columns: markColumns(mark, slotOf(previous)), movedFrom: previous.id };
  }

  if (holders.length >= mark.max) {
    throw new AppError(
      "CONFLICT",
      m.markTaken(
        module,
        holders.map((h) => String(h[mark.titleField])),
      ),
      { field: "representative", reason: "MARK_TAKEN" },
    );
  }
  const taken = new Set(holders.map(slotOf));
  const free = [1, 2].slice(0, mark.max).find((slot) => !taken.has(slot)) ?? 1;
  return { columns: markColumns(mark, free) };
}
