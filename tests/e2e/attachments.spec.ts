import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { atBothWidths } from "./a11y";
import { byLabel, navigator, saveSection, startApplicationAsNewcomer } from "./form-helpers";
import { scriptedPdf } from "./scripted-pdf";

/**
 * 附件上传 end to end: 个人照片 in 基本信息, the four 材料附件信息, an entry's proof; progress, a
 * refusal, 预览, 删除, and everything back after a reload. A newcomer of its own (registered, bound
 * and approved here) keeps this test apart from the drafts other specs leave behind.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;
const files = "tests/fixtures/files";

function slot(page: Page, name: string | RegExp): Locator {
  return page.getByRole("region", { name });
}

async function pick(page: Page, label: string, type: string, option: string) {
  await byLabel(page, label).fill(type);
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Uploads into a slot and waits for its success message and the file in its list. */
async function upload(region: Locator, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const name = typeof file === "string" ? file.split("/").pop()! : file.name;
  await region.locator('input[type="file"]').setInputFiles(file);
  await expect(region.getByRole("status")).toContainText(`「${name}」上传成功`);
  await expect(region.getByRole("listitem").filter({ hasText: name })).toBeVisible();
}

/** The colour at a point of a canvas, as a fraction of its width and height. */
function pixelAt(canvas: Locator, x: number, y: number): Promise<number[]> {
  return canvas.evaluate(
    (c: HTMLCanvasElement, [fx, fy]) =>
      Array.from(c.getContext("2d")!.getImageData(Math.floor(c.width * fx), Math.floor(c.height * fy), 1, 1).data),
    [x, y],
  );
}

/** How many pixels of a canvas, below `from` of its height, are dark (text, lines): none if never drawn. */
function darkPixels(canvas: Locator, from = 0): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement, from) => {
    const top = Math.floor(c.height * from);
    if (c.width === 0 || c.height - top === 0) return 0;
    const { data } = c.getContext("2d")!.getImageData(0, top, c.width, c.height - top);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 384) dark++;
    return dark;
  }, from);
}

test("an applicant uploads the photo, the materials and a proof, previews, is refused a fake PDF, deletes one, and finds the rest after a reload", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const name = "吴文静";
  const formUrl = await startApplicationAsNewcomer(page, name);

  // 基本信息: the photo waits until the module is saved, as the manual orders it.
  await page.goto(`${formUrl}?m=basicInfo`);
  const photo = slot(page, "个人照片");
  await expect(photo).toContainText("格式要求：JPG、PNG");
  await expect(photo).toContainText("大小要求：单个文件不超过 2 MB");
  await expect(photo).toContainText("数量要求：限 1 个文件");
  await expect(photo.getByRole("button", { name: /上传文件/ })).toBeDisabled();
  await expect(photo).toContainText("请先保存基本信息，再上传个人照片");
  await pick(page, "民族", "汉", "汉族");
  await pick(page, "政治面貌", "群众", "群众");
  await byLabel(page, "现工作岗位").fill("工艺工程师");
  await byLabel(page, "参加工作时间").fill("2008-07-01");
  await byLabel(page, "从事专业").fill("材料成型及控制工程");
  await byLabel(page, "申报职称").fill("高级工程师");
  await byLabel(page, "申报级别").selectOption({ label: "副高级" });
  await saveSection(page);

  await expect(photo.getByRole("button", { name: /上传文件/ })).toBeEnabled();
  await upload(photo, `${files}/photo.jpg`);
  await expect(photo).toContainText("已上传 1 / 1");
  await expect(photo.getByRole("img", { name: "个人照片" })).toHaveJSProperty("complete", true);
  expect(
    await photo.getByRole("img", { name: "个人照片" }).evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  // Full: the button says why it is off.
  await expect(photo.getByRole("button", { name: /上传文件/ })).toBeDisabled();
  await expect(photo).toContainText("已达数量上限（限 1 个文件）");
  await photo.scrollIntoViewIfNeeded();
  await photo.screenshot({ path: shot("40-photo-slot") });
  await atBothWidths(page, "基本信息-个人照片");

  // An entry's proof: a new entry must be saved first.
  await navigator(page).getByRole("link", { name: "教育经历", exact: true }).click();
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const entryForm = page.getByRole("form", { name: /^添加/ });
  const unsaved = slot(page, "教育经历证明（毕业证、学位证）");
  await expect(unsaved).toContainText("请先保存该条目，再上传证明附件");
  await expect(unsaved.getByRole("button", { name: /上传文件/ })).toBeDisabled();
  await page.getByRole("region", { name: "添加教育经历" }).screenshot({ path: shot("41a-new-entry") });
  await byLabel(entryForm, "入学时间").fill("2004-09-01");
  await byLabel(entryForm, "毕业时间").fill("2008-06-30");
  await byLabel(entryForm, "毕业学校").fill("东北大学");
  await byLabel(entryForm, "所学专业").fill("材料成型及控制工程");
  await pick(page, "学历", "本科", "大学本科");
  await pick(page, "学位", "学士", "学士");
  await pick(page, "教育方式", "全日", "全日制");
  await byLabel(entryForm, "是").check();
  await entryForm.getByRole("button", { name: "保存", exact: true }).click();
  await expect(entryForm).toBeHidden();
  const table = page.getByRole("table", { name: "教育经历列表" });
  await table.getByRole("button", { name: "附件（0）：东北大学" }).click();
  const proof = slot(page, "教育经历证明（毕业证、学位证） 东北大学");
  await expect(proof).toContainText("数量要求：最多 5 个文件");
  await upload(proof, `${files}/document.pdf`);
  await expect(table.getByRole("button", { name: "附件（1）：东北大学" })).toBeVisible();
  await page.screenshot({ path: shot("41-entry-proof"), fullPage: true });
  await atBothWidths(page, "教育经历-条目附件");

  // 材料附件信息: 下一步 after the last module leads to the 提交 page, which holds it.
  await navigator(page).getByRole("link", { name: "惩罚处分", exact: true }).click();
  await page.getByRole("button", { name: "下一步", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^材料附件信息/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]m=submit/);
  await expect(page.getByTestId("photo-state")).toContainText("已上传（photo.jpg）");
  const materials = {
    front: slot(page, "身份证正面"),
    back: slot(page, "身份证反面"),
    chsi: slot(page, "教育部学籍在线验证报告"),
    publicity: slot(page, "单位公示表"),
  };
  await expect(materials.chsi).toContainText("数量要求：最多 3 个文件");
  await expect(navigator(page).locator('li:has(a[data-module="materials"])')).toHaveAttribute("data-complete", "false");

  await upload(materials.front, `${files}/photo.png`);
  await upload(materials.back, `${files}/photo.png`);
  await upload(materials.chsi, `${files}/document.pdf`);

  // A slow connection: the progress bar shows while the bytes travel, then the file is listed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 16 * 1024,
  });
  const bar = materials.publicity.getByRole("progressbar", { name: "「document.pdf」上传进度" });
  // 取消上传 stops the transfer and keeps nothing.
  await materials.publicity.locator('input[type="file"]').setInputFiles(`${files}/document.pdf`);
  await expect(bar).toBeVisible();
  await materials.publicity.getByRole("button", { name: "取消上传" }).click();
  await expect(materials.publicity.getByRole("alert")).toHaveText("已取消上传，文件未保存");
  await expect(bar).toBeHidden();
  await expect(materials.publicity).toContainText("已上传 0 / 3");
  await materials.publicity.locator('input[type="file"]').setInputFiles(`${files}/document.pdf`);
  await expect(bar).toBeVisible();
  await expect(materials.publicity.getByRole("button", { name: "取消上传" })).toBeVisible();
  await expect
    .poll(async () => Number((await bar.getAttribute("aria-valuenow", { timeout: 500 }).catch(() => "100")) ?? 0))
    .toBeGreaterThan(0);
  await page.screenshot({ path: shot("42-upload-progress"), fullPage: true });
  await expect(materials.publicity.getByRole("status")).toContainText("「document.pdf」上传成功", { timeout: 15_000 });
  await expect(bar).toBeHidden();
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(navigator(page).locator('li:has(a[data-module="materials"])')).toHaveAttribute("data-complete", "true");

  // A text file named .pdf: the server reads the bytes and refuses it, the message at the slot.
  await materials.chsi.locator('input[type="file"]').setInputFiles({
    name: "学籍报告.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("这不是一个PDF文件，只是文字。\n".repeat(20)),
  });
  await expect(materials.chsi.getByRole("alert")).toHaveText(
    "无法识别该文件的格式。教育部学籍在线验证报告只接受 PDF、JPG、PNG 格式",
  );
  await expect(materials.chsi).toContainText("已上传 1 / 3");
  await page.screenshot({ path: shot("43-materials"), fullPage: true });
  await atBothWidths(page, "材料附件信息");

  // 预览: the image loads in the dialog; the file is served with its detected type, never sniffed.
  await materials.front.getByRole("button", { name: "预览：photo.png" }).click();
  const preview = page.getByRole("dialog", { name: "预览：photo.png" });
  const image = preview.getByRole("img", { name: "photo.png" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(preview.getByRole("link", { name: "在新窗口打开" })).toHaveAttribute("target", "_blank");
  await page.screenshot({ path: shot("44-preview"), fullPage: true });
  await atBothWidths(page, "附件预览-图片");
  const url = (await image.getAttribute("src"))!;
  const served = await page.request.get(url);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["content-disposition"]).toMatch(/^inline;/);
  // Nothing frames a stored file (预览 uses <img> and pdf.js), nor a page.
  expect(served.headers()["x-frame-options"]).toBe("DENY");
  expect((await page.request.get("/hall")).headers()["x-frame-options"]).toBe("DENY");
  const download = await page.request.get(`${url}?download=1`);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  await preview.getByRole("button", { name: "关闭" }).click();
  await expect(preview).toBeHidden();

  // A PDF is drawn by the app's viewer: its page on a canvas, with no way into the browser's viewer.
  await materials.chsi.getByRole("button", { name: "预览：document.pdf" }).click();
  const pdf = page.getByRole("dialog", { name: "预览：document.pdf" });
  await expect(pdf).toContainText("第 1 页 / 共 1 页");
  const pdfPage = pdf.getByRole("img", { name: "第 1 页", exact: true });
  await expect.poll(() => darkPixels(pdfPage)).toBeGreaterThan(100);
  await expect(pdf.getByRole("link", { name: "在新窗口打开" })).toHaveCount(0);
  await page.screenshot({ path: shot("44b-preview-pdf") });
  await page.keyboard.press("Escape");
  await expect(pdf).toBeHidden();

  // 删除 asks first; 取消 keeps the file.
  await materials.back.getByRole("button", { name: "删除：photo.png" }).click();
  const confirm = page.getByRole("dialog", { name: "删除附件" });
  await expect(confirm).toContainText("确定删除「photo.png」吗？");
  await atBothWidths(page, "删除附件对话框");
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(materials.back.getByRole("listitem")).toHaveCount(1);
  await materials.back.getByRole("button", { name: "删除：photo.png" }).click();
  await confirm.getByRole("button", { name: "删除", exact: true }).click();
  await expect(materials.back.getByRole("status")).toContainText("已删除「photo.png」");
  await expect(materials.back).toContainText("已上传 0 / 1");
  await expect(materials.back.getByRole("button", { name: /上传文件/ })).toBeEnabled();
  await expect(navigator(page).locator('li:has(a[data-module="materials"])')).toHaveAttribute("data-complete", "false");

  // Reload: the rest is still there, listed after 展开.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^材料附件信息/ })).toBeVisible();
  const expected: [Locator, string, string][] = [
    [materials.front, "photo.png", "已上传 1 / 1"],
    [materials.chsi, "document.pdf", "已上传 1 / 3"],
    [materials.publicity, "document.pdf", "已上传 1 / 3"],
  ];
  for (const [region, file, count] of expected) {
    await expect(region).toContainText(count);
    await expect(region.getByRole("listitem")).toHaveCount(0);
    await region.getByRole("button", { name: /^展开/ }).click();
    await expect(region.getByRole("listitem").filter({ hasText: file })).toBeVisible();
    await expect(region.getByRole("button", { name: /^收起/ })).toHaveAttribute("aria-expanded", "true");
  }
  await expect(materials.back).toContainText("已上传 0 / 1");
  await expect(materials.back.getByRole("button", { name: /^展开/ })).toHaveCount(0);
  await page.screenshot({ path: shot("45-materials-reloaded"), fullPage: true });

  await navigator(page).getByRole("link", { name: "基本信息", exact: true }).click();
  await expect(photo).toContainText("已上传 1 / 1");
  await photo.getByRole("button", { name: /^展开/ }).click();
  await expect(photo.getByRole("listitem").filter({ hasText: "photo.jpg" })).toBeVisible();

  // 全部信息 lists every file where it belongs, each name opening its preview.
  await navigator(page).getByRole("link", { name: "全部信息", exact: true }).click();
  const basicInfo = page.locator('section[data-module="basicInfo"]');
  await expect(basicInfo.getByRole("button", { name: "预览：photo.jpg" })).toBeVisible();
  const education = page.locator('section[data-module="education"]');
  await expect(
    education.getByRole("table", { name: "教育经历列表" }).getByRole("row", { name: /东北大学/ }),
  ).toContainText("document.pdf");
  const materialsAll = page.locator('section[data-module="materials"]');
  await expect(materialsAll.locator('[data-slot="ID_CARD_FRONT"]')).toContainText("photo.png");
  await expect(materialsAll.locator('[data-slot="ID_CARD_BACK"]')).toContainText("未上传");
  await page.screenshot({ path: shot("46-read-all-files"), fullPage: true });
  await atBothWidths(page, "全部信息-附件");
  await basicInfo.screenshot({ path: shot("46b-read-all-basic") });
  await education.screenshot({ path: shot("46c-read-all-education") });
  await materialsAll.screenshot({ path: shot("46d-read-all-materials") });
  await education.getByRole("button", { name: "预览：document.pdf" }).click();
  await expect(page.getByRole("dialog", { name: "预览：document.pdf" })).toContainText("第 1 页 / 共 1 页");
});

test("a PDF's own JavaScript never runs in 预览: the app draws the pages in view itself, pages and zoom move, and 下载 gives back the uploaded bytes", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const viewerFiles: string[] = [];
  page.on("response", (res) => {
    if (new URL(res.url()).pathname.startsWith("/api/pdfjs/")) viewerFiles.push(`${res.status()} ${res.url()}`);
  });
  const formUrl = await startApplicationAsNewcomer(page, "郑晓明");
  await page.goto(`${formUrl}?m=materials`);
  const chsi = slot(page, "教育部学籍在线验证报告");
  const bytes = scriptedPdf(12);
  await upload(chsi, { name: "scripted.pdf", mimeType: "application/pdf", buffer: bytes });

  await chsi.getByRole("button", { name: "预览：scripted.pdf" }).click();
  const preview = page.getByRole("dialog", { name: "预览：scripted.pdf" });
  // A viewer that runs document scripts raises the alert while it opens the file: wait as long as that takes.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(2000);
  expect(dialogs).toEqual([]);

  // The first page is drawn on a canvas: the blue band fills its middle, the margin stays white.
  await expect(preview).toContainText("第 1 页 / 共 12 页");
  const canvas = (n: number) => preview.getByRole("img", { name: `第 ${n} 页`, exact: true });
  await expect(canvas(1)).toBeVisible();
  await expect.poll(() => pixelAt(canvas(1), 0.5, 0.25)).toEqual([38, 89, 191, 255]);
  expect(await pixelAt(canvas(1), 0.02, 0.02)).toEqual([255, 255, 255, 255]);
  // 测试文字 below the band is drawn although the file does not carry its font.
  expect(await darkPixels(canvas(1), 0.8)).toBeGreaterThan(200);
  await page.screenshot({ path: shot("47-preview-pdf-viewer") });
  // Pages far below are not drawn until they come near.
  expect(await canvas(12).evaluate((c: HTMLCanvasElement) => c.width)).toBe(0);

  await preview.getByRole("button", { name: "下一页" }).click();
  await expect(preview).toContainText("第 2 页 / 共 12 页");
  await preview.getByRole("button", { name: "上一页" }).click();
  await expect(preview).toContainText("第 1 页 / 共 12 页");

  // 缩放: 放大 widens the page, 适合宽度 makes it as wide as the view.
  const zoom = preview.locator("output");
  const opened = await canvas(1).evaluate((c) => c.getBoundingClientRect().width);
  const openedZoom = await zoom.textContent();
  await preview.getByRole("button", { name: "放大" }).click();
  await expect(zoom).not.toHaveText(openedZoom!);
  await expect.poll(() => canvas(1).evaluate((c) => c.getBoundingClientRect().width)).toBeGreaterThan(opened);
  await preview.getByRole("button", { name: "适合宽度" }).click();
  await expect(preview.getByRole("button", { name: "适合宽度" })).toHaveAttribute("aria-pressed", "true");
  const pages = preview.getByRole("region", { name: "scripted.pdf" });
  await expect
    .poll(async () => {
      const room = await pages.evaluate((el) => el.clientWidth - 24);
      return Math.abs((await canvas(1).evaluate((c) => c.getBoundingClientRect().width)) - room);
    })
    .toBeLessThan(1);

  // The last page is drawn once scrolled to, and the first lets its drawing go.
  await canvas(12).scrollIntoViewIfNeeded();
  await expect.poll(() => pixelAt(canvas(12), 0.5, 0.25)).toEqual([38, 89, 191, 255]);
  await expect(preview).toContainText("第 12 页 / 共 12 页");
  await expect.poll(() => canvas(1).evaluate((c: HTMLCanvasElement) => c.width)).toBe(0);

  // The worker and the Chinese CMap came from this app.
  expect(viewerFiles.some((f) => f.startsWith("200 ") && f.endsWith("/build/pdf.worker.min.mjs"))).toBe(true);
  expect(viewerFiles.some((f) => f.startsWith("200 ") && f.endsWith("/cmaps/UniGB-UCS2-H.bcmap"))).toBe(true);
  expect(viewerFiles.filter((f) => !f.startsWith("200 "))).toEqual([]);

  // Nothing in the dialog leads to the browser's own viewer, which would run the script.
  const inline = await preview.locator("a[href]").evaluateAll((links: HTMLAnchorElement[]) =>
    links
      .map((a) => new URL(a.href))
      .filter((u) => u.pathname.startsWith("/api/files/") && !u.searchParams.has("download"))
      .map((u) => u.href),
  );
  expect(inline).toEqual([]);

  // 下载 saves the file exactly as it was uploaded, script and all.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    preview.getByRole("link", { name: "下载" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("scripted.pdf");
  expect((await readFile((await download.path())!)).equals(bytes)).toBe(true);
  await preview.getByRole("button", { name: "关闭" }).click();

  // A file that only starts like a PDF is stored as one, and 预览 says it cannot be shown.
  await upload(chsi, { name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") });
  await chsi.getByRole("button", { name: "预览：broken.pdf" }).click();
  await expect(page.getByRole("dialog", { name: "预览：broken.pdf" }).getByRole("alert")).toHaveText(
    "文件已损坏或不是有效的 PDF，无法在线预览，请下载后查看",
  );
  expect(dialogs).toEqual([]);
});
