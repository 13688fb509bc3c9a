"use client";

import { Fragment } from "react";
import { Button } from "@/components/ui/button";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { calendarLabels as L } from "@/lib/calendar/labels";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { FlashBanner } from "../flash-banner";
import { useEditing } from "../use-editing";
import { useFlash } from "../use-flash";
import { type EditableHolidayYear, HolidayYearForm } from "./holiday-year-form";

/** 节假日安排: the years the working-day calendar knows, and the form to enter or correct one. */
export function HolidayYearsManager() {
  const { flash, success, clear } = useFlash();
  const editing = useEditing<EditableHolidayYear>({ success, clear });
  const years = api.admin.calendar.years.useQuery();

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <div className="flex justify-end">
        <Button onClick={editing.startNew}>{L.create}</Button>
      </div>
      {editing.isOpen && <HolidayYearForm key={editing.key} entry={editing.item} {...editing.editorProps} />}
      <Table label={L.table}>
        <THead>
          <Th>{L.year}</Th>
          <Th>{L.source}</Th>
          <Th>{L.holidays}</Th>
          <Th>{L.workdays}</Th>
          <Th>{L.enteredBy}</Th>
          <Th className="w-24">{L.actions}</Th>
        </THead>
        <TBody>
          {!years.data?.length && <TableMessage colSpan={6}>{years.isLoading ? L.loading : L.none}</TableMessage>}
          {years.data?.map((y) => (
            <tr key={y.year} className="hover:bg-slate-50">
              <Td kind="title" className="font-medium tabular-nums text-slate-900">
                {y.year}
              </Td>
              <Td label={L.source}>{y.source === "ENTERED" ? L.sourceEntered : L.sourcePackage}</Td>
              <Td label={L.holidays} className="max-w-md text-xs tabular-nums">
                <DateList days={y.holidays} />
              </Td>
              <Td label={L.workdays} className="text-xs tabular-nums">
                {y.workdays.length > 0 ? <DateList days={y.workdays} /> : L.none}
              </Td>
              <Td label={L.enteredBy} className="text-slate-500">
                {y.enteredByName ? `${y.enteredByName} ${formatDateTime(y.updatedAt)}` : L.none}
              </Td>
              <Td kind="actions">
                <Button
                  variant="link"
                  aria-label={`${L.edit}：${y.year}`}
                  onClick={() => editing.edit({ id: String(y.year), ...y })}
                >
                  {L.edit}
                </Button>
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}

/** Dates joined by 、, a line breaking only between two dates, never inside one (on a phone the cell is narrow). */
function DateList({ days }: { days: readonly string[] }) {
  return days.map((day, i) => (
    <Fragment key={day}>
      <span className="whitespace-nowrap">
        {day}
        {i < days.length - 1 && "、"}
      </span>
      <wbr />
    </Fragment>
  ));
}
