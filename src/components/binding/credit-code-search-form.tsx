"use client";

import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { bindingLabels as L } from "./labels";
import type { CreditCodeSearch } from "./use-credit-code-search";

const INPUT_ID = "binding-credit-code";

/** Upper-cases the text as it is typed, keeping the caret where it was. */
function upperCaseInPlace(input: HTMLInputElement) {
  const { selectionStart, selectionEnd } = input;
  input.value = input.value.toUpperCase();
  input.setSelectionRange(selectionStart, selectionEnd);
}

/** 查询 form: the 统一社会信用代码 is the only thing the applicant enters (manual 3.1). */
export function CreditCodeSearchForm({ search: { form, onSubmit, pending } }: { search: CreditCodeSearch }) {
  const error = form.formState.errors.creditCode?.message;
  const field = form.register("creditCode");
  return (
    <form
      role="search"
      aria-label={L.searchTitle}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-wrap items-start gap-3"
    >
      <Field
        id={INPUT_ID}
        label={L.creditCode}
        required
        error={error}
        hint={L.creditCodeHint}
        className="w-full max-w-sm"
      >
        <TextInput
          {...controlProps(INPUT_ID, error, true)}
          {...field}
          onChange={(e) => {
            upperCaseInPlace(e.target);
            return field.onChange(e);
          }}
          maxLength={24}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
      </Field>
      <Button type="submit" pending={pending} className="mt-6">
        {L.search}
      </Button>
    </form>
  );
}
