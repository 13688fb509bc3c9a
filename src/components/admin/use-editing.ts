"use client";

import { useState } from "react";

/** The callbacks a create/edit form receives from the list it opens above. */
export type EditorProps = { onSaved: (message: string) => void; onCancel: () => void };

/**
 * Which record a list is editing above its table: none, a new one, or `item`. Opening a new one
 * clears the banner; saving closes the form and confirms with the form's message.
 */
export function useEditing<T extends { id: string }>(flash: { success: (text: string) => void; clear: () => void }) {
  const [editing, setEditing] = useState<T | "new" | null>(null);
  const editorProps: EditorProps = {
    onCancel: () => setEditing(null),
    onSaved: (message) => {
      setEditing(null);
      flash.success(message);
    },
  };
  return {
    isOpen: editing !== null,
    /** The record being edited; null while creating (or closed). */
    item: editing === "new" ? null : editing,
    /** Remounts the form when another record is opened. */
    key: editing === "new" ? "new" : editing?.id,
    startNew: () => {
      flash.clear();
      setEditing("new");
    },
    edit: (item: T) => setEditing(item),
    editorProps,
  };
}
