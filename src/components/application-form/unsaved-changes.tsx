"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

/**
 * Whether the module on screen holds input not yet saved. Each module's form reports it with
 * useReportUnsaved; the page asks before switching modules and the browser before unloading,
 * because an applicant may have typed for an hour.
 */
const UnsavedContext = createContext<(dirty: boolean) => void>(() => {});

/** Call in a module's form with react-hook-form's `formState.isDirty` (or any "typed but not saved"). */
export function useReportUnsaved(dirty: boolean) {
  const report = useContext(UnsavedContext);
  useEffect(() => report(dirty), [dirty, report]);
  useEffect(() => () => report(false), [report]);
}

/** The page's side: provides the context, guards unload, and `confirmLeave()` before switching. */
export function useUnsavedGuard(message: string) {
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const report = useCallback((value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const confirmLeave = useCallback(() => !dirtyRef.current || window.confirm(message), [message]);

  return { report, confirmLeave };
}

export function UnsavedProvider({ report, children }: { report: (dirty: boolean) => void; children: React.ReactNode }) {
  return <UnsavedContext.Provider value={report}>{children}</UnsavedContext.Provider>;
}
