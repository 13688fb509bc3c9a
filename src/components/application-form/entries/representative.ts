import { REPRESENTATIVE } from "@/lib/application-form/entry-fields";
import type { EntryView } from "@/lib/application-form/form.types";

/** The entries carrying the 参评 mark. */
export function markedEntries(entries: EntryView[]): EntryView[] {
  return entries.filter((e) => e.data[REPRESENTATIVE] === true);
}

/**
 * The marked entries one of which must give up the mark if `editingId` (null for a new entry)
 * takes it: none while the limit is not reached, otherwise all the others.
 */
export function markHoldersAtLimit(entries: EntryView[], editingId: string | null, max: number): EntryView[] {
  const others = markedEntries(entries).filter((e) => e.id !== editingId);
  return others.length >= max ? others : [];
}
