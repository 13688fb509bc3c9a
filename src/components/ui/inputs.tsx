const base =
  "block w-full rounded-md border bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm outline-none transition " +
  "placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100 " +
  "aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus:ring-red-100";

export function TextInput({ className = "", ...props }: React.ComponentProps<"input">) {
  return <input type="text" {...props} className={`${base} border-slate-300 ${className}`} />;
}

export function TextArea({ className = "", ...props }: React.ComponentProps<"textarea">) {
  return <textarea {...props} className={`${base} border-slate-300 ${className}`} />;
}

export function Select({ className = "", ...props }: React.ComponentProps<"select">) {
  return <select {...props} className={`${base} border-slate-300 pr-8 ${className}`} />;
}

export function Checkbox({ label, ...props }: React.ComponentProps<"input"> & { label: string }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-1.5 text-sm text-slate-700">
      <input type="checkbox" {...props} className="size-4 rounded border-slate-300 text-brand-600 accent-brand-600" />
      {label}
    </label>
  );
}
