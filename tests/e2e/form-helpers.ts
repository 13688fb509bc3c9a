import { randomInt } from "node:crypto";
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
 * The 顺序码 of each newcomer's 身份证号 (and the tail of their mobile number). The specs run in one
 * worker against one database, so a counter from a random start keeps every newcomer distinct even
 * when several share a birth date; the clock's milliseconds collided one time in a thousand.
 */
let newcomerSequence = randomInt(1000);
const nextNewcomerStamp = () => String(newcomerSequence++ % 1000).padStart(3, "0");

/**
 * A newcomer born on `birthDate` (YYYYMMDD) registers, asks to bind to the first demo unit, the
 * unit approves, the draft starts. Returns the application page's address.
 */
export async function startApplicationAsNewcomer(page: Page, name: string, birthDate = "19850304"): Promise<string> {
  return (await newcomerWithApplication(page, name, birthDate)).formUrl;
}

/** As startApplicationAsNewcomer, also returning how the newcomer signs in again. */
export async function newcomerWithApplication(
  page: Page,
  name: string,
  birthDate = "19850304",
): Promise<{ formUrl: string; login: string; password: string }> {
  const { login, password } = await newcomerAskingToBind(page, name, birthDate);
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await page
    .getByRole("table", { name: "绑定申请列表" })
    .getByRole("button", { name: `通过：${name}` })
    .click();
  await expect(page.getByText(`已通过「${name}」的绑定申请`)).toBeVisible();
  await signOut(page);

  await signIn(page, login, password, "/hall/apply");
  return { formUrl: await startDemoApplication(page), login, password };
}

/**
 * A newcomer born on `birthDate` (YYYYMMDD) registers and asks to bind to the first demo unit,
 * then signs out, the request waiting for the unit. Returns how the newcomer signs in again.
 */
export async function newcomerAskingToBind(
  page: Page,
  name: string,
  birthDate = "19850304",
): Promise<{ login: string; password: string }> {
  const stamp = nextNewcomerStamp();
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
  return { login: idCard, password: NEWCOMER_PASSWORD };
}

export const fixtureFiles = "tests/fixtures/files";

/** An attachment slot on the page, by its name (the slot's label, with the entry's for a proof). */
export const slotRegion = (page: Page, name: string | RegExp): Locator => page.getByRole("region", { name });

/** Chooses `file` in a slot and waits for 「上传成功」. */
export async function upload(region: Locator, file: string) {
  const name = file.split("/").pop()!;
  await region.locator('input[type="file"]').setInputFiles(file);
  await expect(region.getByRole("status")).toContainText(`「${name}」上传成功`);
}

/** Types into a combo box and picks the option. */
export async function pick(scope: Page | Locator, label: string, type: string, option: string) {
  const page = "page" in scope ? scope.page() : scope;
  await byLabel(scope, label).fill(type);
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Opens 数据验证与提交 from the navigator. */
export async function openSubmitPage(page: Page) {
  await navigator(page).getByRole("link", { name: "数据验证与提交", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "数据验证信息" })).toBeVisible();
}

/**
 * The smallest application 数据验证信息 passes, filled module by module on the draft at `formUrl`
 * (the way the 提交 spec reaches it through the problem links): 基本信息 and 个人照片, one 参评
 * 教育经历 with its proof, one 工作经历, 继续教育学时, 年度考核, and the four materials.
 */
export async function fillCompleteApplication(page: Page, formUrl: string) {
  const files = fixtureFiles;
  await page.goto(`${formUrl}?m=basicInfo`);
  await pick(page, "民族", "汉", "汉族");
  await pick(page, "政治面貌", "群众", "群众");
  await byLabel(page, "性别").selectOption({ label: "男" });
  await byLabel(page, "现工作岗位").fill("技术员");
  await byLabel(page, "参加工作时间").fill("2008-07-01");
  await byLabel(page, "从事专业").fill("电气工程");
  await byLabel(page, "申报职称").fill("工程师");
  await byLabel(page, "申报级别").selectOption({ label: "中级" });
  await saveSection(page);
  await upload(slotRegion(page, "个人照片"), `${files}/photo.jpg`);

  await navigator(page).getByRole("link", { name: "教育经历", exact: true }).click();
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const education = page.getByRole("form", { name: /^添加/ });
  await byLabel(education, "入学时间").fill("2003-09-01");
  await byLabel(education, "毕业时间").fill("2007-07-01");
  await byLabel(education, "毕业学校").fill("长春工业大学");
  await byLabel(education, "所学专业").fill("电气工程及其自动化");
  await pick(education, "学历", "本科", "大学本科");
  await pick(education, "教育方式", "全日制", "全日制");
  await byLabel(education, "是").check();
  await education.getByRole("button", { name: "保存", exact: true }).click();
  await expect(education).toBeHidden();
  await page.getByRole("button", { name: "附件（0）：长春工业大学" }).click();
  await upload(slotRegion(page, /教育经历证明/), `${files}/document.pdf`);

  await navigator(page).getByRole("link", { name: "工作经历", exact: true }).click();
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const work = page.getByRole("form", { name: /^添加/ });
  await byLabel(work, "开始时间").fill("2008-07-01");
  await byLabel(work, "工作单位").fill("吉林省电力设计院");
  await byLabel(work, "工作岗位").fill("技术员");
  await work.getByRole("button", { name: "保存", exact: true }).click();
  await expect(work).toBeHidden();

  await navigator(page).getByRole("link", { name: "近5年继续教育情况", exact: true }).click();
  await byLabel(page, "近5年继续教育学时").fill("96");
  await saveSection(page);

  await navigator(page).getByRole("link", { name: "年度考核", exact: true }).click();
  const years = byLabel(page, /年度考核结果\s*\*?\s*$/);
  for (let i = 0; i < (await years.count()); i++) await years.nth(i).selectOption({ label: "合格" });
  await saveSection(page);

  await openSubmitPage(page);
  await upload(slotRegion(page, "身份证正面"), `${files}/photo.png`);
  await upload(slotRegion(page, "身份证反面"), `${files}/photo.png`);
  await upload(slotRegion(page, "教育部学籍在线验证报告"), `${files}/document.pdf`);
  await upload(slotRegion(page, "单位公示表"), `${files}/document.pdf`);
  await expect(page.getByTestId("validation-passed")).toContainText("数据验证通过");
}

/** On the 提交 page once 数据验证通过: 承诺, then `button` (提交 or 重新提交) and its confirmation. */
export async function promiseAndSubmit(page: Page, button = "提交") {
  await page.getByLabel("本人承诺，申报所提供的材料真实、准确，如有违诺情况，本人愿承担所有责任").check();
  await page.getByRole("button", { name: button, exact: true }).click();
  const confirm = page.getByRole("dialog", { name: `确认${button}` });
  await expect(confirm).toContainText(`确定${button}「关于开展2026年度工程系列职称评审申报工作的通知」的申报吗？`);
  await confirm.getByRole("button", { name: `确定${button}` }).click();
  await expect(page.getByText("提交成功")).toBeVisible();
}
