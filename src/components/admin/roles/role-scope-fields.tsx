"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { type RoleKindCode, roleKinds } from "@/lib/dictionaries";
import { roleScopeField, type ScopeField } from "@/lib/roles/role-scopes";
import { api } from "@/trpc/react";
import { DepartmentSelect } from "../department-select";
import { commonLabels } from "../messages";
import { roleLabels as L } from "./labels";

type Control = { props: UseFormRegisterReturn; error?: string };
type ScopeControls = Record<"role" | ScopeField, Control>;

/** The role and scope controls of a form whose values include them, for RoleScopeFields' `fields`. */
export function roleScopeControls(
  register: (name: "role" | ScopeField) => UseFormRegisterReturn,
  errors: Partial<Record<"role" | ScopeField, { message?: string }>>,
): ScopeControls {
  return {
    role: { props: register("role"), error: errors.role?.message },
    unitId: { props: register("unitId"), error: errors.unitId?.message },
    departmentId: { props: register("departmentId"), error: errors.departmentId?.message },
    committeeId: { props: register("committeeId"), error: errors.committeeId?.message },
  };
}

/**
 * 角色 and, depending on it, the organisation the role is scoped to (none for 系统管理员).
 * Which organisation a role needs comes from roleScopeField, the same table the server checks.
 */
export function RoleScopeFields({
  idPrefix,
  role,
  fields,
}: {
  idPrefix: string;
  role: RoleKindCode | "";
  fields: ScopeControls;
}) {
  const scope = role ? roleScopeField[role] : null;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field id={id("role")} label={L.role} required error={fields.role.error}>
        <Select {...controlProps(id("role"), fields.role.error, true)} {...fields.role.props}>
          <option value="">{commonLabels.pleaseSelect}</option>
          {roleKinds.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      {scope === "unitId" && <UnitPicker id={id("unit")} control={fields.unitId} />}
      {scope === "departmentId" && (
        <Field id={id("department")} label={L.department} required error={fields.departmentId.error}>
          <DepartmentSelect
            {...controlProps(id("department"), fields.departmentId.error, true)}
            {...fields.departmentId.props}
          />
        </Field>
      )}
      {scope === "committeeId" && <CommitteePicker id={id("committee")} control={fields.committeeId} />}
    </>
  );
}

/** Units can be many: the drop-down lists the first matches of a filter instead of every unit. */
function UnitPicker({ id, control }: { id: string; control: Control }) {
  const [filter, setFilter] = useState("");
  const units = api.admin.units.list.useQuery(
    { q: filter, page: 1, pageSize: 50 },
    { placeholderData: keepPreviousData },
  );
  return (
    <div className="space-y-1">
      <Field id={id} label={L.unit} required error={control.error}>
        <Select {...controlProps(id, control.error, true)} {...control.props}>
          <option value="">{units.isLoading ? commonLabels.loading : commonLabels.pleaseSelect}</option>
          {units.data?.items.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}（{u.creditCode}）
            </option>
          ))}
        </Select>
      </Field>
      <label htmlFor={`${id}-filter`} className="sr-only">
        {L.unitFilter}
      </label>
      <TextInput
        id={`${id}-filter`}
        value={filter}
        placeholder={L.unitFilterPlaceholder}
        onChange={(e) => setFilter(e.target.value)}
        className="text-xs"
      />
    </div>
  );
}

function CommitteePicker({ id, control }: { id: string; control: Control }) {
  const committees = api.admin.committees.options.useQuery();
  return (
    <Field id={id} label={L.committee} required error={control.error}>
      <Select {...controlProps(id, control.error, true)} {...control.props}>
        <option value="">{committees.isLoading ? commonLabels.loading : commonLabels.pleaseSelect}</option>
        {committees.data?.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
