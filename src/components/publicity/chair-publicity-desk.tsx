"use client";

import { useState } from "react";
import { Card } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import { actionErrorMessage } from "@/components/ui/server-error";
import { formatDate, formatDateTime } from "@/lib/datetime";
import { publicityLabels as L, objectionStatusLabels } from "@/lib/publicity/labels";
import { api, type RouterOutputs } from "@/trpc/react";

type Desk = RouterOutputs["publicity"]["desk"];
type Objection = Desk["entries"][number]["objections"][number];

/** 记录核查结论 on one pending objection: the finding, then 成立 or 不成立. */
function FindingForm({ objection, onDecided }: { objection: Objection; onDecided: (message: string) => void }) {
  const [finding, setFinding] = useState("");
  const [error, setError] = useState<string | null>(null);
  const decide = api.publicity.decideObjection.useMutation();
  const id = `finding-${objection.id}`;
  const submit = async (upheld: boolean) => {
    setError(null);
    try {
      await decide.mutateAsync({ objectionId: objection.id, upheld, finding });
      onDecided(`${L.decide}：${upheld ? L.uphold : L.reject}`);
    } catch (failure) {
      setError(actionErrorMessage(failure));
    }
  };
  return (
    <div className="space-y-2">
      <Field id={id} label={L.finding} required error={error ?? undefined}>
        <TextArea
          {...controlProps(id, error ?? undefined, true)}
          value={finding}
          onChange={(e) => setFinding(e.target.value)}
          rows={2}
          maxLength={500}
        />
      </Field>
      <div className="flex gap-2">
        <Button size="sm" variant="danger" pending={decide.isPending} onClick={() => submit(true)}>
          {L.uphold}
        </Button>
        <Button size="sm" variant="secondary" pending={decide.isPending} onClick={() => submit(false)}>
          {L.reject}
        </Button>
      </div>
    </div>
  );
}

/**
 * The 主任委员's 公示 desk: publish closed meetings, settle objections, and run 终审通过 for the
 * periods that have ended (the scheduled job does the same every hour).
 */
export function ChairPublicityDesk() {
  const desk = api.publicity.desk.useQuery();
  const utils = api.useUtils();
  const [flash, setFlash] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const publish = api.publicity.publish.useMutation();
  const approve = api.publicity.approveNow.useMutation();
  const done = async (text: string) => {
    setFlash({ tone: "success", text });
    await utils.publicity.invalidate();
  };
  const failed = (error: unknown) => setFlash({ tone: "error", text: actionErrorMessage(error) });

  return (
    <div className="space-y-6">
      {flash && <Alert tone={flash.tone}>{flash.text}</Alert>}
      <Card title={L.publish}>
        {desk.data?.meetings.length ? (
          <ul className="divide-y">
            {desk.data.meetings.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <span className="font-medium">{m.name}</span>
                  <span className="ml-2 text-sm text-slate-500">
                    {formatDate(m.date)} · 通过 {m.passed} · 未通过 {m.failed}
                  </span>
                </span>
                <Button
                  size="sm"
                  aria-label={`${L.publish}：${m.name}`}
                  pending={publish.isPending}
                  onClick={() =>
                    publish
                      .mutateAsync({ meetingId: m.id })
                      .then((r) => done(`${L.published(r.passed, r.failed)}（${L.period}至${formatDate(r.endsOn)}）`))
                      .catch(failed)
                  }
                >
                  {L.publish}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{L.noMeetingsToPublish}</p>
        )}
      </Card>

      <Card title={L.objections}>
        <p className="mb-3 text-sm text-slate-500">{L.objectionsIntro}</p>
        {desk.data?.entries.length ? (
          <ul className="space-y-4">
            {desk.data.entries.map((e) => (
              <li key={e.id} className="rounded-md border p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-medium">
                    {e.applicantName} · {e.unitName} · {e.appliedTitle}
                  </span>
                  <span className="text-sm tabular-nums text-slate-500">
                    {e.meetingName} · {L.period} {L.periodRange(formatDate(e.startsOn), formatDate(e.endsOn))}
                  </span>
                </div>
                {e.objections.length === 0 ? (
                  <p className="mt-2 text-sm text-slate-500">{L.noObjections}</p>
                ) : (
                  <ul className="mt-2 space-y-3">
                    {e.objections.map((o) => (
                      <li key={o.id} className="rounded bg-slate-50 p-3 text-sm">
                        <div className="flex flex-wrap items-center gap-2 text-slate-500">
                          <Badge tone={o.status === "PENDING" ? "amber" : o.status === "UPHELD" ? "red" : "gray"}>
                            {objectionStatusLabels[o.status]}
                          </Badge>
                          <span>
                            {L.objectionFiledBy}：{o.filedByName} · {formatDateTime(o.filedAt)}
                          </span>
                        </div>
                        <p className="mt-1 whitespace-pre-wrap text-slate-800">{o.text}</p>
                        {o.finding && (
                          <p className="mt-1 text-slate-600">
                            {L.finding}：{o.finding}
                          </p>
                        )}
                        {o.status === "PENDING" && (
                          <div className="mt-2">
                            <FindingForm objection={o} onDecided={done} />
                          </div>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{L.nothingInPublicity}</p>
        )}
      </Card>

      <Card title={L.approvalTitle}>
        <p className="mb-3 text-sm text-slate-500">{L.approvalIntro}</p>
        <Button
          pending={approve.isPending}
          onClick={() =>
            approve
              .mutateAsync()
              .then((r) => done(L.approvalDone(r.approved)))
              .catch(failed)
          }
        >
          {L.runApproval}
        </Button>
      </Card>
    </div>
  );
}
