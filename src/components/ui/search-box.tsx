"use client";

import { useState } from "react";
import { searchField } from "@/lib/pagination";
import { Button } from "./button";
import { controlProps, FieldMessage } from "./field";
import { TextInput } from "./inputs";

export type SearchBoxProps = {
  id: string;
  label: string;
  placeholder?: string;
  initial?: string;
  onSearch: (q: string) => void;
};

/**
 * A search field that applies on 查询 or Enter, not on every keystroke. The text is checked by the
 * same rule as the server's (searchField: trimmed, no control characters or broken text, at most
 * 100 characters), so a refusal shows under the box instead of a list that never loads.
 */
export function SearchBox({ id, label, placeholder, initial = "", onSearch }: SearchBoxProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  return (
    <form
      role="search"
      className="flex flex-wrap items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = searchField.safeParse(value);
        setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
        if (parsed.success) onSearch(parsed.data ?? "");
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="w-72">
        <TextInput
          {...controlProps(id, error)}
          value={value}
          placeholder={placeholder}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
        />
        <FieldMessage id={id} error={error} />
      </div>
      <Button type="submit" variant="secondary">
        查询
      </Button>
    </form>
  );
}
