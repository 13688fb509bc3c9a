/** Outcomes announced on the login page after a redirect (`?notice=<key>`). */
export const NOTICES = {
  // The same words whether or not an account was created, so registration never tells whether a
  // 身份证号 or mobile is taken; the owner of a taken one gets an SMS instead.
  registered:
    "注册信息已提交。如该身份证号和手机号此前均未注册，账号已开通，请登录；如已注册，原账号绑定的手机将收到提醒短信，请直接登录或通过「忘记密码」找回。",
  reset: "密码已重置，请使用新密码登录",
} as const;

/** The notice a `?notice=` value names, if it names one. */
export function noticeFor(key: string): string | undefined {
  return Object.hasOwn(NOTICES, key) ? NOTICES[key as keyof typeof NOTICES] : undefined;
}
