"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { hallRoutes } from "@/components/hall/routes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, THead, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { errorMessage } from "./error-message";
import { applyLabels as L } from "./labels";
import { levelsText, seriesText } from "./notice-facts";
import { OpenApplicationLink } from "./open-application-link";
import type { OpenNotice } from "./open-notice";

/** Step 2: the open notices, each with 「申报」 (or a way back into the applicant's existing application). */
export function NoticePicker({
  notices,
  unitName,
  onBack,
}: {
  notices: OpenNotice[];
  unitName: string;
  onBack: () => void;
}) {
  const router = useRouter();
  const utils = api.useUtils();
  const start = api.application.start.useMutation();
  const [error, setError] = useState<string | null>(null);
  const [openingId, setOpeningId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The step replaces the page's content; moving focus tells keyboard and screen-reader users so.
  useEffect(() => heading.current?.focus(), []);

  async function apply(noticeId: string) {
    setError(null);
    setOpeningId(noticeId);
    try {
      const { id } = await start.mutateAsync({ noticeId, conditionsConfirmed: true });
      void utils.application.invalidate();
      router.push(hallRoutes.application(id));
    } catch (e) {
      setError(errorMessage(e));
      setOpeningId(null);
    }
  }

  return (
    <section aria-labelledby="apply-pick-title" className="space-y-4">
      <div>
        <h2
          id="apply-pick-title"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-semibold text-slate-900 outline-none"
        >
          {L.pickTitle}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {L.pickIntro}
          {L.unitChosen}
          <span className="font-medium text-slate-900">{unitName}</span>
        </p>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <Table label={L.pickTable}>
        <THead>
          <Th>{L.noticeTitle}</Th>
          <Th>{L.series}</Th>
          <Th>{L.levels}</Th>
          <Th>{L.deadline}</Th>
          <Th className="w-32">{L.actions}</Th>
        </THead>
        <TBody>
          {notices.map((n) => (
            <tr key={n.id}>
              <Td kind="title" className="font-medium text-slate-900">
                <Link href={hallRoutes.notice(n.id)} className="text-brand-800 underline-offset-2 hover:underline">
                  {n.title}
                </Link>
              </Td>
              <Td label={L.series}>{seriesText(n.series)}</Td>
              <Td label={L.levels}>{levelsText(n.levels)}</Td>
              <Td label={L.deadline} className="whitespace-nowrap">
                {formatDateTime(n.endsAt)}
              </Td>
              <Td kind="actions">
                {n.myApplication ? (
                  <OpenApplicationLink application={n.myApplication} />
                ) : (
                  <Button
                    size="sm"
                    pending={openingId === n.id}
                    disabled={openingId !== null}
                    onClick={() => apply(n.id)}
                  >
                    {L.apply}
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
      <Button variant="secondary" onClick={onBack}>
        {L.backToCheck}
      </Button>
    </section>
  );
}
