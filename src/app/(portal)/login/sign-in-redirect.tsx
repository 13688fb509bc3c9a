"use client";

import { signIn } from "next-auth/react";
import { useEffect } from "react";

const PROVIDER = "sso";

export function SignInRedirect({
  callbackUrl,
  auto,
  message,
}: {
  callbackUrl: string;
  auto: boolean;
  message: string | null;
}) {
  useEffect(() => {
    if (auto) void signIn(PROVIDER, { callbackUrl });
  }, [auto, callbackUrl]);
  return (
    <div className="mt-4 space-y-4">
      {message ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {message}
        </p>
      ) : (
        <p className="text-slate-600">正在跳转至统一身份认证平台…</p>
      )}
      <button
        type="button"
        onClick={() => void signIn(PROVIDER, { callbackUrl })}
        className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
      >
        前往统一身份认证平台登录
      </button>
    </div>
  );
}
