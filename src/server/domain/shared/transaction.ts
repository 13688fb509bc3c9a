import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => …)`, passed to helpers that must share it. */
export type Tx = Prisma.TransactionClient;
