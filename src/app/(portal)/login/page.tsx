import { redirect } from "next/navigation";
import { env } from "@/env";
import { safeCallbackPath } from "@/lib/safe-callback";
import { getCurrentUser } from "@/server/auth/current-user";
import { signInErrorMessage } from "./messages";
import { SignInRedirect } from "./sign-in-redirect";

type Query = Record<string, string | string[] | undefined>;

/** next-auth hands back absolute URLs of this app; the rest of the check is the same as for paths. */
function callbackPath(value: Query[string]): string {
  const origin = new URL(env().APP_URL).origin;
  const path = typeof value === "string" && value.startsWith(`${origin}/`) ? value.slice(origin.length) : value;
  return safeCallbackPath(path);
}

/** 个人账号登录入口: hands the browser to the unified identity platform. Renders for any query string. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<Query> }) {
  const { callbackUrl, error, claim } = await searchParams;
  const target = callbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const message = signInErrorMessage(error, claim);
  return (
    <div className="mx-auto mt-16 max-w-md rounded-lg border bg-white p-8 text-center shadow-sm">
      <h1 className="text-xl font-semibold">个人账号登录</h1>
      <SignInRedirect callbackUrl={target} auto={!message} message={message} />
    </div>
  );
}
