const tones = {
  success: "border-green-200 bg-green-50 text-green-800",
  error: "border-red-200 bg-red-50 text-red-800",
  info: "border-brand-100 bg-brand-50 text-brand-900",
} as const;

/** A message banner; errors interrupt screen readers, confirmations are announced politely. */
export function Alert({ tone, children }: { tone: keyof typeof tones; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-2 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
