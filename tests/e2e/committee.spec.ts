import { expect, test } from "@playwright/test";
import { demoNotice } from "../../prisma/demo-data";
import { demo, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

test("the chair keeps the pool, creates a meeting, draws a panel and records attendance; a drawn expert sees it", async ({
  page,
}) => {
  await signIn(page, demo.COMMITTEE_CHAIR.mobile, undefined, "/committee");
  await expect(page.getByRole("heading", { name: "评委会工作台" })).toBeVisible();

  // 评审专家库: the demo pool, one deactivated, one out of term.
  await page.getByRole("link", { name: "评审专家库" }).click();
  await expect(page.getByRole("cell", { name: "周建华", exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "沈丽华" })).toContainText("已停用");
  await page.screenshot({ path: shot("70-committee-pool"), fullPage: true });
  await page.getByRole("button", { name: "修改：吴海燕" }).click();
  await page.getByLabel("现任职称").fill("正高级工程师");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("row").filter({ hasText: "吴海燕" })).toContainText("正高级工程师");

  // A meeting of the demo notice.
  await page.goto("/committee");
  await page.getByRole("button", { name: "新建评审会议" }).click();
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page.locator("#meeting-name-error")).toBeVisible();
  await page.getByLabel("申报通知").selectOption({ label: `${demoNotice.title}（吉林省工程系列高级职称评审委员会）` });
  await page.getByLabel("会议名称").fill("2026年度工程系列高级职称评审会（电气）");
  await page.getByLabel("会议日期").fill("2026-12-15");
  await page.getByLabel("会议地点").fill("长春市人民大街1号第三会议室");
  await page.getByRole("button", { name: "创建" }).click();
  await page.waitForURL(/\/committee\/meetings\//);
  await expect(page.getByRole("heading", { name: "2026年度工程系列高级职称评审会（电气）" })).toBeVisible();
  await page.screenshot({ path: shot("71-meeting-draft"), fullPage: true });

  // 电气工程 has four experts in term (郑晓东's term ended): asking for five is refused, four are drawn.
  await page.getByLabel("抽取人数").fill("5");
  await page.getByLabel("专业（多个用逗号分隔，不限则留空）").fill("电气工程");
  await page.getByRole("button", { name: "随机抽取" }).click();
  await expect(page.getByText("符合条件的评审专家只有4人，不足抽取人数5人")).toBeVisible();
  await page.getByLabel("抽取人数").fill("4");
  await page.getByRole("button", { name: "随机抽取" }).click();
  const panel = page.getByRole("table", { name: "评审专家" });
  await expect(panel.getByRole("row")).toHaveCount(5);
  await expect(panel).toContainText("赵强");
  await expect(page.getByText("抽取种子")).toBeVisible();

  // Attendance: 2 of 4 is below the quorum of 3.
  const presentBox = (name: string) => panel.getByRole("row").filter({ hasText: name }).getByLabel("出席");
  // The box shows what the server recorded: it turns checked once the attendance is saved.
  const markPresent = async (name: string) => {
    await presentBox(name).click();
    await expect(presentBox(name)).toBeChecked();
  };
  await markPresent("赵强");
  await expect(page.getByText("出席 1 / 4 人").first()).toBeVisible();
  await markPresent("周建华");
  await expect(page.getByText("出席 2 / 4 人").first()).toBeVisible();
  await page.getByRole("button", { name: "开始投票" }).click();
  await expect(page.getByText("出席专家2人，未达到法定人数3人（评审专家的三分之二），不能开始投票")).toBeVisible();
  await page.screenshot({ path: shot("72-meeting-quorum-refused"), fullPage: true });
  await markPresent("吴海燕");
  await expect(page.getByText("出席 3 / 4 人").first()).toBeVisible();
  await page.getByRole("button", { name: "开始投票" }).click();
  // The quorum is met; the demo data has no application at 评委会评审 yet.
  await expect(page.getByText("本次会议还没有分配申报")).toBeVisible();
  await page.screenshot({ path: shot("73-meeting-panel-drawn"), fullPage: true });
  const meetingUrl = page.url();
  await signOut(page);

  // 赵强 is on the panel: he sees the meeting; the panel, without the seed.
  await signIn(page, demo.COMMITTEE_MEMBER.mobile, undefined, "/committee");
  await page.getByRole("link", { name: "2026年度工程系列高级职称评审会（电气）" }).click();
  await expect(page.getByText("您是本次会议的评审专家（已登记出席）")).toBeVisible();
  await expect(page.getByText("抽取种子")).toHaveCount(0);
  await page.screenshot({ path: shot("74-meeting-expert-view"), fullPage: true });
  await signOut(page);

  // An expert of the pool who was not drawn finds nothing.
  await signIn(page, "13800000106", undefined, "/committee");
  await expect(page.getByRole("link", { name: "2026年度工程系列高级职称评审会（电气）" })).toHaveCount(0);
  await page.goto(meetingUrl);
  await expect(page.getByText(/404|找不到|不存在/).first()).toBeVisible();
});

test("the admin keeps every committee's pool", async ({ page }) => {
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin");
  await page.goto("/admin/experts");
  await expect(page.getByRole("heading", { name: "评审专家库" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "韩明远", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "新增专家" }).click();
  await expect(page.getByText("本评委会的成员都已在专家库中")).toBeVisible();
  await page.screenshot({ path: shot("75-admin-expert-pool"), fullPage: true });
});
