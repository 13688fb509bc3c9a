"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { useForm } from "react-hook-form";
import { actionErrorMessage, fieldErrorOf } from "@/components/ui/server-error";
import { creditCodeSearchSchema } from "@/lib/binding/binding.schema";
import { api } from "@/trpc/react";

/**
 * The 查询 flow: the code is checked in the browser with the server's own rule, then looked up;
 * a refusal (e.g. no unit registered with it) lands at the field and the typed text stays.
 * `search(code)` runs the same flow for a code chosen elsewhere on the page.
 */
export function useCreditCodeSearch({
  onStart,
  onFound,
}: {
  onStart: () => void;
  onFound: (creditCode: string) => void;
}) {
  const form = useForm({ resolver: zodResolver(creditCodeSearchSchema), defaultValues: { creditCode: "" } });
  const utils = api.useUtils();

  const onSubmit = form.handleSubmit(async ({ creditCode }) => {
    onStart();
    try {
      await utils.binding.lookup.fetch({ creditCode });
      onFound(creditCode);
    } catch (error) {
      form.setError(
        "creditCode",
        { type: "server", message: fieldErrorOf(error, "creditCode") ?? actionErrorMessage(error) },
        { shouldFocus: true },
      );
    }
  });

  const search = useCallback(
    (creditCode: string) => {
      form.setValue("creditCode", creditCode);
      void onSubmit();
    },
    [form, onSubmit],
  );

  return { form, onSubmit, search, pending: form.formState.isSubmitting };
}

export type CreditCodeSearch = ReturnType<typeof useCreditCodeSearch>;
