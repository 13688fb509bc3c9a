"use client";

import {
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Combobox as HeadlessCombobox,
} from "@headlessui/react";
import { useMemo, useRef, useState } from "react";
import { type Control, Controller, type FieldValues, type Path } from "react-hook-form";
import type { DictionaryItem } from "@/lib/dictionaries";
import { TextInput } from "./inputs";

export type ComboboxProps = {
  /** The input's id: a `<label htmlFor={id}>` names it. */
  id: string;
  items: readonly DictionaryItem[];
  /** The selected code; "" (or undefined) when nothing is chosen. */
  value: string | null | undefined;
  onChange: (code: string) => void;
  onBlur?: () => void;
  inputRef?: React.Ref<HTMLInputElement>;
  placeholder?: string;
  disabled?: boolean;
  required?: boolean;
  /** The field's error message, linked to the input as `${id}-error` (see FieldMessage). */
  error?: string;
  className?: string;
};

/** Case-insensitive substring match on the label (and the code, for people who know the codes). */
function matches(item: DictionaryItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === "" || item.label.toLowerCase().includes(q) || item.code.toLowerCase() === q;
}

/**
 * A searchable drop-down over a dictionary: shows labels, stores the code. Typing filters the list
 * (Enter or a click picks the highlighted option); × or clearing the text empties the value so
 * another one can be chosen, as the manual describes for 学历 and 教育方式.
 */
export function Combobox({
  id,
  items,
  value,
  onChange,
  onBlur,
  inputRef,
  placeholder = "请选择或输入搜索",
  disabled,
  required,
  error,
  className = "",
}: ComboboxProps) {
  const [query, setQuery] = useState("");
  const ownInput = useRef<HTMLInputElement | null>(null);
  const selected = items.find((i) => i.code === value) ?? null;
  const filtered = useMemo(() => items.filter((i) => matches(i, query)), [items, query]);

  function setInput(node: HTMLInputElement | null) {
    ownInput.current = node;
    if (typeof inputRef === "function") inputRef(node);
    else if (inputRef) inputRef.current = node;
  }

  function pick(item: DictionaryItem | null) {
    onChange(item?.code ?? "");
    setQuery("");
  }

  // Headless UI activates the first match as one types, and its own Enter picks it and closes the
  // list. Only when the exact label typed is not that first match is Enter taken over here.
  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "Enter" || query.trim() === "") return;
    const exact = filtered.find((i) => i.label === query.trim());
    if (exact && exact !== filtered[0]) {
      e.preventDefault();
      pick(exact);
      e.currentTarget.blur();
    }
  }

  return (
    <HeadlessCombobox value={selected} onChange={pick} onClose={() => setQuery("")} disabled={disabled} immediate>
      <div className={`relative ${className}`}>
        <ComboboxInput
          as={TextInput}
          ref={setInput}
          id={id}
          autoComplete="off"
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-required={required || undefined}
          displayValue={(item: DictionaryItem | null) => item?.label ?? ""}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          className="pr-14"
        />
        <span className="absolute inset-y-0 right-1 flex items-center">
          {selected && !disabled && (
            <button
              type="button"
              aria-label="清除"
              title="清除"
              onClick={() => {
                pick(null);
                ownInput.current?.focus();
              }}
              className="grid size-6 place-items-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700"
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
          <ComboboxButton
            aria-label="展开选项"
            className="grid size-6 place-items-center rounded text-slate-400 hover:text-slate-700"
          >
            <span aria-hidden="true" className="text-xs">
              ▾
            </span>
          </ComboboxButton>
        </span>
        <ComboboxOptions
          modal={false}
          className="absolute z-30 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {filtered.length === 0 ? (
            <div className="px-3 py-1.5 text-slate-500">无匹配项</div>
          ) : (
            filtered.map((item) => (
              <ComboboxOption
                key={item.code}
                value={item}
                className="cursor-pointer px-3 py-1.5 text-slate-800 data-focus:bg-brand-50 data-focus:text-brand-800 data-selected:font-medium"
              >
                {item.label}
              </ComboboxOption>
            ))
          )}
        </ComboboxOptions>
      </div>
    </HeadlessCombobox>
  );
}

/**
 * Combobox bound to a react-hook-form field by Controller: the field holds the code ("" when empty).
 * Put it inside <Field id={id} …> so the label names it.
 */
export function FormCombobox<T extends FieldValues, C, O extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<T, C, O>; name: Path<T> } & Omit<
  ComboboxProps,
  "value" | "onChange" | "onBlur" | "inputRef" | "error"
>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Combobox
          {...props}
          value={field.value as string | undefined}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
