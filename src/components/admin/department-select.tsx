"use client";

import { Select } from "@/components/ui/inputs";
import { api } from "@/trpc/react";
import { commonLabels } from "./messages";

/** The competent-department drop-down used by several forms. */
export function DepartmentSelect(props: React.ComponentProps<"select">) {
  const options = api.admin.departments.options.useQuery();
  return (
    <Select {...props}>
      <option value="">{options.isLoading ? commonLabels.loading : commonLabels.pleaseSelect}</option>
      {options.data?.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </Select>
  );
}
