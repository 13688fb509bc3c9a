import { Td } from "@/components/ui/table";
import { unitLabels as L } from "./labels";

/** Who a row of the unit's lists is about, as the server sends them: 身份证号 and 手机号 already masked. */
type Person = { name: string; idCardNumber: string; mobile: string };

/**
 * A person's first three cells in the unit's lists (绑定申请, 本单位人员): the name, which heads the
 * card on a phone, then the masked 身份证号 and 手机号, each named on its line of the card.
 */
export function PersonCells({ person }: { person: Person }) {
  return (
    <>
      <Td kind="title" className="font-medium text-slate-900">
        {person.name}
      </Td>
      <Td label={L.idCard} className="font-mono text-xs">
        {person.idCardNumber}
      </Td>
      <Td label={L.mobile} className="font-mono text-xs">
        {person.mobile}
      </Td>
    </>
  );
}
