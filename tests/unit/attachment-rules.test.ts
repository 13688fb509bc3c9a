import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { entryModuleKeys } from "@/lib/application-form/modules";
import {
  acceptAttribute,
  attachmentSlotCodes,
  entrySlotOf,
  largestSlotBytes,
  materialSlotCodes,
  slotOf,
  slotRules,
} from "@/lib/attachments/slots";
import { errorResponse } from "@/server/api/errors";
import { fileHeaders, nameForType } from "@/server/api/file-headers";
import { cleanFileName } from "@/server/domain/attachment/file-name";
import { AppError } from "@/server/errors";

describe("attachment slots", () => {
  it("match the AttachmentSlot database enum one to one", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const enumBody = /enum AttachmentSlot \{([^}]*)\}/.exec(schema)?.[1] ?? "";
    const values = enumBody
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("//"));
    expect(values).toEqual(attachmentSlotCodes);
  });

  it("give every repeatable module a proof slot, and list the four 必传 materials", () => {
    for (const module of entryModuleKeys) expect(slotOf(entrySlotOf(module)).place).toEqual({ kind: "entry", module });
    expect(materialSlotCodes.map((c) => slotOf(c).label)).toEqual([
      "身份证正面",
      "身份证反面",
      "教育部学籍在线验证报告",
      "单位公示表",
    ]);
    expect(materialSlotCodes.every((c) => slotOf(c).required)).toBe(true);
    expect(slotOf("PHOTO")).toMatchObject({
      label: "个人照片",
      maxCount: 1,
      required: true,
      place: { kind: "section", module: "basicInfo" },
    });
  });

  it("word the three rules as the manual does", () => {
    expect(slotRules("PHOTO")).toEqual({ formats: "JPG、PNG", size: "单个文件不超过 2 MB", count: "限 1 个文件" });
    expect(slotRules("PAPER_PROOF")).toEqual({
      formats: "PDF、JPG、PNG",
      size: "单个文件不超过 50 MB",
      count: "最多 10 个文件",
    });
    expect(largestSlotBytes).toBe(50 * 1024 * 1024);
    expect(acceptAttribute("PHOTO")).toBe("image/jpeg,.jpg,.jpeg,image/png,.png");
  });
});

describe("serving a stored file", () => {
  it("cannot be abused by the file name: no header injection, no path, ASCII fallback plus UTF-8 name", () => {
    const headers = fileHeaders(
      { name: 'evil"\r\nSet-Cookie: a=1.pdf', mimeType: "application/pdf", size: 10, sha256: "ab" },
      "inline",
    );
    const disposition = headers.get("content-disposition") ?? "";
    expect(disposition).not.toMatch(/[\r\n]/);
    expect(disposition.startsWith("attachment; filename=")).toBe(true);
    const chinese = fileHeaders(
      { name: "公示表.pdf", mimeType: "application/pdf", size: 10, sha256: "ab" },
      "attachment",
    ).get("content-disposition");
    expect(chinese).toBe(`attachment; filename="???.pdf"; filename*=UTF-8''${encodeURIComponent("公示表.pdf")}`);
  });

  it("shows only images in the browser: a PDF opened by its address is saved, never run by the browser's viewer", () => {
    const image = { name: "照片.png", mimeType: "image/png", size: 10, sha256: "ab" };
    expect(fileHeaders(image, "inline").get("content-disposition")).toMatch(/^inline;/);
    expect(fileHeaders(image, "attachment").get("content-disposition")).toMatch(/^attachment;/);
    // Chromium's own PDF viewer runs the document's JavaScript, sandbox CSP or not.
    const pdf = { name: "公示表.pdf", mimeType: "application/pdf", size: 10, sha256: "ab" };
    expect(fileHeaders(pdf, "inline").get("content-disposition")).toMatch(/^attachment;/);
  });

  it("lets no page frame a stored file: 预览 draws PDFs with pdf.js and shows images with <img>", () => {
    const headers = fileHeaders({ name: "照片.jpg", mimeType: "image/jpeg", size: 4720, sha256: "ab" }, "inline");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends the detected type, forbids sniffing and scripts, and never caches", () => {
    const headers = fileHeaders({ name: "照片.jpg", mimeType: "image/jpeg", size: 4720, sha256: "ab" }, "inline");
    expect(headers.get("content-type")).toBe("image/jpeg");
    expect(headers.get("content-length")).toBe("4720");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(headers.get("content-security-policy")).toMatch(/; sandbox$/);
    expect(headers.get("cache-control")).toBe("private, no-store");
  });

  it("offers a name whose extension matches the detected type", () => {
    expect(nameForType("公示表.jpg", "application/pdf")).toBe("公示表.pdf");
    expect(nameForType("scan", "image/png")).toBe("scan.png");
    expect(nameForType("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
  });

  it("keeps only the displayable part of a sent name", () => {
    expect(cleanFileName("C:\\Users\\张三\\证件照.jpg")).toBe("证件照.jpg");
    expect(cleanFileName(encodeURIComponent("../../学位证.pdf"))).toBe("学位证.pdf");
    expect(cleanFileName("%E0%A4%A")).toBe("%E0%A4%A");
    expect(cleanFileName("\u0000\u202e")).toBe("未命名文件");
    const long = cleanFileName(`${"很".repeat(200)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});

describe("file route errors", () => {
  it("answer each refusal with its HTTP status and the Chinese message at its field; faults with 500 and no detail", async () => {
    const statuses = {
      BAD_REQUEST: 400,
      UNAUTHORIZED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
    } as const;
    for (const [code, status] of Object.entries(statuses)) {
      const res = errorResponse(new AppError(code as keyof typeof statuses, "说明", { field: "file" }));
      expect(res.status, code).toBe(status);
      expect(await res.json()).toEqual({ error: { code, message: "说明", field: "file", errorId: null } });
    }
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const fault = errorResponse(new Error("ENOSPC: no space left on device, open '/srv/files/ab/cd'"));
      expect(fault.status).toBe(500);
      const body = (await fault.json()) as { error: { errorId: string } };
      const { errorId } = body.error;
      expect(errorId).toMatch(/^[0-9a-f]{8}$/);
      expect(body).toEqual({
        error: {
          code: "INTERNAL_SERVER_ERROR",
          message: `系统繁忙，请稍后重试（错误编号 ${errorId}）`,
          field: null,
          errorId,
        },
      });
      const line = JSON.parse(String(logged.mock.calls[0]?.[0]));
      expect(line).toMatchObject({
        event: "server.fault",
        errorId,
        error: { message: expect.stringContaining("ENOSPC") },
      });
    } finally {
      logged.mockRestore();
    }
  });
});
