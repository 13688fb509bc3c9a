import "server-only";
import { cache } from "react";
import { createRscContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";

/** React Server Components' only way to reach the API: the same procedures, same checks. */
export const serverApi = cache(async () => createCaller(await createRscContext()));
