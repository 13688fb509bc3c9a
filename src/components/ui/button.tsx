const variants = {
  primary: "bg-brand-600 text-white shadow-sm hover:bg-brand-700 disabled:bg-brand-600/60",
  secondary: "border border-slate-300 bg-white text-slate-700 shadow-sm hover:bg-slate-50 disabled:text-slate-400",
  danger: "border border-red-200 bg-white text-red-700 hover:bg-red-50 disabled:text-red-300",
  /** The confirming button of an action that cannot be undone. */
  destructive: "bg-red-600 text-white shadow-sm hover:bg-red-700 disabled:bg-red-600/60",
  link: "text-brand-700 hover:underline disabled:text-slate-400",
} as const;

const sizes = { sm: "px-2.5 py-1 text-xs", md: "px-4 py-1.5 text-sm" } as const;

export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  className = "",
  disabled,
  children,
  ...props
}: React.ComponentProps<"button"> & { variant?: keyof typeof variants; size?: keyof typeof sizes; pending?: boolean }) {
  return (
    <button
      type="button"
      {...props}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition disabled:cursor-not-allowed ${variants[variant]} ${variant === "link" ? "" : sizes[size]} ${className}`}
    >
      {pending && (
        <span
          className="size-3 animate-spin rounded-full border-2 border-current border-r-transparent"
          aria-hidden="true"
        />
      )}
      {children}
    </button>
  );
}
