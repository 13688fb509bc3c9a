"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { formatDate } from "@/lib/datetime";
import { labelOf, titleLevels, titleSeries } from "@/lib/dictionaries";
import { publicityLabels as L } from "@/lib/publicity/labels";
import { PUBLICITY_PAGE } from "@/lib/publicity/publicity.types";
import { api } from "@/trpc/react";
import { ObjectionForm } from "./objection-form";

const PAGE_SIZE = 20;
const COLUMNS = 8;

/** 公示名单: who is in 公示 now; a signed-in visitor may object to an entry, others are asked to sign in. */
export function PublicityList({ signedIn }: { signedIn: boolean }) {
  const list = useListState(PAGE_SIZE, {});
  const entries = api.publicity.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  const [objecting, setObjecting] = useState<string | null>(null);

  return (
    <PagedTable
      label={L.table}
      columns={[
        { label: L.name },
        { label: L.unit },
        { label: L.series },
        { label: L.appliedTitle },
        { label: L.level },
        { label: L.meeting },
        { label: L.period },
        { label: L.fileObjection, className: "w-28" },
      ]}
      data={entries.data}
      emptyText={L.empty}
      paging={list}
      renderRow={(e) => (
        <Fragment key={e.id}>
          <tr className="hover:bg-slate-50">
            <Td kind="title" className="font-medium text-slate-900">
              {e.applicantName}
            </Td>
            <Td label={L.unit}>{e.unitName}</Td>
            <Td label={L.series}>{labelOf(titleSeries, e.series)}</Td>
            <Td label={L.appliedTitle}>{e.appliedTitle}</Td>
            <Td label={L.level}>{labelOf(titleLevels, e.appliedLevel)}</Td>
            <Td label={L.meeting}>{e.meetingName}</Td>
            <Td label={L.period} className="whitespace-nowrap tabular-nums max-md:whitespace-normal max-md:break-keep">
              {L.periodRange(formatDate(e.startsOn), formatDate(e.endsOn))}
            </Td>
            <Td kind="actions">
              {signedIn ? (
                <Button
                  variant="link"
                  aria-label={`${L.fileObjection}：${e.applicantName}`}
                  onClick={() => setObjecting(e.id)}
                >
                  {L.fileObjection}
                </Button>
              ) : (
                <Link
                  className="text-brand-700 hover:underline"
                  href={`/login?callbackUrl=${encodeURIComponent(PUBLICITY_PAGE)}`}
                >
                  {L.signInToObject}
                </Link>
              )}
            </Td>
          </tr>
          {objecting === e.id && (
            <tr>
              <td colSpan={COLUMNS} className="bg-slate-50 px-3 py-3">
                <ObjectionForm publicityId={e.id} name={e.applicantName} onDone={() => setObjecting(null)} />
              </td>
            </tr>
          )}
        </Fragment>
      )}
    />
  );
}
