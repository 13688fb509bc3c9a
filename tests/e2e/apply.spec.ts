import { expect, test } from "@playwright/test";
import { demoUnits } from "../../prisma/demo-data";
import { creditCodeCheckChar } from "../../src/lib/validation/credit-code";
import { atBothWidths } from "./a11y";
import { demo, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const unit = demoUnits[0];

test("an applicant binds to a unit, the unit approves, and the applicant starts an application", async ({ page }) => {
  const applicant = demo.APPLICANT;
  await signIn(page, applicant.mobile);

  // Without a bound unit the application cannot start.
  await page.getByRole("link", { name: "职称评审申报" }).first().click();
  await page.waitForURL("**/hall/apply");
  await expect(page.getByRole("button", { name: "确认并开始申报" })).toBeDisabled();
  await page.getByRole("link", { name: "去绑定" }).first().click();
  await page.waitForURL("**/hall/binding");

  // 个人绑定单位: only the credit code, 查询, 绑定.
  const code = page.getByLabel("统一社会信用代码");
  await code.fill(`${unit.creditCode.slice(0, 17)}0`);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.locator("#binding-credit-code-error")).toContainText("校验位不正确");
  const unregistered = "91220101MA17X9999";
  await code.fill(unregistered + creditCodeCheckChar(unregistered));
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.locator("#binding-credit-code-error")).toContainText("未找到");
  await code.fill(unit.creditCode.toLowerCase());
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.getByTestId("found-unit")).toContainText(unit.name);
  await expect(page.getByTestId("found-unit")).toContainText("吉林省工业和信息化厅");
  await page.getByRole("button", { name: "绑定", exact: true }).click();
  await expect(page.getByText("已提交绑定申请，等待单位审核")).toBeVisible();
  await expect(page.getByTestId("current-binding")).toContainText("待审核");
  await page.screenshot({ path: shot("20-binding-pending"), fullPage: true });
  await atBothWidths(page, "单位绑定-待审核");
  await signOut(page);

  // The unit's reviewer approves the request in 单位工作台.
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  const requests = page.getByRole("table", { name: "绑定申请列表" });
  const row = requests.getByRole("row", { name: new RegExp(applicant.name) });
  await expect(row).toContainText("2201**********");
  await page.screenshot({ path: shot("21-unit-requests"), fullPage: true });
  await atBothWidths(page, "绑定申请列表");
  await row.getByRole("button", { name: `通过：${applicant.name}` }).click();
  await expect(page.getByText(`已通过「${applicant.name}」的绑定申请`)).toBeVisible();
  await page.getByRole("tab", { name: "本单位人员" }).click();
  await expect(page.getByRole("table", { name: "本单位人员列表" })).toContainText(applicant.name);
  await signOut(page);

  // 条件自检 → 确认并开始申报 → 申报.
  await signIn(page, applicant.mobile, undefined, "/hall/apply");
  await expect(page.getByText(unit.name).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "确认并开始申报" })).toBeDisabled();
  await page.getByLabel("本人已阅读申报注意事项，确认符合申报条件").check();
  await page.screenshot({ path: shot("22-self-check"), fullPage: true });
  await atBothWidths(page, "条件自检");
  await page.getByRole("button", { name: "确认并开始申报" }).click();
  const notices = page.getByRole("table", { name: "可申报的通知" });
  const noticeRow = notices.getByRole("row", { name: /关于开展2026年度工程系列职称评审申报工作的通知/ });
  await noticeRow.getByRole("button", { name: "申报" }).click();
  await page.waitForURL("**/hall/applications/**");
  const applicationUrl = page.url();
  await expect(page.getByText("草稿").first()).toBeVisible();
  await page.screenshot({ path: shot("23-application-draft"), fullPage: true });
  await atBothWidths(page, "申报表-草稿");

  // The draft is in the history; 申报 again opens the same application.
  await page.goto("/hall");
  const history = page.getByRole("table", { name: "我的申报" });
  await expect(history).toContainText("关于开展2026年度工程系列职称评审申报工作的通知");
  await expect(history).toContainText("草稿");
  await expect(history).toContainText(unit.name);
  await page.screenshot({ path: shot("24-hall-history"), fullPage: true });
  await atBothWidths(page, "我的申报-草稿");
  await history.getByRole("link", { name: "继续填报" }).click();
  await page.waitForURL(applicationUrl);

  // Unbinding is allowed with only a draft; the binding history keeps both steps.
  await page.goto("/hall/binding");
  await page.getByLabel("统一社会信用代码").fill(unit.creditCode);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await page.getByRole("button", { name: "解除绑定" }).click();
  // The confirmation names the draft recommended by this unit, which cannot be submitted once it is left.
  await expect(page.getByRole("dialog").getByRole("list", { name: "受影响的草稿" })).toContainText(
    "关于开展2026年度工程系列职称评审申报工作的通知",
  );
  await atBothWidths(page, "解除绑定对话框");
  await page.getByRole("dialog").getByRole("button", { name: "确认解除" }).click();
  await expect(page.getByText(`已解除与「${unit.name}」的绑定`)).toBeVisible();
  await expect(page.getByRole("table", { name: "绑定记录" })).toContainText("已解绑");
  await page.screenshot({ path: shot("25-binding-history"), fullPage: true });
  await atBothWidths(page, "单位绑定-绑定记录");
});
