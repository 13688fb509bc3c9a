import type { Metadata } from "next";
import { HolidayYearsManager } from "@/components/admin/calendar/holiday-years-manager";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/calendar");

export const metadata: Metadata = { title: section.label };

export default function CalendarPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <HolidayYearsManager />
    </div>
  );
}
