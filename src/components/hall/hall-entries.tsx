import Link from "next/link";
import { hallLabels as L } from "./labels";
import { hallRoutes } from "./routes";

const entryClass = "rounded-md px-4 py-1.5 text-sm font-medium shadow-sm";

/** What an applicant comes to the hall for: binding and applying, in the order the manual does them, and the certificates. */
export function HallEntries() {
  return (
    <nav aria-label={L.entries} className="flex flex-wrap gap-2">
      <Link
        href={hallRoutes.binding}
        className={`${entryClass} border border-brand-500 bg-white text-brand-700 hover:bg-brand-50`}
      >
        {L.bindUnit}
      </Link>
      <Link
        href={hallRoutes.certificates}
        className={`${entryClass} border border-brand-500 bg-white text-brand-700 hover:bg-brand-50`}
      >
        {L.certificates}
      </Link>
      <Link href={hallRoutes.apply} className={`${entryClass} bg-brand-600 text-white hover:bg-brand-700`}>
        {L.apply}
      </Link>
    </nav>
  );
}
