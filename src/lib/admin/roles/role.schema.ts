import { z } from "zod";
import { roleMessages as m } from "@/lib/admin/roles/messages";
import { codes, type RoleKindCode, roleKinds } from "@/lib/dictionaries";
import { pageFields, searchField } from "@/lib/pagination";
import { organisationScopes, roleScopeField, type ScopeField } from "@/lib/roles/role-scopes";
import { checkIdCard, idCardMessages } from "@/lib/validation/id-card";
import { chosenId, optionalChosenId, recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";

const roleScopeFields = {
  role: z.enum(codes(roleKinds), { error: m.roleRequired }),
  unitId: optionalChosenId(),
  departmentId: optionalChosenId(),
  committeeId: optionalChosenId(),
};

export type RoleScopeInput = { role: RoleKindCode } & Record<ScopeField, string>;

function requireScope(value: RoleScopeInput, ctx: z.RefinementCtx) {
  const field = roleScopeField[value.role];
  if (field && !value[field])
    ctx.addIssue({ code: "custom", path: [field], message: organisationScopes[field].required });
}

/** 身份证号: checked against GB 11643 and stored upper-case. */
export const idCardField = safeText(m.idCardRequired)
  .trim()
  .min(1, { error: m.idCardRequired, abort: true })
  .superRefine((value, ctx) => {
    const problem = checkIdCard(value);
    if (problem) ctx.addIssue({ code: "custom", message: idCardMessages[problem] });
  })
  .transform((v) => v.toUpperCase());

export const grantRoleSchema = z
  .object({ userId: chosenId(m.personRequired), ...roleScopeFields })
  .superRefine(requireScope);

/** Grant to someone who has not signed in yet: they are registered by 身份证号 and linked at first sign-in. */
export const registerPersonSchema = z
  .object({
    name: safeText(m.nameRequired).trim().min(1, m.nameRequired).max(30, m.nameTooLong),
    idCardNumber: idCardField,
    ...roleScopeFields,
  })
  .superRefine(requireScope);

/** `q` matches part of a name, a whole mobile number or a whole 身份证号 (never part of a number). */
export const searchPeopleSchema = z.object({ ...pageFields, q: searchField });
export const personRolesSchema = z.object({ userId: recordId() });
export const revokeRoleSchema = z.object({ assignmentId: recordId() });

export type GrantRoleInput = z.output<typeof grantRoleSchema>;
export type RegisterPersonInput = z.output<typeof registerPersonSchema>;
export type SearchPeopleInput = z.output<typeof searchPeopleSchema>;
export type RevokeRoleInput = z.output<typeof revokeRoleSchema>;
