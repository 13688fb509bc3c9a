import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts } from "../../prisma/demo-data";
import { captchaAnswer } from "../../src/lib/captcha/captcha-answer";
import { E2E } from "./config";

export const demo = Object.fromEntries(
  demoAccounts.map((a) => [a.role ?? (a.boundToFirstUnit ? "BOUND_APPLICANT" : "APPLICANT"), a]),
) as Record<
  | "APPLICANT"
  | "BOUND_APPLICANT"
  | "UNIT_REVIEWER"
  | "DEPT_REVIEWER"
  | "COMMITTEE_MEMBER"
  | "COMMITTEE_CHAIR"
  | "ADMIN",
  (typeof demoAccounts)[number]
>;
export { DEMO_PASSWORD };

/** Reads the captcha a person would read off the image, through the provider's test hook. */
export async function solveCaptcha(page: Page): Promise<void> {
  const id = await page.locator('input[name="captcha_id"]').inputValue();
  const res = await page.request.get(`${E2E.idpUrl}/__test/captcha/${encodeURIComponent(id)}`);
  expect(res.ok()).toBe(true);
  const { text } = (await res.json()) as { text: string };
  await page.getByLabel("图形验证码").fill(text);
}

/** On the identity platform's 个人登录 panel: account, password, captcha, 登录. */
export async function submitPasswordLogin(page: Page, login: string, password: string): Promise<void> {
  await expect(page.getByText("个人登录").first()).toBeVisible();
  await page.getByLabel("账号").fill(login);
  await page.locator('input[name="password"]').fill(password);
  await solveCaptcha(page);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Signs in from the portal and waits for the personal hall (or `landing`). */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD, landing = "/hall"): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(landing)}`);
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await submitPasswordLogin(page, login, password);
  await page.waitForURL(`${E2E.appUrl}${landing}`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "安全退出" }).click();
  await page.waitForURL(`${E2E.appUrl}/?signedOut=1`);
}

/** 角色管理 (the admin already on it): finds the person by `name` and opens their 管理角色 panel. */
export async function openRolesOf(page: Page, name: string): Promise<void> {
  const search = page.getByPlaceholder("姓名、手机号或完整身份证号");
  await search.fill(name);
  await search.press("Enter");
  await page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: "管理角色" }).click();
}

/** Reads the 证书查询 captcha as a person reads the image: derived from its id with the app's secret. */
export async function solveLookupCaptcha(page: Page, answer?: string): Promise<void> {
  const image = page.getByRole("img", { name: "图形验证码，点击更换" });
  await expect(image).toBeVisible();
  const id = await image.getAttribute("data-captcha-id");
  if (!id) throw new Error("the captcha image names no captcha id");
  await page.getByLabel("图形验证码").fill(answer ?? (await captchaAnswer(E2E.nextAuthSecret, id)));
}
