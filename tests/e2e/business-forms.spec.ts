import { expect, test } from "@playwright/test";
import { businessForms, businessFormUrl } from "../../src/lib/business-forms/business-forms";
import { joined, pdfFonts, pdfText, popplerMissing } from "../helpers/poppler";
import { startApplicationAsNewcomer } from "./form-helpers";

/**
 * The 业务表册 through the production server (`next start`): the fonts are found where the built
 * app runs, the PDFs reach the browser with their Chinese names, and read back as they should.
 */
test("a newcomer's draft gives both 业务表册 as PDFs with the applicant's rare name characters", async ({ page }) => {
  const name = "王堃喆";
  const applicationId = (await startApplicationAsNewcomer(page, name, "19870512")).split("/").pop() ?? "";

  for (const { kind, label } of businessForms) {
    const preview = await page.request.get(businessFormUrl(applicationId, kind));
    expect(preview.status(), kind).toBe(200);
    expect(preview.headers()["content-type"]).toBe("application/pdf");
    expect(preview.headers()["content-disposition"]).toMatch(/^inline;/);
    expect(preview.headers()["x-content-type-options"]).toBe("nosniff");
    expect(preview.headers()["cache-control"]).toContain("no-store");

    const download = await page.request.get(businessFormUrl(applicationId, kind, true));
    expect(download.headers()["content-disposition"]).toBe(
      `attachment; filename="${kind}-form.pdf"; filename*=UTF-8''${encodeURIComponent(`${label}-${name}.pdf`)}`,
    );
    const pdf = await download.body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (popplerMissing && process.env.CI !== "true") continue;
    const text = joined(pdfText(pdf));
    expect(text).toContain(name);
    expect(text).toContain("草稿");
    expect(pdfFonts(pdf).every((f) => f.embedded && f.subset && f.name.includes("NotoSansSC"))).toBe(true);
  }

  // Signed out, nothing is served.
  await page.context().clearCookies();
  expect((await page.request.get(businessFormUrl(applicationId, "summary"))).status()).toBe(401);
});
