"use client";

import { useState } from "react";
import { Button } from "./button";
import { uiLabels as l } from "./labels";

/**
 * A list's filter form as a phone shows it (below md): folded behind one button that says how many
 * filters are applied, opening in place, so the list starts near the top of the screen instead of
 * under a screenful of filters. From md up the button is not shown and the filters always are.
 */
export function FoldingFilters({
  id,
  applied,
  children,
}: {
  /** The id of the box the button opens and closes (its aria-controls). */
  id: string;
  /** How many filters the list is filtered by now (not what is typed and not yet applied). */
  applied: number;
  children: React.ReactNode;
}) {
  const [shownOnPhone, setShownOnPhone] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        className="md:hidden"
        aria-expanded={shownOnPhone}
        aria-controls={id}
        onClick={() => setShownOnPhone((shown) => !shown)}
      >
        {l.filterToggle(applied)}
        <span aria-hidden="true"> {shownOnPhone ? "▴" : "▾"}</span>
      </Button>
      <div id={id} className={shownOnPhone ? "" : "max-md:hidden"}>
        {children}
      </div>
    </>
  );
}
