"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { readServerError } from "@/components/ui/server-error";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { meetingStatuses } from "@/lib/committee/meeting";
import { formatDate } from "@/lib/datetime";
import { labelOf } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { committeeLabels as L } from "./labels";

/** 评审会议 of the caller: those of the committees they chair, and those whose panel they sit on. */
export function MeetingsPanel({ isChair }: { isChair: boolean }) {
  const meetings = api.committee.meetings.list.useQuery();
  const [creating, setCreating] = useState(false);
  return (
    <Card title={L.meetingsTitle}>
      <div className="space-y-4">
        {isChair && !creating && <Button onClick={() => setCreating(true)}>{L.newMeeting}</Button>}
        {creating && <NewMeetingForm onCancel={() => setCreating(false)} />}
        <Table label={L.meetingsTitle}>
          <THead>
            <Th>{L.meetingName}</Th>
            <Th>{L.meetingDate}</Th>
            <Th>{L.meetingPlace}</Th>
            <Th>{L.notice}</Th>
            <Th className="text-right">{L.applications}</Th>
            <Th>{L.status}</Th>
          </THead>
          <TBody>
            {meetings.isPending && <TableMessage colSpan={6}>{L.loading}</TableMessage>}
            {meetings.data?.length === 0 && <TableMessage colSpan={6}>{L.meetingsEmpty}</TableMessage>}
            {meetings.data?.map((m) => (
              <tr key={m.id} className="hover:bg-slate-50">
                <Td kind="title" className="font-medium">
                  <Link href={`/committee/meetings/${m.id}`} className="text-brand-700 hover:underline">
                    {m.name}
                  </Link>
                  <span className="ml-2">
                    <Badge tone={m.isChair ? "blue" : "gray"}>{m.isChair ? L.chair : L.member}</Badge>
                  </span>
                </Td>
                <Td label={L.meetingDate} className="tabular-nums">
                  {formatDate(m.date)}
                </Td>
                <Td label={L.meetingPlace}>{m.place}</Td>
                <Td label={L.notice}>{m.noticeTitle}</Td>
                <Td label={L.applications} className="text-right tabular-nums">
                  {m.applicationCount}
                </Td>
                <Td label={L.status}>
                  <Badge tone="blue">{labelOf(meetingStatuses, m.status)}</Badge>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
    </Card>
  );
}

function NewMeetingForm({ onCancel }: { onCancel: () => void }) {
  const notices = api.committee.meetings.notices.useQuery();
  const router = useRouter();
  const [values, setValues] = useState({ noticeId: "", name: "", date: "", place: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const create = api.committee.meetings.create.useMutation({
    onSuccess: (meeting) => router.push(`/committee/meetings/${meeting.id}`),
    onError: (error) => {
      const refused = readServerError(error);
      setErrors(Object.fromEntries(refused.fieldErrors));
      setMessage(refused.fieldErrors.length > 0 ? null : refused.message);
    },
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    const notice = notices.data?.find((n) => n.id === values.noticeId);
    create.mutate({ ...values, committeeId: notice?.committeeId ?? "" });
  };
  const error = (key: string) => errors[key] ?? (key === "noticeId" ? errors.committeeId : undefined);
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-md border border-slate-200 p-4">
      {message && <Alert tone="error">{message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="meeting-notice" label={L.notice} required error={error("noticeId")}>
          <Select
            {...controlProps("meeting-notice", error("noticeId"))}
            value={values.noticeId}
            onChange={set("noticeId")}
          >
            <option value="">{L.chooseNotice}</option>
            {notices.data?.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}（{n.committee.name}）
              </option>
            ))}
          </Select>
        </Field>
        <Field id="meeting-name" label={L.meetingName} required error={errors.name}>
          <TextInput {...controlProps("meeting-name", errors.name)} value={values.name} onChange={set("name")} />
        </Field>
        <Field id="meeting-date" label={L.meetingDate} required error={errors.date}>
          <TextInput
            {...controlProps("meeting-date", errors.date)}
            type="date"
            value={values.date}
            onChange={set("date")}
          />
        </Field>
        <Field id="meeting-place" label={L.meetingPlace} required error={errors.place}>
          <TextInput {...controlProps("meeting-place", errors.place)} value={values.place} onChange={set("place")} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" pending={create.isPending}>
          {L.create}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {L.cancel}
        </Button>
      </div>
    </form>
  );
}
