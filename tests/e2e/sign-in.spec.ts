import { expect, test } from "@playwright/test";
import { idCardCheckChar } from "../../src/lib/validation/id-card";
import { atBothWidths } from "./a11y";
import { E2E } from "./config";
import { DEMO_PASSWORD, demo, signIn, signOut, solveCaptcha, submitPasswordLogin } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

test("a newcomer registers on the identity platform, signs in with the captcha, lands in the hall and signs out", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "网上办事大厅" })).toBeVisible();
  await page.screenshot({ path: shot("01-portal"), fullPage: true });

  await page.getByRole("link", { name: "个人账号登录入口" }).first().click();
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await page.screenshot({ path: shot("02-idp-login"), fullPage: true });

  await page.getByRole("link", { name: "没有账号？立即注册" }).click();
  const first17 = `2201021992061${String(Date.now() % 10_000).padStart(4, "0")}`;
  const idCard = first17 + idCardCheckChar(first17);
  await page.getByLabel("姓名").fill("孙新");
  await page.getByLabel("身份证号").fill(`${first17}${idCardCheckChar(first17) === "0" ? "1" : "0"}`);
  await page.getByLabel("手机号").fill("13911112222");
  await page.locator('input[name="password"]').fill("weakpass");
  await page.locator('input[name="confirm"]').fill("weakpass");
  await solveCaptcha(page);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByText("身份证号校验位不正确")).toBeVisible();
  await expect(page.getByText(/密码至少8位/).first()).toBeVisible();
  await page.screenshot({ path: shot("03-register-errors"), fullPage: true });
  await atBothWidths(page, "统一身份认证-注册-校验提示");

  await page.getByLabel("身份证号").fill(idCard);
  await page.locator('input[name="password"]').fill("Newcomer#2026");
  await page.locator('input[name="confirm"]').fill("Newcomer#2026");
  await solveCaptcha(page);
  await page.getByRole("button", { name: "注册" }).click();

  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await expect(page.getByLabel("账号")).toHaveValue(idCard);
  await page.locator('input[name="password"]').fill("Newcomer#2026");
  await page.getByLabel("图形验证码").fill("WRONG");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByText("验证码错误")).toBeVisible();

  // An account nobody registered gets the same answer as a wrong password.
  await submitPasswordLogin(page, "13999990000", "Newcomer#2026");
  await expect(page.getByRole("alert")).toHaveText("账号或密码错误");
  await page.screenshot({ path: shot("03b-idp-login-error"), fullPage: true });
  await atBothWidths(page, "统一身份认证-登录-账号或密码错误");

  await submitPasswordLogin(page, idCard, "Newcomer#2026");
  await page.waitForURL(`${E2E.appUrl}/hall`);
  await expect(page.getByTestId("account-name")).toHaveText("孙新");
  await expect(page.getByRole("heading", { name: "个人网厅" })).toBeVisible();
  await expect(page.getByText("关于开展2026年度工程系列职称评审申报工作的通知")).toBeVisible();
  await page.screenshot({ path: shot("04-hall"), fullPage: true });

  const cookies = await page.context().cookies(E2E.appUrl);
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60 * 1000 + 5000);

  await signOut(page);
  await expect(page.getByText("您已安全退出")).toBeVisible();
  await expect(page.getByRole("link", { name: "个人账号登录入口" }).first()).toBeVisible();
  await page.screenshot({ path: shot("05-signed-out"), fullPage: true });

  // The identity platform's session ended too: going back asks for the password again.
  await page.goto("/hall");
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await expect(page.getByLabel("账号")).toBeVisible();
});

test("忘记密码 on the identity platform asks for the mobile number and an SMS code", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fhall");
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await page.getByRole("link", { name: "忘记密码" }).click();
  await expect(page.getByRole("button", { name: "获取短信验证码" })).toBeVisible();
  await atBothWidths(page, "统一身份认证-忘记密码");
});

test("QR sign-in: confirming on a second device signs the first browser in", async ({ page, browser }) => {
  await page.goto("/login?callbackUrl=%2Fhall");
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await page.locator('label[for="tab-qr"]').click();
  const qr = page.locator("#qr");
  await expect(qr.locator("svg")).toBeVisible();
  const token = await qr.getAttribute("data-qr-token");
  expect(token).toBeTruthy();
  await page.screenshot({ path: shot("06-qr"), fullPage: true });
  await atBothWidths(page, "统一身份认证-扫码登录");

  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await phonePage.goto(`${E2E.idpUrl}/qr/${token}`);
  await expect(phonePage.getByText("扫码登录确认").first()).toBeVisible();
  // The phone is told which browser asks, when and from where, before anyone types a password.
  await expect(phonePage.locator(".requester")).toContainText("Chrome");
  await expect(phonePage.locator(".requester")).toContainText("本机");
  await atBothWidths(phonePage, "统一身份认证-扫码登录确认");
  await phonePage.getByLabel("账号").fill(demo.APPLICANT.mobile);
  await phonePage.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await solveCaptcha(phonePage);
  await phonePage.screenshot({ path: shot("06b-qr-confirm"), fullPage: true });
  await phonePage.getByRole("button", { name: "确认登录" }).click();
  await phone.close();

  await page.waitForURL(`${E2E.appUrl}/hall`, { timeout: 15_000 });
  await expect(page.getByTestId("account-name")).toHaveText(demo.APPLICANT.name);
});

test("the session survives activity and a signed-in applicant cannot reach role workspaces", async ({ page }) => {
  await signIn(page, demo.APPLICANT.idCardNumber);
  // A review page too, whatever the id: the role comes before the application.
  const anyId = "00000000-0000-4000-8000-000000000000";
  for (const path of [
    "/admin",
    "/unit",
    "/dept",
    "/committee",
    `/unit/applications/${anyId}`,
    `/dept/applications/${anyId}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  }
  await page.screenshot({ path: shot("07-forbidden"), fullPage: true });
  const res = await page.request.get("/api/trpc/workspace.unit");
  expect(res.status()).toBe(403);
});

test("安全退出 ends the session on the server: a copy of the session cookie stops working at once", async ({
  page,
  browser,
}) => {
  await signIn(page, demo.APPLICANT.idCardNumber);
  const session = (await page.context().cookies(E2E.appUrl)).find((c) => c.name === "next-auth.session-token");
  expect(session).toBeDefined();

  const copy = await browser.newContext();
  await copy.addCookies([{ name: session!.name, value: session!.value, url: E2E.appUrl }]);
  const other = await copy.newPage();
  await other.goto("/hall");
  await expect(other.getByTestId("account-name")).toHaveText(demo.APPLICANT.name);

  await signOut(page);

  const api = await other.request.get("/api/trpc/workspace.unit");
  expect(api.status()).toBe(401);
  await other.goto("/hall");
  await other.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await expect(other.getByLabel("账号")).toBeVisible();
  await copy.close();
});

test("the sign-in link never leads off the site, and hostile callback URLs do not break the page", async ({
  page,
  request,
}) => {
  for (const callbackUrl of ["/%0B/x", "/%09/evil.example/phish", "%2F%2Fevil", "/hall&callbackUrl=//evil.example"]) {
    const res = await request.get(`/login?callbackUrl=${callbackUrl}`);
    expect(res.status(), callbackUrl).toBe(200);
    expect(await res.text()).toContain("个人账号登录");
  }

  await signIn(page, demo.APPLICANT.idCardNumber);
  for (const callbackUrl of ["/%09/evil.example/phish", "/%09%5Cevil.example", "//evil.example", "/%0B/x"]) {
    const res = await page.goto(`/login?callbackUrl=${callbackUrl}`);
    expect(res?.status(), callbackUrl).toBe(200);
    expect(page.url(), callbackUrl).toBe(`${E2E.appUrl}/hall`);
  }
  await page.goto("/login?callbackUrl=%2Fadmin%2Funits%3Fpage%3D2");
  expect(new URL(page.url()).pathname).toBe("/admin/units");
});

test("signed-out visitors are sent to sign in, and come back to the page they asked for", async ({ page }) => {
  await page.goto("/dept");
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await submitPasswordLogin(page, demo.DEPT_REVIEWER.mobile, DEMO_PASSWORD);
  await page.waitForURL(`${E2E.appUrl}/dept`);
  await expect(page.getByRole("heading", { name: "部门工作台" })).toBeVisible();
  // The department's own notice list, not the review queue above it: the queue loads after the page and may
  // also list applications to that notice, depending on what the specs before this one passed to the department.
  const notices = page.locator("section").filter({ has: page.getByRole("heading", { name: /所属单位/ }) });
  await expect(notices.getByRole("cell", { name: "关于开展2026年度工程系列职称评审申报工作的通知" })).toBeVisible();
});
