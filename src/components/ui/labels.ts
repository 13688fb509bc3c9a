/** Wording of the shared screen parts in src/components/ui, in one place. */
export const uiLabels = {
  /** The phone's toggle of a list's filter form, with how many filters are applied. */
  filterToggle: (set: number) => (set > 0 ? `筛选条件（已设 ${set} 项）` : "筛选条件"),
  /** A person's cells on a phone's card (src/components/person-cells.tsx). */
  person: { idCard: "身份证号", mobile: "手机号" },
};
