import { expect, type Locator, type Page, type Response, test } from "@playwright/test";
import { E2E } from "./config";
import { startApplicationAsNewcomer } from "./form-helpers";
import { demo, signIn, signOut, submitPasswordLogin } from "./helpers";
import { scriptedPdf } from "./scripted-pdf";

/**
 * Every page of the app and of the identity platform, visited as people use them, must carry the
 * security headers (a Content-Security-Policy with a fresh nonce on each app page, no frames, a
 * Permissions-Policy, no HSTS over http) — and must still work under them: the browser reports no
 * violation of either policy, from sign-in to the pdf.js preview of an attachment.
 */
const shot = (name: string) => `tests/.artifacts/screens/${name}.png`;

interface Seen {
  url: string;
  status: number;
  headers: Record<string, string>;
  /**
   * The markup, or null when the browser had already let it go: a page that moves on at once (the
   * platform's logout page submits itself) can leave before its body is read. Its headers still count.
   */
  html: string | null;
}

/** What the browser said about the policies, and every HTML document it loaded, in each watched page. */
class PolicyWatch {
  readonly violations: string[] = [];
  readonly documents: Promise<Seen | null>[] = [];

  watch(page: Page): Page {
    page.on("console", (message) => {
      const text = message.text();
      if (/Content Security Policy|Permissions[- ]Policy|wasm-unsafe-eval/i.test(text)) {
        const { origin, pathname } = new URL(page.url());
        this.violations.push(`${origin}${pathname}: ${text}`);
      }
    });
    page.on("response", (res) => {
      if (res.request().resourceType() === "document") this.documents.push(seen(res));
    });
    return page;
  }

  /** Asserts the headers of every HTML document seen, and that no policy was violated anywhere. */
  async check(): Promise<{ app: Seen[]; idp: Seen[] }> {
    const documents = (await Promise.all(this.documents)).filter((d): d is Seen => d !== null);
    const app = documents.filter((d) => d.url.startsWith(`${E2E.appUrl}/`));
    const idp = documents.filter((d) => d.url.startsWith(`${E2E.idpUrl}/`));
    const nonces = app.map(checkAppPage);
    // One nonce per response: a nonce seen twice could be replayed by injected markup.
    expect(new Set(nonces).size).toBe(nonces.length);
    idp.forEach(checkIdpPage);
    expect(this.violations).toEqual([]);
    return { app, idp };
  }
}

async function seen(res: Response): Promise<Seen | null> {
  const headers = res.headers();
  if (res.status() >= 300 && res.status() < 400) return null;
  if (!(headers["content-type"] ?? "").startsWith("text/html")) return null;
  const html = await res.text().catch(() => null);
  return { url: res.url(), status: res.status(), headers, html };
}

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

function checkCommon(page: Seen, csp: Map<string, string[]>): void {
  expect(csp.get("frame-ancestors"), page.url).toEqual(["'none'"]);
  expect(csp.get("base-uri"), page.url).toEqual(["'none'"]);
  expect(csp.get("script-src"), page.url).not.toContain("'unsafe-inline'");
  expect(csp.get("script-src"), page.url).not.toContain("'unsafe-eval'");
  expect(page.headers["x-frame-options"], page.url).toBe("DENY");
  expect(page.headers["x-content-type-options"], page.url).toBe("nosniff");
  expect(page.headers["permissions-policy"], page.url).toContain("camera=()");
  expect(page.headers["permissions-policy"], page.url).toContain("microphone=()");
  expect(page.headers["permissions-policy"], page.url).toContain("geolocation=()");
  expect(page.headers["strict-transport-security"], page.url).toBeUndefined();
}

/** An app page: every script and style element of the markup carries this response's nonce. */
function checkAppPage(page: Seen): string {
  const csp = directives(page.headers["content-security-policy"]);
  checkCommon(page, csp);
  const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(
    (csp.get("script-src") ?? []).find((s) => s.startsWith("'nonce-")) ?? "",
  )?.[1];
  expect(nonce, page.url).toBeTruthy();
  expect(csp.get("script-src"), page.url).toContain("'strict-dynamic'");
  expect(csp.get("form-action"), page.url).toEqual(["'self'", E2E.idpUrl]);
  // Every app page stays long enough to be read: its markup is checked, not only its headers.
  expect(page.html, page.url).not.toBeNull();
  const elements = [...(page.html ?? "").matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0]);
  expect(elements.length, page.url).toBeGreaterThan(0);
  for (const element of elements) expect(element, page.url).toContain(`nonce="${nonce}"`);
  return nonce as string;
}

/** An identity-platform page: its inline scripts and styles are allowed by hash, nothing else inline. */
function checkIdpPage(page: Seen): void {
  const csp = directives(page.headers["content-security-policy"]);
  checkCommon(page, csp);
  expect(csp.get("default-src"), page.url).toEqual(["'none'"]);
  expect(csp.get("form-action"), page.url).toEqual(["'self'", E2E.appUrl]);
}

test("every page of the portal, the halls, the workspaces and the identity platform carries the headers and works under them", async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const policy = new PolicyWatch();
  policy.watch(page);
  context.on("page", (p) => policy.watch(p));

  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "个人账号登录入口" })).toBeVisible();
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);

  // The identity platform: 个人登录 (its captcha refreshed, the QR panel polling), 注册, 忘记密码, the outbox.
  await page.goto("/login?callbackUrl=%2Fhall");
  await page.waitForURL(`${E2E.idpUrl}/interaction/**`);
  const captcha = page.locator(".captcha-img");
  const firstCaptcha = await captcha.innerHTML();
  await captcha.click();
  await expect.poll(() => captcha.innerHTML()).not.toBe(firstCaptcha);
  await page.locator('label[for="tab-qr"]').click();
  const token = await page.locator("#qr").getAttribute("data-qr-token");
  await page.waitForResponse((res) => res.url().includes(`/qr/${token}/status`));
  const login = page.url();
  await page.locator('label[for="tab-password"]').click();
  await page.getByRole("link", { name: "没有账号？立即注册" }).click();
  await expect(page.getByLabel("身份证号")).toBeVisible();
  await page.goto(login);
  await page.getByRole("link", { name: "忘记密码" }).click();
  await expect(page.getByRole("button", { name: "获取短信验证码" })).toBeVisible();
  await page.goto(`${E2E.idpUrl}/dev/outbox`);
  const phone = policy.watch(await context.newPage());
  await phone.goto(`${E2E.idpUrl}/qr/${token}`);
  await expect(phone.getByText("扫码登录确认").first()).toBeVisible();
  await phone.screenshot({ path: shot("90-csp-qr-confirm"), fullPage: true });
  await phone.close();

  // An applicant's hall, and a workspace the applicant may not enter (403).
  await page.goto(login);
  await submitPasswordLogin(page, demo.APPLICANT.mobile, "Demo@2026");
  await page.waitForURL(`${E2E.appUrl}/hall`);
  for (const path of ["/hall/binding", "/hall/apply", "/hall"]) {
    await page.goto(path);
    await expect(page.getByTestId("account-name")).toHaveText(demo.APPLICANT.name);
  }
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  // 安全退出 posts to the app, which redirects to the platform: form-action must allow that hop.
  await page.goto("/hall");
  await signOut(page);

  // Each role's workspace.
  const workspaces = [
    [demo.UNIT_REVIEWER, ["/unit"]],
    [demo.DEPT_REVIEWER, ["/dept"]],
    [demo.COMMITTEE_MEMBER, ["/committee"]],
    [
      demo.ADMIN,
      [
        "/admin",
        "/admin/units",
        "/admin/departments",
        "/admin/committees",
        "/admin/roles",
        "/admin/notices",
        "/admin/audit",
      ],
    ],
  ] as const;
  for (const [account, paths] of workspaces) {
    await signIn(page, account.mobile, undefined, paths[0]);
    for (const path of paths) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator("main h1, main h2").first()).toBeVisible();
    }
    if (account === demo.ADMIN) await page.screenshot({ path: shot("91-csp-admin-units"), fullPage: true });
    await signOut(page);
  }

  const { app, idp } = await policy.check();
  const paths = (seen: Seen[]) => new Set(seen.map((d) => new URL(d.url).pathname));
  expect([...paths(app)]).toEqual(
    expect.arrayContaining([
      "/",
      "/no-such-page",
      "/login",
      "/hall",
      "/hall/binding",
      "/hall/apply",
      "/admin",
      "/unit",
    ]),
  );
  expect([...paths(idp)]).toEqual(
    expect.arrayContaining(["/register", "/forgot", "/dev/outbox", `/qr/${token}`, "/session/end"]),
  );
});

/** The colour at a point of a canvas, as a fraction of its width and height. */
function pixelAt(canvas: Locator, x: number, y: number): Promise<number[]> {
  return canvas.evaluate(
    (c: HTMLCanvasElement, [fx, fy]) =>
      Array.from(c.getContext("2d")!.getImageData(Math.floor(c.width * fx), Math.floor(c.height * fy), 1, 1).data),
    [x, y],
  );
}

test("the application form and 预览 of an image and a PDF work under the policy, and a PDF opened by its address is saved, never run", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const policy = new PolicyWatch();
  policy.watch(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const viewerFiles: string[] = [];
  page.on("response", (res) => {
    if (new URL(res.url()).pathname.startsWith("/api/pdfjs/")) viewerFiles.push(`${res.status()} ${res.url()}`);
  });

  const formUrl = await startApplicationAsNewcomer(page, "冯立新");
  await page.goto(`${formUrl}?m=materials`);
  const front = page.getByRole("region", { name: "身份证正面" });
  await front.locator('input[type="file"]').setInputFiles("tests/fixtures/files/photo.png");
  await expect(front.getByRole("status")).toContainText("上传成功");
  const chsi = page.getByRole("region", { name: "教育部学籍在线验证报告" });
  await chsi
    .locator('input[type="file"]')
    .setInputFiles({ name: "cmyk.pdf", mimeType: "application/pdf", buffer: scriptedPdf(1, "cmyk") });
  await expect(chsi.getByRole("status")).toContainText("上传成功");

  await front.getByRole("button", { name: "预览：photo.png" }).click();
  const image = page.getByRole("dialog", { name: "预览：photo.png" }).getByRole("img", { name: "photo.png" });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.keyboard.press("Escape");

  // pdf.js draws the page; its worker converts the CMYK band with its WebAssembly colour engine.
  await chsi.getByRole("button", { name: "预览：cmyk.pdf" }).click();
  const preview = page.getByRole("dialog", { name: "预览：cmyk.pdf" });
  const canvas = preview.getByRole("img", { name: "第 1 页", exact: true });
  await expect
    .poll(async () => {
      const [r, g, b] = await pixelAt(canvas, 0.5, 0.25);
      return (b ?? 0) > 150 && (r ?? 255) < 100 && (g ?? 0) > 60;
    })
    .toBe(true);
  await page.screenshot({ path: shot("92-csp-pdf-preview") });
  expect(viewerFiles.some((f) => f.startsWith("200 ") && f.endsWith("/wasm/qcms_bg.wasm"))).toBe(true);
  expect(viewerFiles.filter((f) => !f.startsWith("200 "))).toEqual([]);
  const pdfUrl = new URL((await preview.getByRole("link", { name: "下载" }).getAttribute("href"))!, E2E.appUrl);
  pdfUrl.search = "";
  await page.keyboard.press("Escape");

  // Opened by its address, the PDF is saved: Chromium's own viewer, which runs its script, never opens.
  const served = (await page.request.get(pdfUrl.href)).headers();
  expect(served["content-disposition"]).toMatch(/^attachment;/);
  expect(served["x-frame-options"]).toBe("DENY");
  expect(served["referrer-policy"]).toBe("no-referrer");
  expect(directives(served["content-security-policy"]).get("frame-ancestors")).toEqual(["'none'"]);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 15_000 }),
    page.goto(pdfUrl.href).catch(() => null),
  ]);
  expect(download.suggestedFilename()).toBe("cmyk.pdf");
  await page.waitForTimeout(1000);
  expect(dialogs).toEqual([]);

  await policy.check();
});
