import { describe, expect, it } from "vitest";
import { entrySchemas } from "@/lib/application-form/schemas";
import { checkPatentNumber, patentCheckChar } from "@/lib/validation/patent-number";
import {
  checkIsbn,
  checkIssn,
  checkIssnOrIsbn,
  isbn10CheckChar,
  isbn13CheckDigit,
  isCnNumber,
  issnCheckChar,
} from "@/lib/validation/publication-numbers";
import { entryData } from "../fixtures/application-form-data";

describe("ISSN (ISO 3297)", () => {
  it.each([
    ["1000-9825", "软件学报"],
    ["0254-4164", "计算机学报"],
    ["1000-1026", "电力系统自动化"],
    ["0577-6686", "机械工程学报"],
    ["0028-0836", "Nature"],
    ["2434-561X", "a journal whose check character is X"],
    ["2434-561x", "the X typed in lower case"],
    ["ISSN 1000-9825", "with the prefix as printed"],
    ["10009825", "without the hyphen"],
  ])("accepts %s (%s)", (value) => {
    expect(checkIssn(value)).toBeNull();
  });

  it("computes the check character modulo 11, writing 10 as X", () => {
    expect(issnCheckChar("1000982")).toBe("5");
    expect(issnCheckChar("2434561")).toBe("X");
  });

  it.each([
    ["1000-9824", "checkDigit"],
    ["2434-5610", "checkDigit"],
    ["1000-982", "format"],
    ["1000-98255", "format"],
    ["1000_9825", "format"],
    ["X000-9825", "format"],
  ])("refuses %s (%s)", (value, problem) => {
    expect(checkIssn(value)).toBe(problem);
  });
});

describe("ISBN (ISO 2108)", () => {
  it.each([
    ["978-7-111-54493-7", "深入理解计算机系统（原书第3版）, ISBN-13"],
    ["9787111544937", "ISBN-13 without hyphens"],
    ["ISBN 978-7-111-54493-7", "with the prefix as printed"],
    ["978 7 111 54493 7", "groups separated by spaces"],
    ["0-306-40615-2", "ISBN-10"],
    ["0-8044-2957-X", "ISBN-10 whose check character is X"],
    ["7-111-07575-7", "a Chinese ISBN-10"],
  ])("accepts %s (%s)", (value) => {
    expect(checkIsbn(value)).toBeNull();
  });

  it("computes the check characters of both forms", () => {
    expect(isbn13CheckDigit("978711154493")).toBe("7");
    expect(isbn10CheckChar("080442957")).toBe("X");
  });

  it.each([
    ["978-7-111-54493-8", "checkDigit"],
    ["0-306-40615-3", "checkDigit"],
    ["977-7-111-54493-7", "format"],
    ["978-7-111-5449", "format"],
    ["978--7-111-54493-7", "format"],
    ["-978-7-111-54493-7", "format"],
    ["97871115449X7", "format"],
  ])("refuses %s (%s)", (value, problem) => {
    expect(checkIsbn(value)).toBe(problem);
  });

  it("reads a value as an ISSN when it has an ISSN's shape, otherwise as an ISBN", () => {
    expect(checkIssnOrIsbn("1000-9825")).toBeNull();
    expect(checkIssnOrIsbn("978-7-111-54493-7")).toBeNull();
    expect(checkIssnOrIsbn("1000-9824")).toBe("checkDigit");
    expect(checkIssnOrIsbn("软件学报")).toBe("format");
  });
});

describe("CN 刊号 (国内统一连续出版物号)", () => {
  it.each(["CN 11-2560/TP", "CN11-1826/TP", "cn 32-1180/tp", "CN 11-2187/TH", "CN 11-1847/R", "CN 44-1214/G4"])(
    "accepts %s",
    (value) => {
      expect(isCnNumber(value)).toBe(true);
    },
  );

  it.each(["11-2560", "CN 1-2560/TP", "CN 11-256/TP", "CN 11-2560/", "CN 11-2560/T-P", "ISSN 1000-9825"])(
    "refuses %s",
    (value) => {
      expect(isCnNumber(value)).toBe(false);
    },
  );
});

describe("专利号 (CNIPA application numbers)", () => {
  it.each([
    ["ZL202010566088.9", "an invention patent of 2020"],
    ["ZL201510958772.0", "check character 0"],
    ["ZL201811564288.X", "check character X"],
    ["ZL202322865413.3", "a utility model"],
    ["ZL 2005 1 0096239.4", "groups separated by spaces, as certificates print them"],
    ["zl202510942578.7", "lower-case prefix"],
    ["200310102344.5", "without the ZL prefix"],
    ["ZL01105715.7", "the eight-digit form used before October 2003"],
  ])("accepts %s (%s)", (value) => {
    expect(checkPatentNumber(value)).toBeNull();
  });

  it("computes the check character with the weights 2…9, 2…5 modulo 11", () => {
    expect(patentCheckChar("202010566088")).toBe("9");
    expect(patentCheckChar("201811564288")).toBe("X");
    expect(patentCheckChar("01105715")).toBe("7");
  });

  it.each([
    ["ZL202010566088.8", "checkDigit"],
    ["ZL01105715.6", "checkDigit"],
    ["ZL202010566088", "format"],
    ["ZL20201056608.9", "format"],
    ["ZL202050566088.9", "format"],
    ["CN202010566088.9", "format"],
    ["专利202010566088.9", "format"],
  ])("refuses %s (%s)", (value, problem) => {
    expect(checkPatentNumber(value)).toBe(problem);
  });
});

describe("the form's fields check these numbers, with the message at the field", () => {
  const messageAt = (module: "papers" | "patents", data: Record<string, unknown>, field: string) => {
    const result = entrySchemas[module].safeParse(data);
    return result.success ? null : result.error.issues.find((i) => i.path[0] === field)?.message;
  };

  it("a paper's ISSN/ISBN and CN刊号 are optional, but checked when filled in", () => {
    expect(messageAt("papers", { ...entryData.papers, issnIsbn: "", cnNumber: "" }, "issnIsbn")).toBeNull();
    expect(messageAt("papers", { ...entryData.papers, issnIsbn: "1000-1027" }, "issnIsbn")).toBe(
      "ISSN/ISBN校验位不正确，请核对",
    );
    expect(messageAt("papers", { ...entryData.papers, cnNumber: "32-1180" }, "cnNumber")).toBe(
      "CN刊号格式不正确，应如 CN 11-2560/TP",
    );
  });

  it("keeps a valid number trimmed and upper-case", () => {
    const parsed = entrySchemas.papers.parse({
      ...entryData.papers,
      issnIsbn: " 2434-561x ",
      cnNumber: "cn 11-2560/tp",
    });
    expect(parsed).toMatchObject({ issnIsbn: "2434-561X", cnNumber: "CN 11-2560/TP" });
  });

  it("a patent's number is required and checked", () => {
    expect(messageAt("patents", { ...entryData.patents, patentNumber: "" }, "patentNumber")).toBe("请填写专利号");
    expect(messageAt("patents", { ...entryData.patents, patentNumber: "ZL202010566088.8" }, "patentNumber")).toBe(
      "专利号校验位不正确，请核对",
    );
    expect(messageAt("patents", entryData.patents, "patentNumber")).toBeNull();
  });
});
