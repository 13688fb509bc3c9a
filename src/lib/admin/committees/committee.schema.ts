import { z } from "zod";
import { committeeCodeField } from "@/lib/certificates/certificate.schema";
import { codes, titleSeries } from "@/lib/dictionaries";
import { pageFields, searchField } from "@/lib/pagination";
import { recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { departmentIdField } from "../departments/department.schema";
import { committeeMessages as m } from "./messages";

/** A required 职称系列 drop-down (dictionary code). */
export const seriesField = z.enum(codes(titleSeries), { error: m.seriesRequired });

const committeeFields = z.object({
  name: safeText(m.nameRequired).trim().min(1, m.nameRequired).max(60, m.nameTooLong),
  series: seriesField,
  departmentId: departmentIdField,
  /** 评委会代码 of its certificate numbers; blank: a generated one (new) or the current one (edit). */
  code: committeeCodeField,
});

export const createCommitteeSchema = committeeFields;
export const updateCommitteeSchema = committeeFields.extend({ id: recordId() });
export const listCommitteesSchema = z.object({ ...pageFields, q: searchField, series: seriesField.optional() });

export type CreateCommitteeInput = z.output<typeof createCommitteeSchema>;
export type UpdateCommitteeInput = z.output<typeof updateCommitteeSchema>;
export type ListCommitteesInput = z.output<typeof listCommitteesSchema>;
