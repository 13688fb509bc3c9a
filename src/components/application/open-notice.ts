import type { RouterOutputs } from "@/trpc/react";

/** A notice open for applications, with the caller's own application under it if any. */
export type OpenNotice = RouterOutputs["notice"]["listOpen"][number];
