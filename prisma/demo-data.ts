import type { RoleKindCode, TitleLevelCode } from "../src/lib/dictionaries";
import { creditCodeCheckChar } from "../src/lib/validation/credit-code";
import { idCardCheckChar } from "../src/lib/validation/id-card";

/**
 * The one source of demo data: organisations, an open notice, and an account for every role.
 * `seed.ts` writes them into the databases; the browser tests sign in with them. Nothing here
 * reaches the server's modules, so the tests can read it outside the app's react-server runtime.
 */
export const DEMO_PASSWORD = "Demo@2026";

const withIdCheck = (first17: string) => first17 + idCardCheckChar(first17);
const withCreditCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

export const demoDepartment = "吉林省工业和信息化厅";
export const demoCommittee = { name: "吉林省工程系列高级职称评审委员会", code: "JLGC", series: "ENGINEERING" };
export const demoUnits = [
  { name: "吉林省智能制造研究院有限公司", creditCode: withCreditCheck("91220101MA17X0001") },
  { name: "长春市轨道交通装备有限公司", creditCode: withCreditCheck("91220104MA17X0002") },
  { name: "吉林市化工设计研究院", creditCode: withCreditCheck("12220200MB1234567") },
];

type DemoAccount = {
  label: string;
  name: string;
  idCardNumber: string;
  mobile: string;
  role?: RoleKindCode;
  /** Demo applicant whose binding to the first demo unit is already approved. */
  boundToFirstUnit?: boolean;
};

export const demoAccounts: DemoAccount[] = [
  { label: "申报人", name: "张明", idCardNumber: withIdCheck("22010219880312123"), mobile: "13800000001" },
  {
    label: "申报人（已绑定）",
    name: "刘洋",
    idCardNumber: withIdCheck("22010219900815126"),
    mobile: "13800000006",
    boundToFirstUnit: true,
  },
  {
    label: "推荐单位审核人",
    name: "李华",
    idCardNumber: withIdCheck("22010219800520234"),
    mobile: "13800000002",
    role: "UNIT_REVIEWER",
  },
  {
    label: "主管部门审核人",
    name: "王芳",
    idCardNumber: withIdCheck("22010219790101345"),
    mobile: "13800000003",
    role: "DEPT_REVIEWER",
  },
  {
    label: "评委会成员",
    name: "赵强",
    idCardNumber: withIdCheck("22010219751111456"),
    mobile: "13800000004",
    role: "COMMITTEE_MEMBER",
  },
  {
    label: "评委会主任委员",
    name: "孙建国",
    idCardNumber: withIdCheck("22010219680408678"),
    mobile: "13800000007",
    role: "COMMITTEE_CHAIR",
  },
  {
    label: "系统管理员",
    name: "系统管理员",
    idCardNumber: withIdCheck("22010219700707567"),
    mobile: "13800000005",
    role: "ADMIN",
  },
];

/**
 * 评审专家库 of the demo committee: 15 experts (赵强, the demo 评委会成员, among them) — enough for
 * a real draw. Three 专业 of five experts each; one expert out of term and one deactivated (never
 * drawn); three work at the first demo unit, so an application from there shows 自动回避. Each is
 * a 评委会成员 with an account (password DEMO_PASSWORD), so a panel can sign in and vote.
 */
type DemoExpert = {
  name: string;
  idCardNumber: string;
  mobile: string;
  specialty: string;
  currentTitle: string;
  /** Index into demoUnits, or the name of a work unit that is not a registered unit. */
  workUnit: number | string;
  termStart: string;
  termEnd: string;
  active: boolean;
};

const expertRows: [string, string, string, number | string][] = [
  ["赵强", "电气工程", "正高级工程师", "吉林大学"],
  ["周建华", "电气工程", "正高级工程师", 0],
  ["吴海燕", "电气工程", "高级工程师", 1],
  ["郑晓东", "电气工程", "正高级工程师", "长春理工大学"],
  ["冯立新", "电气工程", "高级工程师", 2],
  ["陈志刚", "机械工程", "正高级工程师", 0],
  ["褚玉梅", "机械工程", "正高级工程师", "吉林大学"],
  ["卫国庆", "机械工程", "高级工程师", 1],
  ["蒋文博", "机械工程", "正高级工程师", "长春理工大学"],
  ["沈丽华", "机械工程", "高级工程师", 2],
  ["韩明远", "计算机应用技术", "正高级工程师", 0],
  ["杨静怡", "计算机应用技术", "正高级工程师", "东北师范大学"],
  ["朱振宇", "计算机应用技术", "高级工程师", 1],
  ["秦雪松", "计算机应用技术", "正高级工程师", "吉林大学"],
  ["尤佳慧", "计算机应用技术", "高级工程师", 2],
];

export const demoExperts: DemoExpert[] = expertRows.map(([name, specialty, currentTitle, workUnit], i) => ({
  name,
  // 赵强 is the demo 评委会成员 of demoAccounts: the same person.
  idCardNumber: i === 0 ? withIdCheck("22010219751111456") : withIdCheck(`220102${1960 + i}0315${String(300 + i)}`),
  mobile: i === 0 ? "13800000004" : `138000001${String(i).padStart(2, "0")}`,
  specialty,
  currentTitle,
  workUnit,
  // 郑晓东's term ended last year; 沈丽华 is deactivated: neither is ever drawn.
  termStart: "2025-01-01",
  termEnd: name === "郑晓东" ? "2025-12-31" : "2028-12-31",
  active: name !== "沈丽华",
}));

export const demoNotice = {
  title: "关于开展2026年度工程系列职称评审申报工作的通知",
  body: [
    "一、申报范围：在我省企事业单位从事工程技术工作的专业技术人员。",
    "二、申报条件：遵守法律法规，具有良好的职业道德；近五年年度考核均为合格以上；符合相应级别的学历、资历和业绩条件。",
    "三、申报注意事项：申报人须先绑定推荐单位；所填信息和上传材料须真实、准确、完整；逾期不予受理。",
  ].join("\n"),
  series: "ENGINEERING",
  levels: ["INTERMEDIATE", "SUB_SENIOR", "SENIOR"] as TitleLevelCode[],
};

export function demoAccountTable(): string {
  const rows = demoAccounts.map(
    (a) => `  ${a.label.padEnd(8, "　")}  ${a.name.padEnd(6, "　")}  账号 ${a.idCardNumber} 或 ${a.mobile}`,
  );
  const experts = demoExperts.slice(1);
  const expertLine = `  评审专家　　  ${experts.length}人（评委会成员）  账号 ${experts[0].mobile} – ${experts.at(-1)?.mobile}`;
  return [`演示账号（密码均为 ${DEMO_PASSWORD}）：`, ...rows, expertLine].join("\n");
}
