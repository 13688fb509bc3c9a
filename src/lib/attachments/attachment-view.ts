import type { AttachmentSlotCode } from "./slots";

/** An attachment as the pages show it; `url` previews inline, `url + "?download=1"` downloads. */
export type AttachmentView = {
  id: string;
  slot: AttachmentSlotCode;
  entryId: string | null;
  name: string;
  mimeType: string;
  size: number;
  createdAt: Date;
  url: string;
};
