"use client";

import Link from "next/link";
import { useState } from "react";
import { ballotRoutes } from "@/components/ballot/labels";
import { PageTitle } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import { readServerError } from "@/components/ui/server-error";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { meetingResults, meetingStatuses } from "@/lib/committee/meeting";
import type { MeetingDetail } from "@/lib/committee/views";
import { formatDate, formatDateTime } from "@/lib/datetime";
import { labelOf, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { committeeLabels as L } from "./labels";

type Outcome = { tone: "success" | "error"; text: string } | null;

/** How a refused call reads on this page: the field messages, or the domain's sentence. */
const refusalText = (error: unknown) => {
  const refused = readServerError(error);
  return refused.fieldErrors.map(([, m]) => m).join("；") || refused.message || "操作失败，请重试";
};

/**
 * 评审会议: for its 主任委员 — the applications (分配, 移出), the draw (抽取, 谢绝并替补), attendance
 * and 开始投票 with the quorum; for an expert of its panel — the applications to read and 申请回避.
 */
export function MeetingPage({ initial }: { initial: MeetingDetail }) {
  const { data: meeting = initial } = api.committee.meetings.get.useQuery(
    { meetingId: initial.id },
    { initialData: initial },
  );
  const [outcome, setOutcome] = useState<Outcome>(null);
  const utils = api.useUtils();
  const after = (text?: string) => ({
    onSuccess: async () => {
      await utils.committee.meetings.invalidate();
      setOutcome(text ? { tone: "success", text } : null);
    },
    onError: (error: unknown) => setOutcome({ tone: "error", text: refusalText(error) }),
  });
  const openVoting = api.committee.meetings.openVoting.useMutation(after(L.votingOpened));
  const { attendance } = meeting;
  const beforeVoting = meeting.status === "DRAFT" || meeting.status === "PANEL_DRAWN";

  return (
    <div className="space-y-6">
      <PageTitle title={meeting.name} subtitle={`${meeting.committeeName} · ${meeting.noticeTitle}`}>
        <span className="flex flex-wrap gap-4">
          {meeting.mySeat?.present && meeting.status === "VOTING" && (
            <Link href={ballotRoutes.ballot(meeting.id)} className="text-sm font-medium text-brand-700 hover:underline">
              {L.toBallot}
            </Link>
          )}
          {meeting.isChair && !beforeVoting && (
            <Link href={ballotRoutes.tally(meeting.id)} className="text-sm text-brand-700 hover:underline">
              {L.toTally}
            </Link>
          )}
          {meeting.isChair && (meeting.status === "CLOSED" || meeting.status === "PUBLISHED") && (
            <Link href="/committee/publicity" className="text-sm text-brand-700 hover:underline">
              {L.toPublicity}
            </Link>
          )}
          <Link href="/committee" className="text-sm text-brand-700 hover:underline">
            {L.workspace}
          </Link>
        </span>
      </PageTitle>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <dl className="grid gap-3 rounded-lg border bg-white p-5 text-sm shadow-sm sm:grid-cols-4">
        <Fact label={L.meetingDate} value={formatDate(meeting.date)} />
        <Fact label={L.meetingPlace} value={meeting.place} />
        <Fact label={L.status} value={<Badge tone="blue">{labelOf(meetingStatuses, meeting.status)}</Badge>} />
        <Fact
          label={L.present}
          value={
            meeting.panel.length > 0 ? L.attendance(attendance.present, attendance.seated, attendance.quorum) : "—"
          }
        />
        {meeting.drawSeed && <Fact label={L.drawSeed} value={<code className="text-xs">{meeting.drawSeed}</code>} />}
        {meeting.drawnAt && <Fact label={L.drawnAt} value={formatDateTime(meeting.drawnAt)} />}
        {meeting.mySeat && <Fact label={L.member} value={L.mySeat(meeting.mySeat.present)} />}
      </dl>
      <ApplicationsSection meeting={meeting} after={after} />
      {meeting.isChair && meeting.status === "DRAFT" && <DrawForm meeting={meeting} after={after} />}
      {meeting.panel.length > 0 && <PanelSection meeting={meeting} after={after} />}
      {meeting.isChair && meeting.status === "PANEL_DRAWN" && (
        <div className="flex items-center gap-3">
          <Button onClick={() => openVoting.mutate({ meetingId: meeting.id })} pending={openVoting.isPending}>
            {L.openVoting}
          </Button>
          <span className="text-sm text-slate-600">
            {L.attendance(attendance.present, attendance.seated, attendance.quorum)}
          </span>
        </div>
      )}
      {!beforeVoting && meeting.votingOpenedAt && (
        <p className="text-sm text-slate-600">
          {L.votingOpened}：{formatDateTime(meeting.votingOpenedAt)}
        </p>
      )}
    </div>
  );
}

type After = (text?: string) => { onSuccess: () => Promise<void>; onError: (error: unknown) => void };

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{value}</dd>
    </div>
  );
}

function ApplicationsSection({ meeting, after }: { meeting: MeetingDetail; after: After }) {
  const editable = meeting.isChair && (meeting.status === "DRAFT" || meeting.status === "PANEL_DRAWN");
  const unassign = api.committee.meetings.unassign.useMutation(after());
  const [recusing, setRecusing] = useState<string | null>(null);
  return (
    <Panel title={`${L.applicationsTitle}（${meeting.applications.length}）`} labelledBy="meeting-applications">
      <div className="space-y-4">
        <Table label={L.applicationsTitle}>
          <THead>
            <Th>{L.applicant}</Th>
            <Th>{L.unit}</Th>
            <Th>{L.recusal}</Th>
            <Th>{L.result}</Th>
            <Th className="w-48">{L.actions}</Th>
          </THead>
          <TBody>
            {meeting.applications.length === 0 && <TableMessage colSpan={5}>{L.applicationsEmpty}</TableMessage>}
            {meeting.applications.map((a) => {
              const mine =
                meeting.mySeat && a.recusals.some((r) => r.meetingExpertId === meeting.mySeat?.meetingExpertId);
              return (
                <tr key={a.applicationId} className="align-top hover:bg-slate-50">
                  <Td kind="title" className="font-medium text-slate-900">
                    {a.applicantName}
                  </Td>
                  <Td label={L.unit}>{a.unitName}</Td>
                  <Td label={L.recusal}>
                    <ul className="space-y-1">
                      {a.recusals.map((r) => (
                        <li key={r.meetingExpertId} className="text-xs">
                          <Badge tone={r.automatic ? "amber" : "gray"}>
                            {r.automatic ? L.recusalAuto : L.recusalDeclared}
                          </Badge>{" "}
                          {r.expertName}：{r.reason}
                        </li>
                      ))}
                    </ul>
                  </Td>
                  <Td label={L.result}>
                    {a.result ? (
                      <Badge tone={a.result === "PASSED" ? "green" : "red"}>{labelOf(meetingResults, a.result)}</Badge>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td kind="actions">
                    <span className="flex flex-wrap gap-3">
                      {(meeting.isChair ||
                        (meeting.mySeat?.present &&
                          !mine &&
                          (meeting.status === "PANEL_DRAWN" || meeting.status === "VOTING"))) && (
                        <Link
                          href={ballotRoutes.application(meeting.id, a.applicationId)}
                          className="text-sm text-brand-700 hover:underline"
                        >
                          {L.read}
                        </Link>
                      )}
                      {editable && (
                        <Button
                          variant="link"
                          aria-label={`${L.unassign}：${a.applicantName}`}
                          onClick={() => unassign.mutate({ meetingId: meeting.id, applicationId: a.applicationId })}
                        >
                          {L.unassign}
                        </Button>
                      )}
                      {meeting.mySeat && meeting.status === "PANEL_DRAWN" && !mine && (
                        <Button variant="link" onClick={() => setRecusing(a.applicationId)}>
                          {L.declareRecusal}
                        </Button>
                      )}
                      {mine && <Badge tone="amber">{L.recused}</Badge>}
                    </span>
                    {recusing === a.applicationId && (
                      <RecusalForm
                        meetingId={meeting.id}
                        applicationId={a.applicationId}
                        after={after}
                        onDone={() => setRecusing(null)}
                      />
                    )}
                  </Td>
                </tr>
              );
            })}
          </TBody>
        </Table>
        {editable && <AssignForm meetingId={meeting.id} after={after} />}
      </div>
    </Panel>
  );
}

function AssignForm({ meetingId, after }: { meetingId: string; after: After }) {
  const assignable = api.committee.meetings.assignable.useQuery({ meetingId });
  const [chosen, setChosen] = useState<string[]>([]);
  const handlers = after();
  const assign = api.committee.meetings.assign.useMutation({
    ...handlers,
    onSuccess: async () => {
      setChosen([]);
      await handlers.onSuccess();
    },
  });
  const rows = assignable.data ?? [];
  return (
    <div className="space-y-2 rounded-md border border-dashed border-slate-300 p-3">
      <h3 className="text-sm font-medium text-slate-700">{L.assignTitle}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{L.assignEmpty}</p>
      ) : (
        <>
          <ul className="grid gap-1 sm:grid-cols-2">
            {rows.map((a) => (
              <li key={a.applicationId}>
                <Checkbox
                  label={`${a.applicantName} · ${a.unitName}`}
                  checked={chosen.includes(a.applicationId)}
                  onChange={(e) =>
                    setChosen((c) =>
                      e.target.checked ? [...c, a.applicationId] : c.filter((id) => id !== a.applicationId),
                    )
                  }
                />
              </li>
            ))}
          </ul>
          <Button
            size="sm"
            disabled={chosen.length === 0}
            pending={assign.isPending}
            onClick={() => assign.mutate({ meetingId, applicationIds: chosen })}
          >
            {L.assign}
          </Button>
        </>
      )}
    </div>
  );
}

function RecusalForm({
  meetingId,
  applicationId,
  after,
  onDone,
}: {
  meetingId: string;
  applicationId: string;
  after: After;
  onDone: () => void;
}) {
  const [reason, setReason] = useState("");
  const handlers = after(L.recused);
  const declare = api.committee.meetings.declareRecusal.useMutation({
    ...handlers,
    onSuccess: async () => {
      onDone();
      await handlers.onSuccess();
    },
  });
  return (
    <div className="mt-2 flex items-end gap-2">
      <Field id={`recusal-${applicationId}`} label={L.recusalReason} required>
        <TextInput
          {...controlProps(`recusal-${applicationId}`)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <Button
        size="sm"
        pending={declare.isPending}
        onClick={() => declare.mutate({ meetingId, applicationId, reason })}
      >
        {L.declareRecusal}
      </Button>
    </div>
  );
}

function DrawForm({ meeting, after }: { meeting: MeetingDetail; after: After }) {
  const [panelSize, setPanelSize] = useState("9");
  const [series, setSeries] = useState("");
  const [specialties, setSpecialties] = useState("");
  const handlers = after();
  const draw = api.committee.meetings.draw.useMutation(handlers);
  return (
    <Panel title={L.drawTitle} labelledBy="draw-title">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="draw-size" label={L.panelSize} required>
          <TextInput
            {...controlProps("draw-size")}
            type="number"
            min={1}
            value={panelSize}
            onChange={(e) => setPanelSize(e.target.value)}
          />
        </Field>
        <Field id="draw-series" label={L.drawSeries}>
          <Select {...controlProps("draw-series")} value={series} onChange={(e) => setSeries(e.target.value)}>
            <option value="">{L.anySeries}</option>
            {titleSeries.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="draw-specialties" label={L.drawSpecialties}>
          <TextInput
            {...controlProps("draw-specialties")}
            value={specialties}
            onChange={(e) => setSpecialties(e.target.value)}
          />
        </Field>
      </div>
      <div className="mt-4">
        <Button
          pending={draw.isPending}
          onClick={() =>
            draw.mutate({
              meetingId: meeting.id,
              panelSize: Number(panelSize),
              specialtySeries: series as never,
              specialties: specialties
                .split(/[,，、]/)
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        >
          {L.draw}
        </Button>
      </div>
    </Panel>
  );
}

function PanelSection({ meeting, after }: { meeting: MeetingDetail; after: After }) {
  const chairCanEdit = meeting.isChair && meeting.status === "PANEL_DRAWN";
  const mark = api.committee.meetings.markAttendance.useMutation(after());
  const [declining, setDeclining] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<string | null>(null);
  const handlers = after();
  const decline = api.committee.meetings.decline.useMutation({
    onError: handlers.onError,
    onSuccess: async (result) => {
      setDeclining(null);
      setReason("");
      setOutcome(result.drawn.length > 0 ? L.replaced(result.drawn.map((d) => d.name).join("、")) : L.noReplacement);
      await handlers.onSuccess();
    },
  });
  return (
    <Panel title={`${L.panelTitle}（${meeting.attendance.seated}）`} labelledBy="panel-title">
      <div className="space-y-3">
        {outcome && <Alert tone="success">{outcome}</Alert>}
        <Table label={L.panelTitle}>
          <THead>
            <Th className="w-16">{L.drawOrder}</Th>
            <Th>{L.name}</Th>
            <Th>{L.specialty}</Th>
            <Th>{L.currentTitle}</Th>
            <Th>{L.workUnit}</Th>
            <Th>{L.present}</Th>
            {chairCanEdit && <Th className="w-40">{L.actions}</Th>}
          </THead>
          <TBody>
            {meeting.panel.map((e) => (
              <tr key={e.id} className={e.status === "DECLINED" ? "bg-slate-50 text-slate-600" : "hover:bg-slate-50"}>
                <Td label={L.drawOrder} className="tabular-nums">
                  {e.drawOrder}
                </Td>
                <Td kind="title" className="font-medium">
                  {e.name}
                </Td>
                <Td label={L.specialty}>{e.specialty}</Td>
                <Td label={L.currentTitle}>{e.currentTitle}</Td>
                <Td label={L.workUnit}>{e.workUnitName}</Td>
                <Td label={L.present}>
                  {e.status === "DECLINED" ? (
                    <span title={e.declineReason ?? undefined}>
                      <Badge tone="gray">{L.declined}</Badge>
                    </span>
                  ) : chairCanEdit ? (
                    <Checkbox
                      label={L.present}
                      checked={e.present}
                      onChange={(event) =>
                        mark.mutate({ meetingId: meeting.id, meetingExpertId: e.id, present: event.target.checked })
                      }
                    />
                  ) : e.presentMarkedAt ? (
                    <Badge tone={e.present ? "green" : "red"}>{e.present ? L.present : L.absent}</Badge>
                  ) : (
                    <Badge tone="gray">{L.unmarked}</Badge>
                  )}
                </Td>
                {chairCanEdit && (
                  <Td kind="actions">
                    {e.status === "DRAWN" &&
                      (declining === e.id ? (
                        <span className="flex items-end gap-2">
                          <Field id={`decline-${e.id}`} label={L.declineReason} required>
                            <TextInput
                              {...controlProps(`decline-${e.id}`)}
                              value={reason}
                              onChange={(event) => setReason(event.target.value)}
                            />
                          </Field>
                          <Button
                            size="sm"
                            variant="danger"
                            pending={decline.isPending}
                            onClick={() => decline.mutate({ meetingId: meeting.id, meetingExpertId: e.id, reason })}
                          >
                            {L.decline}
                          </Button>
                        </span>
                      ) : (
                        <Button
                          variant="link"
                          aria-label={`${L.decline}：${e.name}`}
                          onClick={() => setDeclining(e.id)}
                        >
                          {L.decline}
                        </Button>
                      ))}
                  </Td>
                )}
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
    </Panel>
  );
}
