import { expect, type Locator, type Page } from "@playwright/test";
import { demoUnits } from "../../prisma/demo-data";
import { idCardCheckChar } from "../../src/lib/validation/id-card";
import { E2E } from "./config";
import { demo, signIn, signOut, solveCaptcha, submitPasswordLogin } from "./helpers";

/** Shared by the 信息填报 specs: finding controls, the module navigator, saving, starting a draft. */

/** `text` as it reads, inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A control by its label text, which may end with the required mark (*). */
export function byLabel(scope: Page | Locator, label: string | RegExp): Locator {
  if (label instanceof RegExp) return scope.getByLabel(label);
  return scope.getByLabel(new RegExp(`^\\s*${escapeRegExp(label)}\\s*\\*?\\s*$`));
}

export function navigator(page: Page): Locator {
  return page.getByRole("navigation", { name: "申报模块" });
}

/** 「保存」 of the visible single-record module, waiting for its confirmation. */
export async function saveSection(page: Page) {
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" }).first()).toBeVisible();
}

/**
 * On /hall/apply, signed in with an approved binding: 条件自检 → 确认并开始申报 → 申报 on the demo
 * notice. Returns the application page's address (without the module query).
 */
export async function startDemoApplication(page: Page): Promise<string> {
  await page.getByLabel("本人已阅读申报注意事项，确认符合申报条件").check();
  await page.getByRole("button", { name: "确认并开始申报" }).click();
  await page
    .getByRole("table", { name: "可申报的通知" })
    .getByRole("row", { name: /关于开展2026年度工程系列职称评审申报工作的通知/ })
    .getByRole("button", { name: "申报" })
    .click();
  await page.waitForURL("**/hall/applications/**");
  return page.url().split("?")[0];
}

const NEWCOMER_PASSWORD = "Attach#2026";

/**
 * A newcomer born on `birthDate` (YYYYMMDD) registers, asks to bind to the first demo unit, the
 * unit approves, the draft starts. Returns the application page's address.
 */
export async function startApplicationAsNewcomer(page: Page, name: string, birthDate = "19850304"): Promise<string> {
  const stamp = String(Date.now() % 1000).padStart(3, "0");
  const first17 = `220102${birthDate}${stamp}`;
  const idCard = first17 + idCardCheckChar(first17);
  const unit = demoUnits[0];

  await page.goto(`/login?callbackUrl=${encodeURIComponent("/hall/binding")}`);
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await page.getByRole("link", { name: "没有账号？立即注册" }).click();
  await page.getByLabel("姓名").fill(name);
  await page.getByLabel("身份证号").fill(idCard);
  await page.getByLabel("手机号").fill(`139${birthDate.slice(4)}${stamp}0`);
  await page.locator('input[name="password"]').fill(NEWCOMER_PASSWORD);
  await page.locator('input[name="confirm"]').fill(NEWCOMER_PASSWORD);
  await solveCaptcha(page);
  await page.getByRole("button", { name: "注册" }).click();
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  await submitPasswordLogin(page, idCard, NEWCOMER_PASSWORD);
  await page.waitForURL(`${E2E.appUrl}/hall/binding`);

  await page.getByLabel("统一社会信用代码").fill(unit.creditCode);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await page.getByRole("button", { name: "绑定", exact: true }).click();
  await expect(page.getByText("已提交绑定申请，等待单位审核")).toBeVisible();
  await signOut(page);

  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page
    .getByRole("table", { name: "绑定申请列表" })
    .getByRole("button", { name: `通过：${name}` })
    .click();
  await expect(page.getByText(`已通过「${name}」的绑定申请`)).toBeVisible();
  await signOut(page);

  await signIn(page, idCard, NEWCOMER_PASSWORD, "/hall/apply");
  return startDemoApplication(page);
}
