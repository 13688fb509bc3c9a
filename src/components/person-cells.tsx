import { uiLabels as L } from "@/components/ui/labels";
import { Td } from "@/components/ui/table";

/** Who a row is about, as the server sends it: 身份证号 and 手机号 already masked. */
type Person = { name: string; idCardNumber: string; mobile: string };

/**
 * A person's first three cells in the lists of people (绑定申请, 本单位人员, the review queues): the
 * name, which heads the card on a phone, then the masked 身份证号 and 手机号, each named on its line
 * of the card. `nowrap` keeps each on one line where the table scrolls rather than wraps.
 */
export function PersonCells({ person, nowrap = false }: { person: Person; nowrap?: boolean }) {
  const wrap = nowrap ? "whitespace-nowrap " : "";
  return (
    <>
      <Td kind="title" className={`${wrap}font-medium text-slate-900`}>
        {person.name}
      </Td>
      <Td label={L.person.idCard} className={`${wrap}font-mono text-xs`}>
        {person.idCardNumber}
      </Td>
      <Td label={L.person.mobile} className={`${wrap}font-mono text-xs`}>
        {person.mobile}
      </Td>
    </>
  );
}
