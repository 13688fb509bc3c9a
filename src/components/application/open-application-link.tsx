import Link from "next/link";
import { hallRoutes } from "@/components/hall/routes";
import { isEditableAtAll, type ReviewPosition } from "@/lib/application/editability";
import { openApplicationLabels as L } from "./labels";

/**
 * The hall's way back into one of the caller's own applications: 继续填报 while the editability
 * rule lets them change anything in its draft, 编辑 once it was returned for change, 查看 otherwise.
 */
export function OpenApplicationLink({ application }: { application: { id: string } & ReviewPosition }) {
  const editable = isEditableAtAll(application, { isApplicant: true });
  return (
    <Link href={hallRoutes.application(application.id)} className="font-medium text-brand-700 hover:underline">
      {!editable ? L.view : application.status === "RETURNED" ? L.edit : L.continueFilling}
    </Link>
  );
}
