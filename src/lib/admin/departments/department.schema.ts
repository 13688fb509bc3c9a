import { z } from "zod";
import { pageFields, searchField } from "@/lib/pagination";
import { chosenId, recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { departmentMessages as m } from "./messages";

const name = safeText(m.nameRequired).trim().min(1, m.nameRequired).max(50, m.nameTooLong);

/** A required department drop-down, reused by every form that names a competent department. */
export const departmentIdField = chosenId(m.departmentRequired);

export const createDepartmentSchema = z.object({ name });
export const renameDepartmentSchema = z.object({ id: recordId(), name });
export const listDepartmentsSchema = z.object({ ...pageFields, q: searchField });

export type CreateDepartmentInput = z.output<typeof createDepartmentSchema>;
export type RenameDepartmentInput = z.output<typeof renameDepartmentSchema>;
export type ListDepartmentsInput = z.output<typeof listDepartmentsSchema>;
