import { expect, test } from "@playwright/test";
import { demo, signIn, signOut, solveLookupCaptcha } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

test("证书查询 opens from the portal without signing in; it refuses a wrong captcha and an unmatched number and name alike", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: /证书查询/ }).click();
  await page.waitForURL("**/certificates");
  await expect(page.getByRole("heading", { name: "证书查询" })).toBeVisible();

  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("请输入证书编号", { exact: true })).toBeVisible();
  await expect(page.getByText("请输入持证人姓名", { exact: true })).toBeVisible();

  await page.getByLabel("证书编号").fill("JLGC-2026-000001");
  await page.getByLabel("持证人姓名").fill("张明");
  await solveLookupCaptcha(page, "0000");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("验证码错误", { exact: true })).toBeVisible();

  await solveLookupCaptcha(page);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("未查询到与该证书编号和持证人姓名相符的证书，请核对后重新输入")).toBeVisible();
  await expect(page.getByRole("region", { name: "查询结果" })).toHaveCount(0);
  await page.screenshot({ path: shot("13-certificate-lookup-refused"), fullPage: true });

  await page.getByLabel("证书编号").fill("证书一号");
  await solveLookupCaptcha(page);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("证书编号格式不正确，应形如 JLGC-2026-000017", { exact: true })).toBeVisible();
});

test("the verification page says what is wrong with a broken link and publishes the signing keys", async ({ page }) => {
  await page.goto("/certificates/verify?n=JLGC-2026-000001");
  await expect(page.getByRole("heading", { name: "电子职称证书验证" })).toBeVisible();
  await expect(page.getByText(/验证链接不完整或格式错误/)).toBeVisible();
  await page.goto("/certificates/verify?n=JLGC-2026-999999&k=e2e-1&s=AAAA");
  await expect(page.getByText(/未找到该编号的证书/)).toBeVisible();
  await page.screenshot({ path: shot("13-certificate-verify-not-found"), fullPage: true });

  const keys = await (await page.request.get("/api/certificates/keys")).json();
  expect(keys.keys).toEqual([expect.objectContaining({ kid: "e2e-1", kty: "OKP", crv: "Ed25519", alg: "EdDSA" })]);
  expect(keys.keys[0]).not.toHaveProperty("d");
});

test("我的证书 is in the hall; the admin's 证书管理 lists certificates and the committee form shows its code", async ({
  page,
}) => {
  await signIn(page, demo.APPLICANT.mobile);
  await page.getByRole("link", { name: "我的证书" }).click();
  await page.waitForURL("**/hall/certificates");
  await expect(page.getByRole("heading", { name: "我的证书" })).toBeVisible();
  await expect(page.getByText("暂无证书")).toBeVisible();
  await signOut(page);

  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/certificates");
  await expect(page.getByRole("heading", { name: "证书管理" })).toBeVisible();
  await expect(page.getByRole("table", { name: "证书列表" })).toBeVisible();
  await page.getByLabel("搜索证书").fill("JLGC-2026");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("没有符合条件的证书。")).toBeVisible();
  await page.screenshot({ path: shot("13-admin-certificates"), fullPage: true });

  await page.goto("/admin/committees");
  const row = page.getByRole("row", { name: /吉林省工程系列高级职称评审委员会/ });
  await expect(row).toContainText("JLGC");
  await signOut(page);
});
