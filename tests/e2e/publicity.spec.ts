import { expect, test } from "@playwright/test";
import { demoAccounts } from "../../prisma/demo-data";
import { demo, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const chair = demoAccounts.find((a) => a.role === "COMMITTEE_CHAIR");

test("the 公示 page opens without signing in and asks a visitor to sign in before objecting", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /评审结果公示/ }).click();
  await page.waitForURL("**/publicity");
  await expect(page.getByRole("heading", { name: "职称评审结果公示" })).toBeVisible();
  await expect(page.getByRole("table", { name: "公示名单" })).toBeVisible();
  await page.screenshot({ path: shot("78-publicity-public"), fullPage: true });
});

test("the 主任委员's 结果公布与公示 desk: meetings to publish, objections, 终审通过 now", async ({ page }) => {
  if (!chair) throw new Error("the demo data has no 主任委员");
  await signIn(page, chair.mobile, undefined, "/committee/publicity");
  await expect(page.getByRole("heading", { name: "结果公布与公示" })).toBeVisible();
  await page.getByRole("button", { name: "立即执行" }).click();
  await expect(page.getByRole("status")).toContainText(/终审通过/);
  await page.screenshot({ path: shot("78-chair-publicity-desk"), fullPage: true });
  await signOut(page);

  // A committee member who is not its chair gets the 403 page.
  await signIn(page, demo.COMMITTEE_MEMBER.mobile, undefined, "/committee");
  await page.goto("/committee/publicity");
  await expect(page.getByText(/没有权限|无权/).first()).toBeVisible();
});
