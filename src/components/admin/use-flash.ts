"use client";

import { useCallback, useEffect, useState } from "react";

export type Flash = { tone: "success" | "error"; text: string };

/** A short-lived confirmation or error banner after an action; success fades after a few seconds. */
export function useFlash() {
  const [flash, setFlash] = useState<Flash | null>(null);
  useEffect(() => {
    if (flash?.tone !== "success") return;
    const timer = setTimeout(() => setFlash(null), 5000);
    return () => clearTimeout(timer);
  }, [flash]);
  return {
    flash,
    success: useCallback((text: string) => setFlash({ tone: "success", text }), []),
    error: useCallback((text: string) => setFlash({ tone: "error", text }), []),
    clear: useCallback(() => setFlash(null), []),
  };
}
