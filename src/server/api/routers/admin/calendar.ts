import "server-only";
import { saveHolidayYearSchema } from "@/lib/calendar/holiday-year.schema";
import { listHolidayYears } from "@/server/domain/calendar/list-holiday-years";
import { saveHolidayYear } from "@/server/domain/calendar/save-holiday-year";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 节假日安排 */
export const calendarRouter = createTRPCRouter({
  years: adminProcedure.query(({ ctx }) => listHolidayYears(ctx.db)),
  save: adminProcedure
    .input(saveHolidayYearSchema)
    .mutation(({ ctx, input }) => saveHolidayYear(ctx.db, ctx.user.id, input)),
});
