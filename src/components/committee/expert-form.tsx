"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import { readServerError } from "@/components/ui/server-error";
import type { ExpertView } from "@/lib/committee/views";
import { type TitleSeriesCode, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { committeeLabels as L } from "./labels";

type Values = {
  userId: string;
  specialtySeries: TitleSeriesCode;
  specialty: string;
  currentTitle: string;
  workUnitId: string;
  workUnitName: string;
  termStart: string;
  termEnd: string;
};

const initialOf = (expert: ExpertView | null): Values => ({
  userId: expert?.userId ?? "",
  specialtySeries: expert?.specialtySeries ?? "ENGINEERING",
  specialty: expert?.specialty ?? "",
  currentTitle: expert?.currentTitle ?? "",
  workUnitId: expert?.workUnitId ?? "",
  workUnitName: expert?.workUnitId ? "" : (expert?.workUnitName ?? ""),
  termStart: expert?.termStart ?? "",
  termEnd: expert?.termEnd ?? "",
});

/** 新增专家 (a member of the committee not in the pool yet) or 修改专家. */
export function ExpertForm({
  committeeId,
  expert,
  onDone,
}: {
  committeeId: string;
  expert: ExpertView | null;
  onDone: () => void;
}) {
  const [values, setValues] = useState<Values>(() => initialOf(expert));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const candidates = api.committee.pool.candidates.useQuery({ committeeId }, { enabled: !expert });
  const units = api.committee.pool.units.useQuery();
  const utils = api.useUtils();
  const onError = (error: unknown) => {
    const refused = readServerError(error);
    setErrors(Object.fromEntries(refused.fieldErrors));
    setMessage(refused.fieldErrors.length > 0 ? null : refused.message);
  };
  const onSuccess = async () => {
    await Promise.all([utils.committee.pool.list.invalidate(), utils.committee.pool.committees.invalidate()]);
    onDone();
  };
  const create = api.committee.pool.create.useMutation({ onSuccess, onError });
  const update = api.committee.pool.update.useMutation({ onSuccess, onError });
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    setMessage(null);
    const { userId, ...fields } = values;
    if (expert) update.mutate({ expertId: expert.id, ...fields });
    else create.mutate({ committeeId, userId, ...fields });
  };
  const field = (key: keyof Values, label: string, control: React.ReactNode, required = true, hint?: string) => (
    <Field id={`expert-${key}`} label={label} required={required} error={errors[key]} hint={hint}>
      {control}
    </Field>
  );
  const input = (key: keyof Values, type = "text") => (
    <TextInput {...controlProps(`expert-${key}`, errors[key])} type={type} value={values[key]} onChange={set(key)} />
  );

  return (
    <Panel title={expert ? `${L.editExpert}：${expert.name}` : L.addExpert} labelledBy="expert-form-title">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {message && <Alert tone="error">{message}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {!expert &&
            field(
              "userId",
              L.person,
              <Select {...controlProps("expert-userId", errors.userId)} value={values.userId} onChange={set("userId")}>
                <option value="">{L.choosePerson}</option>
                {candidates.data?.map((c) => (
                  <option key={c.userId} value={c.userId}>
                    {c.name}
                  </option>
                ))}
              </Select>,
              true,
              candidates.data?.length === 0 ? L.noCandidates : undefined,
            )}
          {field(
            "specialtySeries",
            L.series,
            <Select
              {...controlProps("expert-specialtySeries", errors.specialtySeries)}
              value={values.specialtySeries}
              onChange={set("specialtySeries")}
            >
              {titleSeries.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.label}
                </option>
              ))}
            </Select>,
          )}
          {field("specialty", L.specialty, input("specialty"))}
          {field("currentTitle", L.currentTitle, input("currentTitle"))}
          {field(
            "workUnitId",
            L.workUnitPick,
            <Select
              {...controlProps("expert-workUnitId", errors.workUnitId)}
              value={values.workUnitId}
              onChange={set("workUnitId")}
            >
              <option value="">{L.workUnitNone}</option>
              {units.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>,
            false,
          )}
          {field("workUnitName", L.workUnitName, input("workUnitName"), !values.workUnitId, L.workUnitNameHint)}
          {field("termStart", L.termStart, input("termStart", "date"))}
          {field("termEnd", L.termEnd, input("termEnd", "date"))}
        </div>
        <div className="flex gap-2">
          <Button type="submit" pending={create.isPending || update.isPending}>
            {L.save}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {L.cancel}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
