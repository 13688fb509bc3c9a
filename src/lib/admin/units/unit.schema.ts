import { z } from "zod";
import { pageFields, searchField } from "@/lib/pagination";
import { creditCodeField } from "@/lib/validation/credit-code-schema";
import { recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { departmentIdField } from "../departments/department.schema";
import { unitMessages as m } from "./messages";

const unitFields = z.object({
  name: safeText(m.nameRequired).trim().min(1, m.nameRequired).max(100, m.nameTooLong),
  creditCode: creditCodeField,
  departmentId: departmentIdField,
});

export const createUnitSchema = unitFields;
export const updateUnitSchema = unitFields.extend({ id: recordId() });
/** `q` matches the unit name or the beginning of its credit code. */
export const listUnitsSchema = z.object({ ...pageFields, q: searchField });

export type CreateUnitInput = z.output<typeof createUnitSchema>;
export type UpdateUnitInput = z.output<typeof updateUnitSchema>;
export type ListUnitsInput = z.output<typeof listUnitsSchema>;
