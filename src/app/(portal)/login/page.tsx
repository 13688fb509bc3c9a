import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/safe-callback";
import { getCurrentUser } from "@/server/auth/current-user";
import { SignInRedirect } from "./sign-in-redirect";

const errorMessages: Record<string, string> = {
  AccountConflict: "该身份证号已绑定其他账号，请联系系统管理员。",
  OAuthSignin: "无法连接统一身份认证平台，请稍后重试。",
  OAuthCallback: "统一身份认证平台返回的登录结果无效，请重新登录。",
  AccessDenied: "登录被拒绝。",
};

/** 个人账号登录入口: hands the browser to the unified identity platform. */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const message = error ? (errorMessages[error] ?? "登录失败，请重新登录。") : null;
  return (
    <div className="mx-auto mt-16 max-w-md rounded-lg border bg-white p-8 text-center shadow-sm">
      <h1 className="text-xl font-semibold">个人账号登录</h1>
      <SignInRedirect callbackUrl={target} auto={!message} message={message} />
    </div>
  );
}
