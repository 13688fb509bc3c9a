"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import { readServerError, SERVER_FAULT } from "@/components/ui/server-error";
import { publicityLabels as L } from "@/lib/publicity/labels";
import { api } from "@/trpc/react";

/** 提出异议 on one entry of the 公示 list: the text, then the confirmation or the refusal. */
export function ObjectionForm({
  publicityId,
  name,
  onDone,
}: {
  publicityId: string;
  name: string;
  onDone: () => void;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [filed, setFiled] = useState(false);
  const file = api.publicity.fileObjection.useMutation();
  const id = `objection-${publicityId}`;

  if (filed)
    return (
      <div className="space-y-2">
        <Alert tone="success">{L.filed}</Alert>
        <Button variant="secondary" size="sm" onClick={onDone}>
          {L.close}
        </Button>
      </div>
    );
  return (
    <form
      noValidate
      aria-label={`${L.fileObjection}：${name}`}
      className="space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        try {
          await file.mutateAsync({ publicityId, text });
          setFiled(true);
        } catch (failure) {
          const { fieldErrors, message } = readServerError(failure);
          setError(fieldErrors[0]?.[1] ?? message ?? SERVER_FAULT);
        }
      }}
    >
      <Field id={id} label={`${L.objectionText}（${name}）`} required hint={L.objectionHint} error={error ?? undefined}>
        <TextArea
          {...controlProps(id, error ?? undefined, true)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={4}
          maxLength={1000}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={file.isPending}>
          {L.submit}
        </Button>
        <Button variant="secondary" size="sm" onClick={onDone}>
          {L.cancel}
        </Button>
      </div>
    </form>
  );
}
