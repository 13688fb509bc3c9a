"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/binding/confirm-dialog";
import { formLabels as L } from "./labels";

/**
 * Whether the module on screen holds input not yet saved. Each module's form reports it with
 * useReportUnsaved; the page asks in its own dialog before switching modules or following a link
 * of the app, and the browser asks before the tab is closed or reloaded (the only moment a page
 * cannot show its own dialog), because an applicant may have typed for an hour.
 */
const UnsavedContext = createContext<(dirty: boolean) => void>(() => {});

/** Call in a module's form with react-hook-form's `formState.isDirty` (or any "typed but not saved"). */
export function useReportUnsaved(dirty: boolean) {
  const report = useContext(UnsavedContext);
  useEffect(() => report(dirty), [dirty, report]);
  useEffect(() => () => report(false), [report]);
}

/**
 * A link the app itself would follow in this tab: same origin, another page (links within the
 * form page are the page's own module switches, which ask through `leave`), no new tab or download.
 */
function appLinkOf(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return null;
  if (anchor.target && anchor.target !== "_self") return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return null;
  return url;
}

/**
 * The page's side: provides the context, asks before unload, and `leave(go)` runs `go` at once
 * when nothing is unsaved, otherwise after the applicant confirms in the dialog (`dialog`).
 */
export function useUnsavedGuard() {
  const router = useRouter();
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const report = useCallback((value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  }, []);

  const leave = useCallback((go: () => void) => {
    if (!dirtyRef.current) go();
    else setPending(() => go);
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    // Capture phase: the app's <Link> would otherwise navigate before the question is asked.
    const click = (e: MouseEvent) => {
      const url = appLinkOf(e);
      if (!url) return;
      e.preventDefault();
      e.stopPropagation();
      setPending(() => () => router.push(`${url.pathname}${url.search}${url.hash}`));
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, router]);

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={L.leaveTitle}
      confirmLabel={L.leaveConfirmButton}
      cancelLabel={L.stayButton}
      pending={false}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        const go = pending;
        setPending(null);
        // The module being left unmounts and reports itself clean; until then nothing asks again.
        report(false);
        go?.();
      }}
    >
      {L.leaveConfirm}
    </ConfirmDialog>
  );

  return { report, dirty, leave, dialog };
}

export function UnsavedProvider({ report, children }: { report: (dirty: boolean) => void; children: React.ReactNode }) {
  return <UnsavedContext.Provider value={report}>{children}</UnsavedContext.Provider>;
}
