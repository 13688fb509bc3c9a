"use client";

import Link from "next/link";
import { useState } from "react";
import { Card, EmptyState } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { actionErrorMessage } from "@/components/ui/server-error";
import { Table, TBody, Td, THead, Th } from "@/components/ui/table";
import { type BallotChoiceCode, ballotChoices, type MyBallot as MyBallotData } from "@/lib/ballot/ballot-contract";
import { api } from "@/trpc/react";
import { ApplicationCells, TallyCells } from "./ballot-row-cells";
import { ballotRoutes, ballotLabels as L } from "./labels";

type Item = MyBallotData["items"][number];

/**
 * 无记名投票, the expert's page: each application of the meeting with a link to its read-only
 * view and 同意 / 不同意 / 弃权, saved on each click and changeable until the chair closes the
 * vote. After the close the stored tallies show instead; nobody's choice is shown any more.
 */
export function MyBallot({ initial }: { initial: MyBallotData }) {
  const meetingId = initial.meeting.id;
  const ballot = api.ballot.myBallot.useQuery({ meetingId }, { initialData: initial });
  if (ballot.error) return <Alert tone="error">{actionErrorMessage(ballot.error)}</Alert>;
  if (!ballot.data) return <p className="text-sm text-slate-500">{L.loading}</p>;
  const { meeting, canVote, notice, items } = ballot.data;
  const closed = items.some((i) => i.tally);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{L.meetingFacts(meeting.date, meeting.place)}</p>
      <Alert tone="info">{L.secrecyNote}</Alert>
      {notice && <Alert tone={canVote ? "info" : "error"}>{notice}</Alert>}
      <Card title={closed ? L.resultsTitle : L.myBallotTitle}>
        {items.length === 0 ? (
          <EmptyState>{L.empty}</EmptyState>
        ) : (
          <Table label={closed ? L.resultsTitle : L.myBallotTitle}>
            <THead>
              <Th>{L.applicant}</Th>
              <Th>{L.unit}</Th>
              <Th>{L.seriesLevel}</Th>
              {closed ? (
                <>
                  <Th>{L.result}</Th>
                  <Th>{L.tally}</Th>
                  <Th>{L.presentEligible}</Th>
                </>
              ) : (
                <Th>{L.vote}</Th>
              )}
              <Th />
            </THead>
            <TBody>
              {items.map((item) => (
                <tr key={item.id}>
                  <ApplicationCells item={item} />
                  {closed ? (
                    <TallyCells item={item} />
                  ) : (
                    <Td label={L.vote}>
                      <VoteChoice item={item} meetingId={meetingId} disabled={!canVote} />
                    </Td>
                  )}
                  <Td kind="actions">
                    <Link
                      href={ballotRoutes.application(meetingId, item.applicationId)}
                      className="text-brand-700 hover:underline"
                    >
                      {L.view}
                    </Link>
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}

/** The three choices of one application: each click saves at once; the mark says whether it is saved. */
function VoteChoice({ item, meetingId, disabled }: { item: Item; meetingId: string; disabled: boolean }) {
  const utils = api.useUtils();
  const [error, setError] = useState<string | null>(null);
  // The choice just clicked, shown at once (a controlled radio would otherwise snap back until the
  // request starts); the saved choice takes over when the request settles.
  const [picked, setPicked] = useState<BallotChoiceCode | null>(null);
  const cast = api.ballot.cast.useMutation({
    onMutate: () => setError(null),
    onSuccess: ({ choice }) =>
      utils.ballot.myBallot.setData(
        { meetingId },
        (data) =>
          data && {
            ...data,
            items: data.items.map((i) => (i.id === item.id ? { ...i, myChoice: choice } : i)),
          },
      ),
    onSettled: () => setPicked(null),
    onError: (e) => {
      setError(actionErrorMessage(e));
      void utils.ballot.myBallot.invalidate({ meetingId });
    },
  });
  if (item.recused) return <Badge tone="amber">{L.recused}</Badge>;
  const shown = picked ?? item.myChoice;
  return (
    <fieldset className="space-y-1" aria-label={`${item.applicantName} ${L.vote}`}>
      <div className="flex flex-wrap items-center gap-4">
        {ballotChoices.map((c) => (
          <label key={c.code} className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={`vote-${item.id}`}
              value={c.code}
              checked={shown === c.code}
              disabled={disabled || cast.isPending}
              onChange={() => {
                setPicked(c.code);
                cast.mutate({ meetingApplicationId: item.id, choice: c.code });
              }}
            />
            {c.label}
          </label>
        ))}
        <span className="text-xs" role="status">
          {cast.isPending ? (
            <span className="text-slate-500">{L.saving}</span>
          ) : item.myChoice ? (
            <span className="text-green-700">✓ {L.saved}</span>
          ) : (
            <span className="text-slate-500">{L.notVoted}</span>
          )}
        </span>
      </div>
      {error && (
        <p className="text-xs text-red-700" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
