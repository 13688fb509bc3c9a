import "server-only";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const meRouter = createTRPCRouter({
  /** The signed-in person and the roles they hold now. */
  get: protectedProcedure.query(({ ctx }) => ctx.user),
});
