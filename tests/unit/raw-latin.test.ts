import { describe, expect, it } from "vitest";
import { rawLatinWords } from "../helpers/raw-latin";

describe("the browser tests' raw-text check", () => {
  it("finds enum codes, keys and English words in a screen's text", () => {
    expect(rawLatinWords("状态：SUBMITTED 材料 basicInfo Save 保存")).toEqual(["SUBMITTED", "basicInfo", "Save"]);
    expect(rawLatinWords("操作 application.attachment.add")).toEqual(["application", "attachment", "add"]);
  });

  it("lets data and the ordinary names of formats and numbers through", () => {
    const screen = [
      "上传 PDF、JPG 或 PNG，单个文件不超过 20 MB",
      "ISSN 1000-0000 · CN 11-1234/TP · ISBN 978-7-111-00000-0",
      "证书编号 JLGC-2026-000001，身份证号 22010219850304123X，统一社会信用代码 91220101MA0Y2K3L4P",
      "导出Excel",
      "请使用「吉事办」App 扫描二维码登录",
      "验证地址 http://localhost:3000/certificates/verify?n=1 邮箱 li.hua@example.cn",
      "附件 论文首页.pdf、scan_01.JPG",
    ].join("\n");
    expect(rawLatinWords(screen)).toEqual([]);
  });
});
