import "server-only";
import { z } from "zod";

export const publishedNoticeIdSchema = z.object({ id: z.string().min(1) });
