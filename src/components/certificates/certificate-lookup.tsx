"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { readServerError } from "@/components/ui/server-error";
import { certificateFieldLabels as F, certificatePageLabels as L } from "@/lib/certificates/labels";
import { certificateMessages as m } from "@/lib/certificates/messages";
import { api } from "@/trpc/react";
import { CertificateDetails } from "./certificate-details";

type Errors = Partial<Record<"number" | "holderName" | "captcha", string>>;

const summaryFields = [
  { name: "number", id: "lookup-number", label: F.number },
  { name: "holderName", id: "lookup-name", label: F.holderName },
  { name: "captcha", id: "lookup-captcha", label: L.captcha },
];

/**
 * 证书查询: number, holder name and captcha. A miss is one sentence above the form — it never says
 * which of the two did not match. Missing or malformed fields are listed in the error summary,
 * which takes focus. Every submission uses the captcha up, so a new one is shown.
 */
export function CertificateLookup() {
  const captcha = api.certificate.captcha.useMutation();
  const lookup = api.certificate.lookup.useMutation();
  const [values, setValues] = useState({ number: "", holderName: "", captcha: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { summary, show } = useErrorSummary(summaryFields);
  const newCaptcha = captcha.mutate;
  useEffect(() => newCaptcha(), [newCaptcha]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Errors = {
      ...(values.number.trim() ? {} : { number: m.numberRequired }),
      ...(values.holderName.trim() ? {} : { holderName: m.nameRequired }),
      ...(values.captcha.trim() ? {} : { captcha: m.captchaRequired }),
    };
    setErrors(missing);
    show(Object.entries(missing));
    setNotice(null);
    lookup.reset();
    if (Object.keys(missing).length > 0 || !captcha.data) return;
    try {
      await lookup.mutateAsync({ ...values, captchaId: captcha.data.captchaId });
    } catch (error) {
      const refused = readServerError(error);
      if (refused.code === "NOT_FOUND" || refused.code === "TOO_MANY_REQUESTS") setNotice(refused.message);
      else {
        const fields = Object.fromEntries(refused.fieldErrors) as Errors;
        setErrors(fields);
        show(refused.fieldErrors);
        if (Object.keys(fields).length === 0) setNotice(refused.message);
      }
    } finally {
      setValues((v) => ({ ...v, captcha: "" }));
      newCaptcha();
    }
  };

  const input = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border bg-white p-5 shadow-sm">
        <ErrorSummary {...summary} action={L.summaryAction} />
        {notice && <Alert tone="error">{notice}</Alert>}
        <Field id="lookup-number" label={F.number} required error={errors.number}>
          <TextInput
            {...controlProps("lookup-number", errors.number, true)}
            {...input("number")}
            placeholder="如 JLGC-2026-000017"
            autoComplete="off"
          />
        </Field>
        <Field id="lookup-name" label={F.holderName} required error={errors.holderName}>
          <TextInput
            {...controlProps("lookup-name", errors.holderName, true)}
            {...input("holderName")}
            autoComplete="off"
          />
        </Field>
        <Field id="lookup-captcha" label={L.captcha} required error={errors.captcha}>
          <div className="flex items-center gap-3">
            <TextInput
              {...controlProps("lookup-captcha", errors.captcha, true)}
              {...input("captcha")}
              className="w-40"
              maxLength={6}
              placeholder={L.captchaPlaceholder}
              autoComplete="off"
            />
            <button
              type="button"
              onClick={() => newCaptcha()}
              className="h-10 w-[120px] rounded border border-slate-200 bg-slate-50"
              title={L.captchaRefresh}
            >
              {captcha.data && (
                <img
                  src={captcha.data.image}
                  alt={L.captchaImage}
                  width={120}
                  height={40}
                  data-captcha-id={captcha.data.captchaId}
                />
              )}
            </button>
          </div>
        </Field>
        <Button type="submit" pending={lookup.isPending} disabled={!captcha.data}>
          {L.lookupSubmit}
        </Button>
      </form>
      {lookup.data && (
        <section aria-labelledby="lookup-result" className="rounded-lg border bg-white p-5 shadow-sm">
          <h2 id="lookup-result" className="mb-3 font-semibold text-slate-900">
            {L.lookupResult}
          </h2>
          <CertificateDetails certificate={lookup.data.certificate} />
          <p className={`mt-4 text-sm ${lookup.data.signature === "valid" ? "text-green-700" : "text-red-700"}`}>
            {lookup.data.signature === "valid" ? L.storedSignature : L.storedSignatureBroken}
          </p>
        </section>
      )}
    </div>
  );
}
