import { readFileSync, writeFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import jsQR from "jsqr";
import { demoExperts, demoNotice, demoUnits } from "../../prisma/demo-data";
import { joined, pdfPageGrey, pdfSignatures, pdfText } from "../helpers/poppler";
import { atBothWidths } from "./a11y";
import { completeAndSubmit, passAsReviewer } from "./api-helpers";
import { E2E } from "./config";
import { newcomerWithApplication } from "./form-helpers";
import { demo, signIn, signOut, solveLookupCaptcha } from "./helpers";

/**
 * 评委会评审 end to end, with the demo committee: an application the unit and the department passed
 * → the 主任委员 孙建国 creates a meeting, assigns it, draws the 机械工程 panel (陈志刚 works at the
 * applicant's unit: 自动回避), records attendance and opens the vote → each expert votes in a browser
 * context of their own (one changes their mind), nobody sees a tally → the chair closes the vote
 * (2 of 3 eligible 同意 ≥ ⌈2/3 × 3⌉ = 2: 通过) and publishes → the public 公示 page lists the
 * applicant → a signed-in person files an objection, the chair finds it 不成立 → the 公示 calendar
 * reaches the day after the period (PUBLICITY_CLOCK_FILE, as a week passing) → 立即执行 makes it
 * 终审通过 → the applicant's 进度跟踪 shows every node done. Then the certificate 终审通过 issued: the
 * holder downloads its PDF from 我的证书 (signed: pdfsig; its text: pdftotext), its QR code — decoded
 * from the rendered page — opens the verification page: 有效 and the signature verified; the admin
 * revokes it; the page says 已撤销; 证书查询 finds it by number and name and refuses a wrong name.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const meetingName = "2026年度工程系列高级职称评审会（机械）";
const panelNames = demoExperts.filter((e) => e.specialty === "机械工程" && e.active).map((e) => e.name);
const recusedName = demoExperts.find((e) => e.specialty === "机械工程" && e.workUnit === 0)?.name ?? "";

/** A browser context of its own for one expert: signed in, on the meeting's ballot. */
async function expertOnBallot(browser: Browser, name: string, meetingUrl: string): Promise<Page> {
  const expert = demoExperts.find((e) => e.name === name);
  if (!expert) throw new Error(`no demo expert ${name}`);
  const context = await browser.newContext({ baseURL: E2E.appUrl, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, expert.mobile, undefined, "/committee");
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "进入无记名投票" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "无记名投票" })).toBeVisible();
  return page;
}

test("a meeting draws its panel, votes in secret, publishes; 公示, an objection rejected; 终审通过; the certificate", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const applicantName = `钱评审${String(Date.now() % 100).padStart(2, "0")}`;

  // An application the unit and the department passed (their pages: review.spec.ts).
  const applicant = await newcomerWithApplication(page, applicantName, "19800615");
  const applicationId = applicant.formUrl.split("/").pop() ?? "";
  await completeAndSubmit(page, applicationId, applicantName, "1980-06-15", "SUB_SENIOR");
  await signOut(page);
  await signIn(page, demo.UNIT_REVIEWER.mobile, undefined, "/unit");
  await passAsReviewer(page, applicationId, "同意推荐。");
  await signOut(page);
  await signIn(page, demo.DEPT_REVIEWER.mobile, undefined, "/dept");
  await passAsReviewer(page, applicationId, "同意报送评委会。");
  await signOut(page);

  // The chair: a meeting of the demo notice, the application assigned, the 机械工程 panel drawn.
  await signIn(page, demo.COMMITTEE_CHAIR.mobile, undefined, "/committee");
  await page.getByRole("button", { name: "新建评审会议" }).click();
  await page.getByLabel("申报通知").selectOption({ label: `${demoNotice.title}（吉林省工程系列高级职称评审委员会）` });
  await page.getByLabel("会议名称").fill(meetingName);
  await page.getByLabel("会议日期").fill("2026-12-16");
  await page.getByLabel("会议地点").fill("长春市人民大街1号第二会议室");
  await page.getByRole("button", { name: "创建" }).click();
  await page.waitForURL(/\/committee\/meetings\/[0-9a-f-]{36}$/);
  const meetingUrl = new URL(page.url()).pathname;
  await page.getByRole("checkbox", { name: new RegExp(`^${applicantName} · `) }).check();
  await page.getByRole("button", { name: "分配选中的申报" }).click();
  const applications = page.getByRole("table", { name: "评审申报" });
  await expect(applications.getByRole("row").filter({ hasText: applicantName })).toBeVisible();

  await page.getByLabel("抽取人数").fill(String(panelNames.length));
  await page.getByLabel("专业（多个用逗号分隔，不限则留空）").fill("机械工程");
  await page.getByRole("button", { name: "随机抽取" }).click();
  const panel = page.getByRole("table", { name: "评审专家" });
  await expect(panel.getByRole("row")).toHaveCount(panelNames.length + 1);
  for (const name of panelNames) await expect(panel).toContainText(name);
  // 陈志刚 works at the applicant's unit: stepped aside from this application by the system.
  const applicationRow = applications.getByRole("row").filter({ hasText: applicantName });
  await expect(applicationRow).toContainText("自动回避");
  await expect(applicationRow).toContainText(recusedName);
  await atBothWidths(page, "评审会议-已抽取专家");

  for (const name of panelNames) {
    const box = panel.getByRole("row").filter({ hasText: name }).getByLabel("出席");
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(page.getByText(`出席 ${panelNames.length} / ${panelNames.length} 人`).first()).toBeVisible();
  await page.getByRole("button", { name: "开始投票" }).click();
  await expect(page.getByText("投票已开始").first()).toBeVisible();
  await page.screenshot({ path: shot("80-meeting-voting"), fullPage: true });
  await atBothWidths(page, "评审会议-投票中");

  // Every expert in a context of their own. The recused one has no vote on it.
  const voters = panelNames.filter((n) => n !== recusedName);
  const choices = ["同意", "同意", "弃权"];
  const recused = await expertOnBallot(browser, recusedName, meetingUrl);
  await expect(recused.getByRole("row").filter({ hasText: applicantName })).toContainText("已回避");
  await recused.context().close();
  for (const [i, name] of voters.entries()) {
    const expert = await expertOnBallot(browser, name, meetingUrl);
    const vote = expert.getByRole("group", { name: `${applicantName} 表决` });
    if (i === 0) {
      // Changes their mind before the vote is closed: the later choice is the one kept.
      await vote.getByLabel("不同意", { exact: true }).check();
      await expect(vote.getByRole("status")).toContainText("已保存");
    }
    await vote.getByLabel(choices[i], { exact: true }).check();
    await expect(vote.getByLabel(choices[i], { exact: true })).toBeChecked();
    await expect(vote.getByRole("status")).toContainText("已保存");
    // Nothing on the page tells how anyone else voted.
    await expect(expert.getByRole("main")).not.toContainText(/同意\s*\d+\s*票|\d+\s*\/\s*\d+\s*\/\s*\d+/);
    if (i === 0) await expert.screenshot({ path: shot("81-expert-ballot"), fullPage: true });
    if (i === 0) await atBothWidths(expert, "专家无记名投票");
    await expert.context().close();
  }

  // The chair sees who has voted, never what, then closes the vote.
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "投票进度与结果" }).click();
  await expect(page.getByRole("heading", { name: "投票进度与结果" })).toBeVisible();
  const progress = page.getByRole("table", { name: "投票进度" });
  await expect(progress.getByRole("row").filter({ hasText: applicantName })).toContainText("3 / 3");
  await expect(progress).not.toContainText("同意");
  await page.screenshot({ path: shot("82-tally-progress"), fullPage: true });
  await atBothWidths(page, "投票进度");
  await page.getByRole("button", { name: "结束投票" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await atBothWidths(page, "结束投票对话框");
  await page.getByRole("dialog").getByRole("button", { name: "确认结束投票" }).click();
  await expect(page.getByText("投票已结束：1 项申报，1 项通过。")).toBeVisible();
  const results = page.getByRole("table", { name: "表决结果" });
  const resultRow = results.getByRole("row").filter({ hasText: applicantName });
  await expect(resultRow).toContainText("通过");
  await expect(resultRow).toContainText("2 / 0 / 1");
  await page.screenshot({ path: shot("83-tally-closed"), fullPage: true });
  await atBothWidths(page, "表决结果");

  // Publish: the application goes to 公示 for five working days.
  await page.goto("/committee");
  await page.getByRole("link", { name: "结果公布与公示" }).click();
  await expect(page.getByRole("button", { name: `公布评审结果：${meetingName}` })).toBeVisible();
  await atBothWidths(page, "结果公布与公示-待公布");
  await page.getByRole("button", { name: `公布评审结果：${meetingName}` }).click();
  const published = page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "评审结果已公布" });
  await expect(published).toContainText("1 份进入公示，0 份终止审核");
  const endsOn = /公示期至(\d{4})年(\d{1,2})月(\d{1,2})日/.exec((await published.textContent()) ?? "");
  expect(endsOn, "the 公示 period's end date is shown").not.toBeNull();
  await signOut(page);

  // The public page, without signing in.
  await page.goto("/publicity");
  const list = page.getByRole("table", { name: "公示名单" });
  const entry = list.getByRole("row").filter({ hasText: applicantName });
  await expect(entry).toContainText(demoUnits[0].name);
  await expect(entry).toContainText(meetingName);
  await page.screenshot({ path: shot("84-publicity-listed"), fullPage: true });
  await atBothWidths(page, "公示名单");

  // An objection by someone signed in (the demo applicant 张明), then the chair's finding: 不成立.
  await signIn(page, demo.APPLICANT.mobile, undefined, "/publicity");
  await page.getByRole("button", { name: `提出异议：${applicantName}` }).click();
  await page.getByLabel(`异议内容（${applicantName}）`).fill("反映该申报人的代表性论文与他人论文雷同，请核查。");
  await atBothWidths(page, "公示-提出异议");
  await page.getByRole("button", { name: "提交异议" }).click();
  await expect(page.getByText("异议已提交，评委会将予以核查")).toBeVisible();
  await signOut(page);
  await signIn(page, demo.COMMITTEE_CHAIR.mobile, undefined, "/committee/publicity");
  const desk = page
    .getByRole("listitem")
    .filter({ hasText: `${applicantName} · ` })
    .first();
  await expect(desk).toContainText("待核查");
  await desk.getByLabel("核查结论").fill("经查，论文为申报人独立完成，查重报告无异常，异议不成立。");
  await desk.getByRole("button", { name: "异议不成立" }).click();
  await expect(page.getByText("记录结论：异议不成立")).toBeVisible();
  await expect(desk).toContainText("不成立");
  await page.screenshot({ path: shot("85-objection-rejected"), fullPage: true });
  await atBothWidths(page, "异议核查");

  // Before the period has ended nothing is approved; a week later (the 公示 calendar moved past the
  // end date) 立即执行 gives 终审通过 — and running it again approves nothing more.
  await page.getByRole("button", { name: "立即执行" }).click();
  await expect(page.getByText("没有需要终审通过的申报")).toBeVisible();
  const [, y, m, d] = endsOn ?? [];
  const dayAfterEnd = Date.UTC(Number(y), Number(m) - 1, Number(d) + 1);
  const todayInBeijing = Date.parse(`${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)}T00:00:00Z`);
  writeFileSync(E2E.publicityClockFile, String(Math.round((dayAfterEnd - todayInBeijing) / 86_400_000)));
  try {
    await page.getByRole("button", { name: "立即执行" }).click();
    await expect(page.getByText("已终审通过 1 份申报")).toBeVisible();
    await page.getByRole("button", { name: "立即执行" }).click();
    await expect(page.getByText("没有需要终审通过的申报")).toBeVisible();
  } finally {
    writeFileSync(E2E.publicityClockFile, "0");
  }
  await signOut(page);

  // The applicant's 进度跟踪: every node done, 公示 with its meeting, 终审通过 last.
  await signIn(page, applicant.login, applicant.password, `/hall/applications/${applicationId}/progress`);
  const flow = page.getByRole("list", { name: "流程推送节点" });
  for (const key of ["APPLICANT", "UNIT_REVIEW", "DEPT_REVIEW", "COMMITTEE_REVIEW", "PUBLICITY", "FINAL"]) {
    await expect(flow.locator(`[data-node="${key}"]`)).toHaveAttribute("data-state", "done");
  }
  await expect(flow.locator('[data-node="COMMITTEE_REVIEW"]')).toContainText(meetingName);
  await expect(page.getByRole("main")).toContainText("终审通过");
  await page.screenshot({ path: shot("86-progress-final"), fullPage: true });
  await atBothWidths(page, "进度跟踪-终审通过");

  // 我的证书: the certificate, 有效; 「下载」 gives the signed PDF.
  await page.goto("/hall/certificates");
  const card = page.getByRole("listitem").filter({ hasText: "高级工程师" });
  await expect(card).toContainText("有效");
  const number = /JLGC-\d{4}-\d{6}/.exec((await card.textContent()) ?? "")?.[0] ?? "";
  expect(number, "the certificate number is shown").not.toBe("");
  await page.screenshot({ path: shot("87-my-certificates"), fullPage: true });
  await atBothWidths(page, "我的证书-有证书");
  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await card.getByRole("link", { name: "下载" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`职称证书-${applicantName}-${number}.pdf`);
  const pdf = new Uint8Array(readFileSync((await download.path()) ?? ""));
  expect(pdfSignatures(pdf)).toContain("Signature Validation: Signature is Valid.");
  const printed = joined(pdfText(pdf));
  for (const text of [applicantName, number, "副高级", "高级工程师", "吉林省工程系列高级职称评审委员会"]) {
    expect(printed).toContain(text);
  }

  // Its QR code, read off the printed page as a phone would, opens the verification page.
  const image = pdfPageGrey(pdf, 1, 150, "e2e-certificate");
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  image.pixels.forEach((grey, i) => {
    rgba.set([grey, grey, grey, 255], i * 4);
  });
  const verifyUrl = jsQR(rgba, image.width, image.height)?.data ?? "";
  expect(verifyUrl.startsWith(`${E2E.appUrl}/certificates/verify?`), verifyUrl).toBe(true);
  await signOut(page);
  await page.goto(verifyUrl);
  await expect(page.getByRole("heading", { name: "电子职称证书验证" })).toBeVisible();
  await expect(page.getByText(/签名验证通过/)).toBeVisible();
  await expect(page.getByRole("main")).toContainText(number);
  await expect(page.getByRole("main")).toContainText("有效");
  await page.screenshot({ path: shot("88-certificate-verified"), fullPage: true });
  await atBothWidths(page, "证书验证-有效");

  // The admin revokes it, with a reason, after a confirmation naming the holder.
  const reason = "经核查，申报材料中的代表性论文存在学术不端行为。";
  await signIn(page, demo.ADMIN.mobile, undefined, "/admin/certificates");
  await page.getByLabel("搜索证书").fill(number);
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("button", { name: `撤销：${applicantName} ${number}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`确定撤销${applicantName}的证书（编号${number}）吗？`);
  await dialog.getByLabel("撤销原因").fill(reason);
  await atBothWidths(page, "撤销证书对话框");
  await dialog.getByRole("button", { name: "确认撤销" }).click();
  await expect(page.getByText(`已撤销证书 ${number}`)).toBeVisible();
  await page.screenshot({ path: shot("89-certificate-revoked-admin"), fullPage: true });
  await atBothWidths(page, "证书管理-已撤销");
  await signOut(page);

  // The same QR code now says 已撤销, with the date and the reason.
  await page.goto(verifyUrl);
  await expect(page.getByRole("main")).toContainText("已撤销");
  await expect(page.getByRole("main")).toContainText(reason);
  await page.screenshot({ path: shot("90-certificate-verify-revoked"), fullPage: true });
  await atBothWidths(page, "证书验证-已撤销");

  // 证书查询: number and name together find it; the right number with another name finds nothing.
  await page.goto("/certificates");
  await page.getByLabel("证书编号").fill(number);
  await page.getByLabel("持证人姓名").fill(`${applicantName}甲`);
  await solveLookupCaptcha(page);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByText("未查询到与该证书编号和持证人姓名相符的证书，请核对后重新输入")).toBeVisible();
  await page.getByLabel("持证人姓名").fill(applicantName);
  await solveLookupCaptcha(page);
  await page.getByRole("button", { name: "查询" }).click();
  const found = page.getByRole("region", { name: "查询结果" });
  await expect(found).toContainText(number);
  await expect(found).toContainText("已撤销");
  await page.screenshot({ path: shot("91-certificate-lookup"), fullPage: true });
  await atBothWidths(page, "证书查询-已撤销");
});
