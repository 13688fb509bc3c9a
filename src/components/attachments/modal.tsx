"use client";

import { Dialog, DialogBackdrop, DialogPanel, DialogTitle } from "@headlessui/react";

const widths = { md: "max-w-md", xl: "max-w-4xl" } as const;

/**
 * A modal on Headless UI's Dialog (focus kept inside, Esc and a click outside close it, the rest of
 * the page inert): the title names it, then the body and the buttons.
 */
export function Modal({
  open,
  onClose,
  title,
  width = "md",
  children,
  footer,
}: {
  open: boolean;
  onClose: () => void;
  title: React.ReactNode;
  width?: keyof typeof widths;
  children: React.ReactNode;
  footer: React.ReactNode;
}) {
  return (
    <Dialog open={open} onClose={onClose} className="relative z-50">
      <DialogBackdrop className="fixed inset-0 bg-slate-900/40" />
      <div className="fixed inset-0 flex items-center justify-center p-4">
        <DialogPanel
          className={`flex max-h-full w-full ${widths[width]} flex-col rounded-lg border border-slate-200 bg-white shadow-xl`}
        >
          <DialogTitle className="truncate border-b border-slate-100 px-5 py-3 text-base font-semibold text-slate-900">
            {title}
          </DialogTitle>
          <div className="min-h-0 flex-1 overflow-auto px-5 py-4 text-sm text-slate-700">{children}</div>
          <div className="flex flex-wrap justify-end gap-2 border-t border-slate-100 px-5 py-3">{footer}</div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}
