import { expect, type Locator, type Page } from "@playwright/test";

/** Shared by the 信息填报 specs: finding controls, the module navigator, saving, starting a draft. */

/** A control by its label text, which may end with the required mark (*). */
export function byLabel(scope: Page | Locator, label: string | RegExp): Locator {
  if (label instanceof RegExp) return scope.getByLabel(label);
  const escaped = label.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^\\s*${escaped}\\s*\\*?\\s*$`));
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
