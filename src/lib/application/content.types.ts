import type { SectionModuleKey } from "@/lib/application-form/form.types";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import type { AttachmentSlotCode } from "@/lib/attachments/slots";
import type { ApplicationStatusCode, TitleLevelCode } from "@/lib/dictionaries";

/**
 * 申报内容: everything an application says, as one plain value (JSON-safe: dates are ISO strings).
 * Read live from the tables while the applicant fills the form, frozen into the submitted snapshot
 * at 提交, and the single input of whatever presents an application afterwards — the 业务表册 PDFs,
 * the reviewers' read-only view, the comparison of two submissions, the certificate.
 */
export type ApplicationContent = {
  application: {
    id: string;
    status: ApplicationStatusCode;
    notice: {
      id: string;
      title: string;
      /** 职称系列 dictionary code */
      series: string;
      levels: TitleLevelCode[];
      startsAt: string;
      endsAt: string;
      committeeName: string;
    };
    /** 推荐单位 as it was when the application was started. */
    unit: { id: string; name: string; creditCode: string; departmentName: string };
  };
  /** 申报人 from the sign-in identity (the form never changes the 身份证号). */
  applicant: { id: string; name: string; idCardNumber: string | null; mobile: string | null };
  /** The five years 年度考核 asks for (before the notice's year). */
  assessmentYears: number[];
  /** Each single-record module's saved data (the schema's output), or null when never saved. */
  sections: Record<SectionModuleKey, Record<string, unknown> | null>;
  /** Each repeatable module's entries in the order they were added: the form's values per field. */
  entries: Record<EntryModuleKey, ContentEntry[]>;
  /** Every uploaded file, oldest first. */
  attachments: ContentAttachment[];
};

export type ContentEntry = { id: string; data: Record<string, unknown> };

export type ContentAttachment = {
  id: string;
  slot: AttachmentSlotCode;
  /** The entry a proof belongs to; null for the application-wide slots. */
  entryId: string | null;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
};
