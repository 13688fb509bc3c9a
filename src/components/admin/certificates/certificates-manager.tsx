"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "@/components/binding/confirm-dialog";
import { CertificateStatus } from "@/components/certificates/certificate-details";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import { PagedTable } from "@/components/ui/paged-table";
import { SearchBox } from "@/components/ui/search-box";
import { fieldErrorOf, readServerError } from "@/components/ui/server-error";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import type { CertificateView } from "@/lib/certificates/certificate.types";
import { certificatePageLabels as L } from "@/lib/certificates/labels";
import { certificateMessages as m } from "@/lib/certificates/messages";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { FlashBanner } from "../flash-banner";
import { useFlash } from "../use-flash";

const PAGE_SIZE = 20;

/** 证书管理: every certificate, searched by number or holder; 撤销 with a reason after a confirmation naming the holder. */
export function CertificatesManager() {
  const list = useListState(PAGE_SIZE, { q: "" });
  const { flash, success, clear } = useFlash();
  const utils = api.useUtils();
  const certificates = api.admin.certificates.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  const revoke = api.admin.certificates.revoke.useMutation();
  const [revoking, setRevoking] = useState<CertificateView | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const [dialogError, setDialogError] = useState<string | null>(null);

  const close = () => {
    setRevoking(null);
    setReason("");
    setReasonError(undefined);
    setDialogError(null);
  };
  const confirm = async () => {
    if (!revoking) return;
    if (!reason.trim()) return setReasonError(m.reasonRequired);
    try {
      await revoke.mutateAsync({ certificateId: revoking.id, reason });
      success(L.revoked(revoking.number));
      close();
      await utils.admin.certificates.list.invalidate();
    } catch (error) {
      const atReason = fieldErrorOf(error, "reason");
      setReasonError(atReason);
      if (!atReason) setDialogError(readServerError(error).message);
    }
  };

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <SearchBox
        id="certificate-search"
        label={L.adminSearch}
        placeholder={L.adminSearchPlaceholder}
        onSearch={(value) => list.filterBy({ q: value })}
      />
      <PagedTable
        label={L.adminTable}
        columns={[
          { label: "证书编号" },
          { label: L.holder },
          { label: "职称名称" },
          { label: "评审委员会" },
          { label: L.issuedAt },
          { label: L.status },
          { label: L.actions, className: "w-20" },
        ]}
        data={certificates.data}
        emptyText={list.filters.q ? L.adminNoMatch : L.adminEmpty}
        paging={list}
        renderRow={(c) => (
          <tr key={c.id} className="hover:bg-slate-50">
            <Td label="证书编号" className="font-mono">
              {c.number}
            </Td>
            <Td kind="title" className="font-medium text-slate-900">
              {c.holderName}
              <span className="ml-2 text-xs text-slate-500">{c.maskedIdNumber}</span>
            </Td>
            <Td label="职称名称">{c.titleName}</Td>
            <Td label="评审委员会">{c.committeeName}</Td>
            <Td label={L.issuedAt}>{formatDateTime(c.issuedAt)}</Td>
            <Td label={L.status}>
              <CertificateStatus certificate={c} />
              {c.revokedReason && <p className="mt-1 text-xs text-slate-500">{c.revokedReason}</p>}
            </Td>
            <Td kind="actions">
              {c.status === "VALID" && (
                <Button
                  variant="danger"
                  size="sm"
                  aria-label={`${L.revoke}：${c.holderName} ${c.number}`}
                  onClick={() => {
                    clear();
                    setRevoking(c);
                  }}
                >
                  {L.revoke}
                </Button>
              )}
            </Td>
          </tr>
        )}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={L.revokeTitle}
        confirmLabel={L.revokeConfirm}
        pending={revoke.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        {revoking && (
          <div className="space-y-3">
            <p>{L.revokeWarning(revoking.holderName, revoking.number)}</p>
            {dialogError && <p className="text-red-700">{dialogError}</p>}
            <Field id="revoke-reason" label={L.revokeReason} required error={reasonError}>
              <TextArea
                {...controlProps("revoke-reason", reasonError, true)}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Field>
          </div>
        )}
      </ConfirmDialog>
    </div>
  );
}
