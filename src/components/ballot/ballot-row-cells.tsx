import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import type { BallotApplication } from "@/lib/ballot/ballot-contract";
import { meetingResults } from "@/lib/committee/meeting";
import { labelOf, titleLevels, titleSeries } from "@/lib/dictionaries";
import { ballotLabels as L } from "./labels";

/** The applicant, unit and 职称系列/级别 cells every ballot table starts with. */
export function ApplicationCells({ item }: { item: BallotApplication }) {
  return (
    <>
      <Td kind="title" className="font-medium text-slate-900">
        {item.applicantName}
      </Td>
      <Td label={L.unit}>{item.unitName}</Td>
      <Td label={L.seriesLevel}>
        {labelOf(titleSeries, item.series)} / {item.level ? labelOf(titleLevels, item.level) : "—"}
      </Td>
    </>
  );
}

/** The stored result and tally of a closed vote. */
export function TallyCells({ item }: { item: BallotApplication }) {
  const { tally } = item;
  if (!tally) {
    return (
      <>
        <Td label={L.result}>—</Td>
        <Td label={L.tally}>—</Td>
        <Td label={L.presentEligible}>—</Td>
      </>
    );
  }
  return (
    <>
      <Td label={L.result}>
        <Badge tone={tally.result === "PASSED" ? "green" : "red"}>{labelOf(meetingResults, tally.result)}</Badge>
      </Td>
      <Td label={L.tally} className="tabular-nums">
        {tally.agree} / {tally.disagree} / {tally.abstain}
      </Td>
      <Td label={L.presentEligible} className="tabular-nums">
        {tally.presentEligible}（{L.threshold} {tally.threshold}）
      </Td>
    </>
  );
}
