"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/inputs";
import { actionErrorMessage } from "@/components/ui/server-error";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { shanghaiToday } from "@/lib/application-form/fields";
import type { ExpertView } from "@/lib/committee/views";
import { formatDate } from "@/lib/datetime";
import { labelOf, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { ExpertForm } from "./expert-form";
import { committeeLabels as L } from "./labels";

/**
 * 评审专家库: the experts of one committee (the admin picks any committee, a 主任委员 their own):
 * 新增 from the committee's members, 修改, 停用 / 启用.
 */
export function ExpertPoolManager() {
  const committees = api.committee.pool.committees.useQuery();
  const [chosen, setChosen] = useState<string | null>(null);
  const committeeId = chosen ?? committees.data?.[0]?.id ?? null;
  const pool = api.committee.pool.list.useQuery({ committeeId: committeeId ?? "" }, { enabled: !!committeeId });
  const [editing, setEditing] = useState<ExpertView | "new" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = shanghaiToday();
  const utils = api.useUtils();
  const setActive = api.committee.pool.setActive.useMutation({
    onSuccess: () => utils.committee.pool.list.invalidate(),
    onError: (e) => setError(actionErrorMessage(e)),
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <label htmlFor="pool-committee" className="mb-1 block text-sm font-medium text-slate-700">
            {L.committee}
          </label>
          <Select
            id="pool-committee"
            className="w-96"
            value={committeeId ?? ""}
            onChange={(e) => {
              setChosen(e.target.value);
              setEditing(null);
            }}
          >
            {committees.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}（{c._count.experts}人）
              </option>
            ))}
          </Select>
        </div>
        <Button onClick={() => setEditing("new")} disabled={!committeeId}>
          {L.addExpert}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {editing && committeeId && (
        <ExpertForm
          key={editing === "new" ? "new" : editing.id}
          committeeId={committeeId}
          expert={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <Table label={L.poolTitle}>
        <THead>
          <Th>{L.name}</Th>
          <Th>{L.specialty}</Th>
          <Th>{L.currentTitle}</Th>
          <Th>{L.workUnit}</Th>
          <Th>{L.term}</Th>
          <Th>{L.status}</Th>
          <Th className="w-32">{L.actions}</Th>
        </THead>
        <TBody>
          {!pool.data && <TableMessage colSpan={7}>{L.loading}</TableMessage>}
          {pool.data?.experts.length === 0 && <TableMessage colSpan={7}>{L.emptyPool}</TableMessage>}
          {pool.data?.experts.map((e) => (
            <tr key={e.id} className={e.active ? "hover:bg-slate-50" : "bg-slate-50 text-slate-600"}>
              <Td kind="title" className="font-medium text-slate-900">
                {e.name}
              </Td>
              <Td label={L.specialty}>
                {labelOf(titleSeries, e.specialtySeries)} · {e.specialty}
              </Td>
              <Td label={L.currentTitle}>{e.currentTitle}</Td>
              <Td label={L.workUnit}>{e.workUnitName}</Td>
              <Td label={L.term} className="tabular-nums">
                <span className="whitespace-nowrap">{formatDate(e.termStart)}</span> 至{" "}
                <span className="whitespace-nowrap">{formatDate(e.termEnd)}</span>
              </Td>
              <Td label={L.status}>
                <span className="flex flex-wrap gap-1">
                  <Badge tone={e.active ? "green" : "gray"}>{e.active ? L.active : L.inactive}</Badge>
                  {(e.termEnd < today || e.termStart > today) && <Badge tone="amber">{L.outOfTerm}</Badge>}
                  {!e.isMember && <Badge tone="amber">{L.notMember}</Badge>}
                </span>
              </Td>
              <Td kind="actions">
                <span className="flex gap-3">
                  <Button variant="link" aria-label={`${L.edit}：${e.name}`} onClick={() => setEditing(e)}>
                    {L.edit}
                  </Button>
                  <Button
                    variant="link"
                    aria-label={`${e.active ? L.deactivate : L.activate}：${e.name}`}
                    onClick={() => {
                      setError(null);
                      setActive.mutate({ expertId: e.id, active: !e.active });
                    }}
                  >
                    {e.active ? L.deactivate : L.activate}
                  </Button>
                </span>
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
