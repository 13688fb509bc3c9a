/**
 * 业务表册: the two forms generated from an application's content as PDFs (SPEC §6). Before
 * submission they show the current draft; from submission on, the frozen snapshot.
 */
export const businessForms = [
  { kind: "summary", label: "职称评审一览表" },
  { kind: "publicity", label: "公示表" },
] as const;

export type BusinessFormKind = (typeof businessForms)[number]["kind"];

export const businessFormKinds = businessForms.map((f) => f.kind) as [BusinessFormKind, ...BusinessFormKind[]];

export function businessFormLabel(kind: BusinessFormKind): string {
  return businessForms.find((f) => f.kind === kind)?.label ?? kind;
}

/** Where a form of an application is served: inline for 预览, as a download with `download`. */
export function businessFormUrl(applicationId: string, kind: BusinessFormKind, download = false): string {
  return `/api/applications/${applicationId}/business-forms/${kind}${download ? "?download=1" : ""}`;
}
