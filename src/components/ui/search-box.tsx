"use client";

import { useState } from "react";
import { Button } from "./button";
import { TextInput } from "./inputs";

export type SearchBoxProps = {
  id: string;
  label: string;
  placeholder?: string;
  initial?: string;
  onSearch: (q: string) => void;
};

/** A search field that applies on 查询 or Enter, not on every keystroke. */
export function SearchBox({ id, label, placeholder, initial = "", onSearch }: SearchBoxProps) {
  const [value, setValue] = useState(initial);
  return (
    <form
      role="search"
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(value.trim());
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <TextInput
        id={id}
        value={value}
        placeholder={placeholder}
        onChange={(e) => setValue(e.target.value)}
        className="w-72"
      />
      <Button type="submit" variant="secondary">
        查询
      </Button>
    </form>
  );
}
