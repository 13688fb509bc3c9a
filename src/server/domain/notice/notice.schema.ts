import "server-only";
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

export const publishedNoticeIdSchema = z.object({ id: recordId() });
