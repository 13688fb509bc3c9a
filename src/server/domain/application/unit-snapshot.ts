import "server-only";
import { z } from "zod";

/**
 * The recommending unit (推荐单位) as it was when the application was started. Kept on the
 * application so a later rename or unbinding does not rewrite what the applicant applied under.
 */
export const unitSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** 统一社会信用代码 */
  creditCode: z.string(),
  /** 主管部门 */
  departmentName: z.string(),
});

export type UnitSnapshot = z.infer<typeof unitSnapshotSchema>;

type BoundUnit = { id: string; name: string; creditCode: string; department: { name: string } };

export function unitSnapshotOf(unit: BoundUnit): UnitSnapshot {
  return { id: unit.id, name: unit.name, creditCode: unit.creditCode, departmentName: unit.department.name };
}

export function readUnitSnapshot(value: unknown): UnitSnapshot {
  return unitSnapshotSchema.parse(value);
}
