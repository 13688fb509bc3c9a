import "server-only";
import {
  addEntryInput,
  deleteEntryInput,
  getFormInput,
  saveSectionInput,
  updateEntryInput,
} from "@/lib/application-form/form.types";
import { addEntry } from "@/server/domain/application-form/add-entry";
import { deleteEntry } from "@/server/domain/application-form/delete-entry";
import { getForm } from "@/server/domain/application-form/get-form";
import { saveSection } from "@/server/domain/application-form/save-section";
import { updateEntry } from "@/server/domain/application-form/update-entry";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** 信息填报: loading and saving the application form's modules, owner only, draft only. */
export const applicationFormRouter = createTRPCRouter({
  get: protectedProcedure.input(getFormInput).query(({ ctx, input }) => getForm(ctx.db, ctx.user, input.applicationId)),
  saveSection: protectedProcedure
    .input(saveSectionInput)
    .mutation(({ ctx, input }) => saveSection(ctx.db, ctx.user, input)),
  addEntry: protectedProcedure.input(addEntryInput).mutation(({ ctx, input }) => addEntry(ctx.db, ctx.user, input)),
  updateEntry: protectedProcedure
    .input(updateEntryInput)
    .mutation(({ ctx, input }) => updateEntry(ctx.db, ctx.user, input)),
  deleteEntry: protectedProcedure
    .input(deleteEntryInput)
    .mutation(({ ctx, input }) => deleteEntry(ctx.db, ctx.storage, ctx.user, input)),
});
