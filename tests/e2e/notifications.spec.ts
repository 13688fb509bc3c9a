import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { demoUnits } from "../../prisma/demo-data";
import { spawnGroup, stopGroup } from "../../scripts/process-group";
import { notificationLabels as L } from "../../src/components/notifications/labels";
import { atBothWidths } from "./a11y";
import { demo, signIn, signOut } from "./helpers";

const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const unit = demoUnits[0];
const bell = (page: Page) => page.getByTestId("notification-bell");

/** The unread count the bell announces to screen readers (「消息，3 条未读」). */
async function unreadCount(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute("aria-label")) ?? "";
  if (label === L.bell(0)) return 0;
  const match = /^消息，(\d+) 条未读$/.exec(label);
  if (!match) throw new Error(`unexpected bell label ${label}`);
  return Number(match[1]);
}

test("the unit's reviewer is told of a binding request in 消息中心, and the applicant learns why it was rejected", async ({
  page,
}) => {
  const applicant = demo.APPLICANT;
  await signIn(page, applicant.mobile, undefined, "/hall/binding");
  await page.getByLabel("统一社会信用代码").fill(unit.creditCode);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await page.getByRole("button", { name: "绑定", exact: true }).click();
  await expect(page.getByText("已提交绑定申请，等待单位审核")).toBeVisible();
  await atBothWidths(page, "单位绑定-待审核申请");
  await signOut(page);

  // The reviewer's bell counts the request; the message centre shows it newest first.
  await signIn(page, demo.UNIT_REVIEWER.mobile);
  const before = await unreadCount(page);
  expect(before).toBeGreaterThanOrEqual(1);
  await expect(bell(page)).toHaveAccessibleName(`消息，${before} 条未读`);
  await page.locator("header").screenshot({ path: shot("60-header-bell") });
  await bell(page).click();
  await page.waitForURL("**/messages");
  const request = page.getByTestId("message").first();
  await expect(request).toContainText(`新的绑定申请：${applicant.name}`);
  await expect(request).toContainText(`${applicant.name}申请绑定${unit.name}为推荐单位`);
  await expect(request.getByText(L.unread, { exact: true })).toBeVisible();
  await page.screenshot({ path: shot("61-messages"), fullPage: true });
  await atBothWidths(page, "消息中心-未读消息");

  await request.getByRole("button", { name: `${L.markRead}：新的绑定申请：${applicant.name}` }).click();
  await expect(request.getByText(L.unread, { exact: true })).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName(L.bell(before - 1));

  // The message's link opens the unit workspace, where the reviewer rejects the request.
  await request.getByRole("link", { name: `${L.open}：新的绑定申请：${applicant.name}` }).click();
  await page.waitForURL("**/unit");
  const row = page.getByRole("table", { name: "绑定申请列表" }).getByRole("row", { name: new RegExp(applicant.name) });
  await row.getByRole("button", { name: `驳回：${applicant.name}` }).click();
  await page.getByLabel("驳回理由").fill("请先在本单位完成入职登记");
  await atBothWidths(page, "驳回绑定申请");
  await page.getByRole("button", { name: "确认驳回" }).click();
  await expect(page.getByText(`已驳回「${applicant.name}」的绑定申请`)).toBeVisible();
  await signOut(page);

  // The applicant reads the reason, and 全部标为已读 empties the bell.
  await signIn(page, applicant.mobile);
  expect(await unreadCount(page)).toBeGreaterThanOrEqual(1);
  await bell(page).click();
  await page.waitForURL("**/messages");
  const rejection = page.getByTestId("message").first();
  await expect(rejection).toContainText("您的单位绑定申请被驳回");
  await expect(rejection).toContainText("理由：请先在本单位完成入职登记");
  await page.getByRole("button", { name: L.markAllRead }).click();
  await expect(bell(page)).toHaveAccessibleName(L.bell(0));
  await expect(page.getByRole("button", { name: L.markAllRead })).toBeDisabled();
  await page.screenshot({ path: shot("62-messages-read"), fullPage: true });
  await atBothWidths(page, "消息中心-全部已读");
});

test("a production server has no development outbox", async ({ page }) => {
  const response = await page.goto("/dev/notifications");
  expect(response?.status()).toBe(404);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("in development the outbox page shows the SMS the delivery job sent, to this machine only", async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "zhicheng-dev-outbox-"));
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  // The same production build, run as a development (test) server over its own fresh database.
  execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/dev-outbox-fixture.ts", dataDir, "13900000099"], {
    stdio: "inherit",
  });
  const server = spawnGroup("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      NOTIFIER: "dev",
      NOTIFY_INTERVAL_SECONDS: "1",
      PGLITE_DATA_DIR: dataDir,
      STORAGE_DIR: path.join(dataDir, "files"),
      APP_URL: origin,
      NEXTAUTH_URL: origin,
    },
  });
  try {
    await expect
      .poll(async () => (await page.request.get(`${origin}/dev/notifications`).catch(() => null))?.status(), {
        timeout: 90_000,
        intervals: [1000],
      })
      .toBe(200);
    await expect
      .poll(
        async () => {
          await page.goto(`${origin}/dev/notifications`);
          return page.getByRole("table", { name: L.devTable }).count();
        },
        { timeout: 30_000, intervals: [1000] },
      )
      .toBe(1);
    const table = page.getByRole("table", { name: L.devTable });
    await expect(table).toContainText("139****0099");
    await expect(table).toContainText("短信");
    await expect(table).toContainText("您的单位绑定申请被驳回");
    await expect(table).toContainText("理由：请先完成入职登记");
    await page.screenshot({ path: shot("63-dev-outbox"), fullPage: true });

    // A request naming another host (a DNS-rebinding page) is refused.
    const rebound = await page.request.get(`${origin}/dev/notifications`, { headers: { host: "attacker.example" } });
    expect(rebound.status()).toBe(404);
  } finally {
    stopGroup(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
