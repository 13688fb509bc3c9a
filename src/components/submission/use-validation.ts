"use client";

import { useEffect, useRef } from "react";
import { useAttachments } from "@/components/attachments/use-attachments";
import type { FormView } from "@/lib/application-form/form.types";
import { api } from "@/trpc/react";

/**
 * 数据验证信息 of an editable application: one `submission.validation` query shared by the navigator
 * and the 提交 page. The server evaluates the saved application, so the list is only as fresh as
 * the last save: `useValidationRefresh` asks again whenever the form or the file list changes.
 */
export function useValidation(applicationId: string, enabled = true) {
  return api.submission.validation.useQuery({ applicationId }, { enabled });
}

/** Re-evaluates 数据验证信息 after every save, upload and deletion (called once, by the form). */
export function useValidationRefresh(form: FormView) {
  const applicationId = form.application.id;
  const { files } = useAttachments(applicationId);
  const utils = api.useUtils();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void utils.submission.validation.invalidate({ applicationId });
  }, [form, files, utils, applicationId]);
}
