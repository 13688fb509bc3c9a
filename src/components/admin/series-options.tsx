import { titleSeries } from "@/lib/dictionaries";

/** <option>s for 职称系列, from the dictionary. */
export function SeriesOptions({ placeholder }: { placeholder: string }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {titleSeries.map((s) => (
        <option key={s.code} value={s.code}>
          {s.label}
        </option>
      ))}
    </>
  );
}
