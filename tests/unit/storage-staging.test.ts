import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sweepStaleParts } from "@/server/storage/staging";

const HOUR = 60 * 60 * 1000;

describe("sweeping the upload staging folder", () => {
  it("removes parts not written to for the grace period, and keeps fresh parts and other files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zhicheng-staging-"));
    const now = Date.now();
    const old = (now - HOUR - 60_000) / 1000;
    for (const name of ["crashed.part", "in-progress.part", "notes.txt"]) writeFileSync(path.join(dir, name), "x");
    utimesSync(path.join(dir, "crashed.part"), old, old);
    utimesSync(path.join(dir, "notes.txt"), old, old);

    expect(await sweepStaleParts(dir, HOUR, now)).toEqual(["crashed.part"]);
    expect(readdirSync(dir).sort()).toEqual(["in-progress.part", "notes.txt"]);
  });

  it("is quiet when the folder does not exist yet", async () => {
    expect(await sweepStaleParts(path.join(tmpdir(), "zhicheng-no-such-folder"), HOUR)).toEqual([]);
  });
});
