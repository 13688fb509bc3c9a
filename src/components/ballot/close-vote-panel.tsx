"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/binding/confirm-dialog";
import { Card, EmptyState } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { actionErrorMessage } from "@/components/ui/server-error";
import { Table, TBody, Td, THead, Th } from "@/components/ui/table";
import type { BallotProgress } from "@/lib/ballot/ballot-contract";
import { api } from "@/trpc/react";
import { ApplicationCells, TallyCells } from "./ballot-row-cells";
import { ballotLabels as L } from "./labels";

/**
 * The chair's side of the ballot: while voting, how many of the experts who may vote on each
 * application have voted (never what) and 结束投票 behind a confirmation; after the close, the
 * stored result and tally of each application.
 */
export function CloseVotePanel({ initial }: { initial: BallotProgress }) {
  const meetingId = initial.meeting.id;
  const utils = api.useUtils();
  const progress = api.ballot.progress.useQuery({ meetingId }, { initialData: initial });
  const [confirming, setConfirming] = useState(false);
  const [flash, setFlash] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const close = api.ballot.close.useMutation({
    onSuccess: ({ closed, passed }) => setFlash({ tone: "success", text: L.closed(closed, passed) }),
    onError: (e) => setFlash({ tone: "error", text: actionErrorMessage(e) }),
    onSettled: async () => {
      setConfirming(false);
      await utils.ballot.progress.invalidate({ meetingId });
    },
  });
  if (progress.error) return <Alert tone="error">{actionErrorMessage(progress.error)}</Alert>;
  if (!progress.data) return <p className="text-sm text-slate-500">{L.loading}</p>;
  const { meeting, items } = progress.data;
  const closed = items.some((i) => i.tally);
  const missing = items.filter((i) => i.voted < i.eligible).length;
  return (
    <Card title={closed ? L.resultsTitle : L.progressTitle}>
      <div className="space-y-3">
        {flash && <Alert tone={flash.tone}>{flash.text}</Alert>}
        {!closed && <p className="text-sm text-slate-600">{L.progressNote}</p>}
        {items.length === 0 ? (
          <EmptyState>{L.empty}</EmptyState>
        ) : (
          <Table label={closed ? L.resultsTitle : L.progressTitle}>
            <THead>
              <Th>{L.applicant}</Th>
              <Th>{L.unit}</Th>
              <Th>{L.seriesLevel}</Th>
              <Th>{L.voted}</Th>
              {closed && (
                <>
                  <Th>{L.result}</Th>
                  <Th>{L.tally}</Th>
                  <Th>{L.presentEligible}</Th>
                </>
              )}
            </THead>
            <TBody>
              {items.map((item) => (
                <tr key={item.id}>
                  <ApplicationCells item={item} />
                  <Td label={L.voted} className="tabular-nums">
                    {item.voted} / {item.eligible}
                  </Td>
                  {closed && <TallyCells item={item} />}
                </tr>
              ))}
            </TBody>
          </Table>
        )}
        {meeting.status === "VOTING" && (
          <div className="flex justify-end">
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {L.closeVote}
            </Button>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={L.closeTitle}
        confirmLabel={L.closeConfirm}
        pending={close.isPending}
        onConfirm={() => close.mutate({ meetingId })}
        onCancel={() => setConfirming(false)}
      >
        <p>{L.closeBody}</p>
        {missing > 0 && <p className="mt-2 text-amber-800">{L.closeMissing(missing)}</p>}
      </ConfirmDialog>
    </Card>
  );
}
