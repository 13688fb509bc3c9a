import "server-only";
import type { ApplicationContent } from "@/lib/application/content.types";
import { type BusinessFormKind, businessFormLabel } from "@/lib/business-forms/business-forms";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { publicityDocument } from "@/server/documents/business-forms/publicity";
import type { FormOptions } from "@/server/documents/business-forms/sections";
import { summaryDocument } from "@/server/documents/business-forms/summary";
import { applicantName } from "@/server/documents/business-forms/values";
import type { DocumentSpec } from "@/server/documents/document.types";
import { MissingCharactersError } from "@/server/documents/missing-characters";
import { renderPdf } from "@/server/documents/render-pdf";
import { AppError } from "@/server/errors";
import { loadBusinessFormContent } from "./load-business-form-content";
import { businessFormMessages as m } from "./messages";

const documents: Record<BusinessFormKind, (content: ApplicationContent, options: FormOptions) => DocumentSpec> = {
  summary: summaryDocument,
  publicity: publicityDocument,
};

export type RenderedBusinessForm = {
  bytes: Uint8Array;
  /** 「职称评审一览表-张三.pdf」 */
  fileName: string;
  /** For clients that cannot read a UTF-8 file name. */
  asciiFileName: string;
};

/** Characters no file system takes in a name, and controls. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}\p{Cf}]/gu;

/**
 * One 业务表册 of an application as a PDF, from the content the caller may read (the draft, or
 * what was submitted). A character the font lacks is refused with a message naming it and where
 * it is, instead of a form with an empty box in a name.
 */
export async function renderBusinessForm(
  db: Db,
  user: SessionUser,
  applicationId: string,
  kind: BusinessFormKind,
  now = new Date(),
): Promise<RenderedBusinessForm> {
  const { content, draft } = await loadBusinessFormContent(db, user, applicationId);
  const spec = documents[kind](content, { draft, generatedAt: now });
  const bytes = await renderPdf(spec).catch((error: unknown) => {
    if (error instanceof MissingCharactersError) {
      throw new AppError("BAD_REQUEST", m.missingCharacters(error.missing), { cause: error });
    }
    throw error;
  });
  const name = applicantName(content).replace(UNSAFE_IN_FILE_NAME, "");
  return { bytes, fileName: `${businessFormLabel(kind)}-${name}.pdf`, asciiFileName: `${kind}-form.pdf` };
}
