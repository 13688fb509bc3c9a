import "server-only";
import type { CreateExpertInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { dateOfDay } from "./expert-view";

type ExpertFields = Omit<CreateExpertInput, "committeeId" | "userId">;

/**
 * The columns an expert's form writes. A picked unit gives its own name, so the name shown and the
 * unit that triggers 回避 cannot disagree.
 */
export async function expertData(db: Db, input: ExpertFields) {
  let workUnitName = input.workUnitName;
  if (input.workUnitId) {
    const unit = await db.unit.findUnique({ where: { id: input.workUnitId }, select: { name: true } });
    if (!unit) throw new AppError("NOT_FOUND", committeeMessages.workUnitNotFound, { field: "workUnitId" });
    workUnitName = unit.name;
  }
  return {
    specialtySeries: input.specialtySeries,
    specialty: input.specialty,
    currentTitle: input.currentTitle,
    workUnitId: input.workUnitId || null,
    workUnitName,
    termStart: dateOfDay(input.termStart),
    termEnd: dateOfDay(input.termEnd),
  };
}
