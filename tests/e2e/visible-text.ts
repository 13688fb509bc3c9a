import { expect, type Page } from "@playwright/test";
import { rawLatinWords } from "../helpers/raw-latin";

/** The page as it reads now shows no raw code or English (issue 14 point 3). */
export async function expectNoRawText(page: Page, where: string): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader meets is the rendered text (with sr-only text, which a screen reader says); textContent would add hidden nodes and inline scripts
  let text = await page.locator("body").innerText();
  // Identifiers shown as such (a committee's code in monospace, a <code>) are data, not wording.
  for (const code of await page.locator('[translate="no"], code, .font-mono').allInnerTexts())
    text = text.replace(code, " ");
  expect.soft(rawLatinWords(text), `raw code or English on ${where}`).toEqual([]);
}
