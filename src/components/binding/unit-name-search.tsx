"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { actionErrorMessage, fieldErrorOf } from "@/components/ui/server-error";
import { unitNameSearchSchema } from "@/lib/binding/binding.schema";
import { api, type RouterOutputs } from "@/trpc/react";
import { bindingLabels as L } from "./labels";

const INPUT_ID = "binding-unit-name";

type FoundByName = RouterOutputs["binding"]["findByName"];

/**
 * Where the 统一社会信用代码 is printed, and 按单位全称查询 for someone who has only the name: the
 * whole registered name finds the unit's code (never a part of it, so the directory cannot be
 * listed), and 「用此代码查询」 goes on through the ordinary 查询.
 */
export function UnitCodeHelp({ onUseCode }: { onUseCode: (creditCode: string) => void }) {
  const form = useForm({ resolver: zodResolver(unitNameSearchSchema), defaultValues: { name: "" } });
  const utils = api.useUtils();
  const [found, setFound] = useState<FoundByName | null>(null);
  const error = form.formState.errors.name?.message;
  const onSubmit = form.handleSubmit(async ({ name }) => {
    setFound(null);
    try {
      setFound(await utils.binding.findByName.fetch({ name }));
    } catch (e) {
      form.setError("name", { type: "server", message: fieldErrorOf(e, "name") ?? actionErrorMessage(e) });
    }
  });

  return (
    <details className="rounded-md border border-slate-200 bg-white text-sm" data-testid="credit-code-help">
      <summary className="cursor-pointer px-4 py-2.5 font-medium text-brand-800 hover:bg-slate-50">
        {L.codeHelpSummary}
      </summary>
      <div className="space-y-3 border-t border-slate-100 px-4 py-3">
        <p className="leading-relaxed text-slate-700">{L.codeHelpWhere}</p>
        <p className="leading-relaxed text-slate-700">{L.codeHelpAsk}</p>
        <form
          role="search"
          aria-label={L.nameSearchTitle}
          noValidate
          onSubmit={onSubmit}
          className="flex flex-wrap items-start gap-3"
        >
          <Field
            id={INPUT_ID}
            label={L.unitFullName}
            error={error}
            hint={L.unitFullNameHint}
            className="w-full max-w-md"
          >
            <TextInput
              {...controlProps(INPUT_ID, error)}
              {...form.register("name")}
              maxLength={100}
              autoComplete="organization"
            />
          </Field>
          <Button type="submit" variant="secondary" pending={form.formState.isSubmitting} className="mt-6">
            {L.nameSearch}
          </Button>
        </form>
        {found && (
          <ul
            aria-label={L.nameResults}
            className="divide-y rounded-md border border-slate-200"
            data-testid="units-by-name"
          >
            {found.map((unit) => (
              <li key={unit.creditCode} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
                <span className="font-medium text-slate-900">{unit.name}</span>
                <span className="font-mono text-xs text-slate-700">{unit.creditCode}</span>
                <span className="text-slate-600">{unit.department.name}</span>
                <Button
                  variant="link"
                  className="ml-auto"
                  aria-label={L.useThisCode(unit.name)}
                  onClick={() => onUseCode(unit.creditCode)}
                >
                  {L.useThisCodeShort}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
