import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { publicityNow } from "@/server/publicity-clock";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("the 公示 calendar's clock", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "publicity-clock-"));
  const file = path.join(dir, "days");

  it("is the system clock unless a clock file is named", () => {
    const before = Date.now();
    const now = publicityNow(undefined).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("runs ahead by the file's whole number of days, read at every call", () => {
    writeFileSync(file, "8\n");
    expect(publicityNow(file).getTime() - Date.now()).toBeGreaterThan(8 * DAY_MS - 1000);
    writeFileSync(file, "0");
    expect(Math.abs(publicityNow(file).getTime() - Date.now())).toBeLessThan(1000);
  });

  it("treats a missing file or anything but a whole number of days as no offset", () => {
    for (const text of ["", "8.5", "eight", "1e3", "99999"]) {
      writeFileSync(file, text);
      expect(Math.abs(publicityNow(file).getTime() - Date.now()), text).toBeLessThan(1000);
    }
    expect(Math.abs(publicityNow(path.join(dir, "missing")).getTime() - Date.now())).toBeLessThan(1000);
  });

  it("is refused for an app served anywhere but this machine", () => {
    expect(parseEnv({ PUBLICITY_CLOCK_FILE: file, APP_URL: "http://127.0.0.1:3100" }).PUBLICITY_CLOCK_FILE).toBe(file);
    expect(() => parseEnv({ PUBLICITY_CLOCK_FILE: file, APP_URL: "https://zhicheng.example.gov.cn" })).toThrow(
      /PUBLICITY_CLOCK_FILE: PUBLICITY_CLOCK_FILE is for tests and demos on this machine/,
    );
  });
});
